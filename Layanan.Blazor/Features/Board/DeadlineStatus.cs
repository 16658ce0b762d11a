namespace Layanan.Blazor.Features.Board;

/// <summary>Where a request stands against the deadline of its running clock.</summary>
public enum DeadlineStatus
{
    /// <summary>Less than 80% of the target is used (Sesuai Jadwal).</summary>
    OnTrack,

    /// <summary>From the 80% point up to and including the deadline (Mendekati Tenggat).</summary>
    DueSoon,

    /// <summary>Past the deadline (Terlambat).</summary>
    Overdue,

    /// <summary>The completion clock waits on the resident; its deadline moves when the resident resubmits.</summary>
    Paused,
}
