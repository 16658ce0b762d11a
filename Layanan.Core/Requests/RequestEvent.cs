namespace Layanan.Core.Requests;

/// <summary>
/// One entry of a request's audit trail (Riwayat Perubahan): who did what, when, from which state to which,
/// and why. Rows are append-only: the DbContext refuses to update or delete them. The increasing
/// <see cref="Id"/> lets a board tell whether it has applied every change of its offices.
/// </summary>
public sealed class RequestEvent
{
    private RequestEvent()
    {
    }

    internal RequestEvent(
        Guid requestId,
        string officeCode,
        RequestAction action,
        RequestStatus? fromStatus,
        RequestStatus toStatus,
        string? actorId,
        string actorName,
        DateTimeOffset at,
        string? note,
        int version)
    {
        RequestId = requestId;
        OfficeCode = officeCode;
        Action = action;
        FromStatus = fromStatus;
        ToStatus = toStatus;
        ActorId = actorId;
        ActorName = actorName;
        At = at;
        Note = note;
        Version = version;
    }

    public long Id { get; private set; }

    public Guid RequestId { get; private set; }

    public string OfficeCode { get; private set; } = "";

    public RequestAction Action { get; private set; }

    /// <summary>Null for the event that created the request.</summary>
    public RequestStatus? FromStatus { get; private set; }

    public RequestStatus ToStatus { get; private set; }

    /// <summary>The staff user's id; null when a resident acted.</summary>
    public string? ActorId { get; private set; }

    public string ActorName { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    public string? Note { get; private set; }

    /// <summary>The request's version after this event.</summary>
    public int Version { get; private set; }
}
