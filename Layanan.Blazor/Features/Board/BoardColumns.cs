using Layanan.Core.Requests;

namespace Layanan.Blazor.Features.Board;

/// <summary>The board's columns, in the order a request moves through them.</summary>
public static class BoardColumns
{
    public static readonly IReadOnlyList<(string Title, RequestStatus[] Statuses)> All =
    [
        ("Diajukan", [RequestStatus.Submitted]),
        ("Sedang Diperiksa", [RequestStatus.InReview]),
        ("Perlu Perbaikan", [RequestStatus.NeedsFix]),
        ("Menunggu Persetujuan Lurah", [RequestStatus.AwaitingLurah]),
        ("Menunggu Persetujuan Camat", [RequestStatus.AwaitingCamat]),
        ("Siap Diambil", [RequestStatus.Ready]),
        ("Selesai Hari Ini", [RequestStatus.Completed]),
        ("Ditolak/Dibatalkan Hari Ini", [RequestStatus.Rejected, RequestStatus.Cancelled]),
    ];
}
