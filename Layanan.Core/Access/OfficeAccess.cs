using Layanan.Core.Identity;
using Layanan.Core.Offices;
using Layanan.Core.Requests;

namespace Layanan.Core.Access;

/// <summary>
/// The one place that decides what a staff member may see and do. Kelurahan staff work on their own
/// office; kecamatan staff see their kecamatan and its kelurahan; the city roles (Wali Kota, Admin
/// Kota) see aggregates of every office and no personal data. Queries filter by these rules, commands
/// check them, and the hub checks them before joining a stream.
/// </summary>
public sealed class OfficeAccess(OfficeDirectory offices)
{
    /// <summary>Offices whose aggregate counts the actor may see.</summary>
    public IReadOnlyList<string> AggregateOffices(StaffActor actor) =>
        StaffRoles.IsCityRole(actor.Role)
            ? offices.All.Select(o => o.Code).ToList()
            : offices.SelfAndDescendants(actor.OfficeCode);

    /// <summary>Whether the actor may read requests of the office one by one (cards, details, history).</summary>
    public bool CanViewRequests(StaffActor actor, string officeCode)
    {
        if (StaffRoles.IsCityRole(actor.Role) || offices.Find(officeCode) is null)
        {
            return false;
        }

        return StaffRoles.WorksAt(actor.Role) == OfficeLevel.Kelurahan
            ? actor.OfficeCode == officeCode
            : offices.SelfAndDescendants(actor.OfficeCode).Contains(officeCode);
    }

    /// <summary>
    /// Whether the actor may subscribe to the office's change stream. Stream messages carry no personal
    /// data, so the city roles may follow any office; other staff follow the offices they may view.
    /// </summary>
    public bool CanSubscribe(StaffActor actor, string officeCode) =>
        offices.Find(officeCode) is not null
        && (StaffRoles.IsCityRole(actor.Role) || CanViewRequests(actor, officeCode));

    /// <summary>Whether the actor may register walk-in requests at the office's counter.</summary>
    public bool CanRegisterWalkIn(StaffActor actor, string officeCode) =>
        actor.OfficeCode == officeCode && actor.Role is StaffRole.PetugasKelurahan or StaffRole.SekretarisKelurahan
            or StaffRole.Lurah or StaffRole.PetugasKecamatan or StaffRole.SekretarisKecamatan or StaffRole.Camat;

    /// <summary>
    /// The Indonesian reason the actor may not take the action on the request, or null when allowed.
    /// The lifecycle itself (is the action valid in this state?) is checked by the request.
    /// </summary>
    public string? RefusalFor(StaffActor actor, ServiceRequest request, RequestAction action)
    {
        if (!CanViewRequests(actor, request.OfficeCode))
        {
            return "Anda tidak berwenang atas permohonan kantor lain.";
        }

        var ownOffice = actor.OfficeCode == request.OfficeCode;
        var parentOffice = offices.Find(request.OfficeCode)?.ParentCode == actor.OfficeCode;
        var isOfficer = ownOffice && actor.Role is StaffRole.PetugasKelurahan or StaffRole.SekretarisKelurahan
            or StaffRole.Lurah or StaffRole.PetugasKecamatan or StaffRole.SekretarisKecamatan or StaffRole.Camat;
        var isLurah = ownOffice && actor.Role == StaffRole.Lurah;
        var isCamat = (ownOffice || parentOffice) && actor.Role is StaffRole.Camat or StaffRole.SekretarisKecamatan;

        var decidingApproval = action is RequestAction.Approve
            || (action is RequestAction.Return or RequestAction.Reject
                && request.Status is RequestStatus.AwaitingLurah or RequestStatus.AwaitingCamat);

        if (decidingApproval)
        {
            return request.Status switch
            {
                RequestStatus.AwaitingLurah when !isLurah => "Hanya Lurah kantor ini yang dapat memutuskan permohonan yang menunggu persetujuan Lurah.",
                RequestStatus.AwaitingCamat when !isCamat => "Hanya Camat atau Sekretaris Kecamatan yang dapat memutuskan permohonan yang menunggu persetujuan Camat.",
                _ => null,
            };
        }

        return isOfficer ? null : "Tindakan ini hanya dapat dilakukan oleh petugas kantor yang menangani permohonan.";
    }
}
