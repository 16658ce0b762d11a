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

    private static readonly int[] ColumnOfStatus = BuildColumnOfStatus();

    /// <summary>Returns the index in <see cref="All"/> of the column showing <paramref name="status"/>, or -1.</summary>
    public static int IndexOf(RequestStatus status) =>
        (int)status >= 0 && (int)status < ColumnOfStatus.Length ? ColumnOfStatus[(int)status] : -1;

    private static int[] BuildColumnOfStatus()
    {
        var map = new int[Enum.GetValues<RequestStatus>().Max(s => (int)s) + 1];
        Array.Fill(map, -1);
        for (var i = 0; i < All.Count; i++)
        {
            foreach (var status in All[i].Statuses)
            {
                map[(int)status] = i;
            }
        }

        return map;
    }
}
