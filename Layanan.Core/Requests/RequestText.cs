namespace Layanan.Core.Requests;

/// <summary>Indonesian labels for request states and actions, as used on every screen.</summary>
public static class RequestText
{
    public static string Status(RequestStatus status) => status switch
    {
        RequestStatus.Submitted => "Diajukan",
        RequestStatus.InReview => "Sedang Diperiksa",
        RequestStatus.NeedsFix => "Perlu Perbaikan",
        RequestStatus.AwaitingLurah => "Menunggu Persetujuan Lurah",
        RequestStatus.AwaitingCamat => "Menunggu Persetujuan Camat",
        RequestStatus.Ready => "Siap Diambil",
        RequestStatus.Completed => "Selesai",
        RequestStatus.Rejected => "Ditolak",
        RequestStatus.Cancelled => "Dibatalkan",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Action(RequestAction action) => action switch
    {
        RequestAction.Submit => "Diajukan oleh warga",
        RequestAction.RegisterWalkIn => "Didaftarkan di loket",
        RequestAction.Claim => "Tangani",
        RequestAction.Verify => "Berkas diverifikasi lengkap",
        RequestAction.Return => "Kembalikan untuk Perbaikan",
        RequestAction.Resubmit => "Diajukan ulang setelah perbaikan",
        RequestAction.SendForApproval => "Ajukan untuk Persetujuan",
        RequestAction.Approve => "Setujui",
        RequestAction.MarkReady => "Tandai Siap Diambil",
        RequestAction.Complete => "Selesai diserahkan",
        RequestAction.Reject => "Tolak",
        RequestAction.Cancel => "Dibatalkan oleh warga",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    public static string Channel(RequestChannel channel) => channel switch
    {
        RequestChannel.Online => "Daring",
        RequestChannel.WalkIn => "Loket",
        RequestChannel.Api => "API",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };
}
