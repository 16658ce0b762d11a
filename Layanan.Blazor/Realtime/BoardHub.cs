using Layanan.Blazor.Identity;
using Layanan.Core.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Layanan.Blazor.Realtime;

/// <summary>
/// <c>/hubs/board</c>: the board stream for clients outside Blazor (an office TV, other systems).
/// A client calls <see cref="SubscribeOffice"/> for each office it follows and then receives
/// <c>RequestChanged</c> messages (<see cref="RequestChangedMessage"/>), which carry no personal data.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class BoardHub(OfficeAccess access, ILogger<BoardHub> logger) : Hub
{
    public const string Path = "/hubs/board";

    public const string ChangedMethod = "RequestChanged";

    public static string GroupName(string officeCode) => "office:" + officeCode;

    /// <summary>Joins the office's stream after checking that the caller may see that office.</summary>
    public async Task SubscribeOffice(string officeCode)
    {
        var actor = StaffPrincipal.ToActor(Context.User);
        if (actor is null || string.IsNullOrWhiteSpace(officeCode) || !access.CanSubscribe(actor, officeCode.Trim()))
        {
            RealtimeWebLog.SubscriptionRefused(logger, actor?.UserId ?? "(unknown)", officeCode);
            throw new HubException($"Anda tidak berwenang mengikuti kantor '{officeCode}'.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, GroupName(officeCode.Trim()));
    }

    public Task UnsubscribeOffice(string officeCode) =>
        Groups.RemoveFromGroupAsync(Context.ConnectionId, GroupName(officeCode.Trim()));
}
