using Layanan.Core.Catalog;
using Layanan.Core.Identity;
using Layanan.Core.Requests;

namespace Layanan.Blazor.Features.Board;

/// <summary>An action button on a card: what it does, its label, and whether it asks for a note.</summary>
public sealed record BoardAction(RequestAction Action, string Label, bool NeedsNote, bool IsPrimary);

/// <summary>
/// Which action buttons a card offers to the signed-in person. This only decides what to show; the
/// server checks every action again (<c>OfficeAccess</c> and the request's lifecycle).
/// </summary>
public static class BoardActions
{
    public static IReadOnlyList<BoardAction> For(RequestCard card, StaffActor actor)
    {
        var isHead = actor.Role is StaffRole.Lurah;
        var isCamat = actor.Role is StaffRole.Camat or StaffRole.SekretarisKecamatan;
        var ownOffice = card.OfficeCode == actor.OfficeCode;
        var actions = new List<BoardAction>();

        switch (card.Status)
        {
            case RequestStatus.Submitted when ownOffice:
                actions.Add(new(RequestAction.Claim, "Tangani", false, true));
                actions.Add(new(RequestAction.Return, "Kembalikan untuk Perbaikan", true, false));
                actions.Add(new(RequestAction.Reject, "Tolak", true, false));
                break;
            case RequestStatus.InReview when ownOffice:
                actions.Add(card.IsVerified
                    ? new(RequestAction.SendForApproval, "Ajukan untuk Persetujuan", false, true)
                    : new(RequestAction.Verify, "Verifikasi Lengkap", false, true));
                if (card.AssigneeId != actor.UserId)
                {
                    actions.Add(new(RequestAction.Claim, "Tangani", false, false));
                }

                actions.Add(new(RequestAction.Return, "Kembalikan untuk Perbaikan", true, false));
                actions.Add(new(RequestAction.Reject, "Tolak", true, false));
                break;
            case RequestStatus.NeedsFix when ownOffice:
                actions.Add(new(RequestAction.Reject, "Tolak", true, false));
                break;
            case RequestStatus.AwaitingLurah when ownOffice && isHead:
                actions.Add(new(RequestAction.Approve, "Setujui", false, true));
                actions.Add(new(RequestAction.Return, "Kembalikan untuk Perbaikan", true, false));
                actions.Add(new(RequestAction.Reject, "Tolak", true, false));
                break;
            case RequestStatus.AwaitingLurah when ownOffice && card.ApprovalChain == ApprovalChain.Lurah:
                actions.Add(new(RequestAction.MarkReady, "Tandai Siap Diambil (ditandatangani manual)", true, false));
                break;
            case RequestStatus.AwaitingCamat when isCamat:
                actions.Add(new(RequestAction.Approve, "Setujui", false, true));
                actions.Add(new(RequestAction.Return, "Kembalikan untuk Perbaikan", true, false));
                actions.Add(new(RequestAction.Reject, "Tolak", true, false));
                break;
            case RequestStatus.Ready when ownOffice:
                actions.Add(new(RequestAction.Complete, "Serahkan (Selesai)", false, true));
                break;
        }

        return actions;
    }
}
