using Layanan.Core.Common;
using Layanan.Core.Requests;
using Layanan.Core.Sla;
using MudBlazor;

namespace Layanan.Blazor.Features.Board;

/// <summary>
/// Turns a card's running clock into the words, icon and colour class the board shows. Distances are wall
/// time (the printed deadline already accounts for working days), rounded down to the largest whole unit.
/// </summary>
public static class DeadlineDisplay
{
    /// <summary>Describes the card's deadline at <paramref name="now"/>, or returns null when no clock runs.</summary>
    public static DeadlineView? For(RequestCard card, DateTimeOffset now)
    {
        if (card.IsClockPaused)
        {
            return View(DeadlineStatus.Paused, dueText: null, distance: null);
        }

        if (card.DueAt is not { } dueAt)
        {
            return null;
        }

        var status = StatusAt(dueAt, card.DueSoonAt, now);
        var clock = card.ActiveClock is { } active ? $" ({ClockLabel(active).ToLowerInvariant()})" : "";
        return View(status, $"Tenggat: {Wib.FormatDeadline(dueAt)}{clock}", Distance(dueAt, now));
    }

    /// <summary>
    /// Returns <see cref="DeadlineStatus.Overdue"/> after <paramref name="dueAt"/>, <see cref="DeadlineStatus.DueSoon"/>
    /// from <paramref name="dueSoonAt"/> up to and including <paramref name="dueAt"/>, and
    /// <see cref="DeadlineStatus.OnTrack"/> before that. Without a due-soon point the request is on track until the deadline.
    /// </summary>
    public static DeadlineStatus StatusAt(DateTimeOffset dueAt, DateTimeOffset? dueSoonAt, DateTimeOffset now)
    {
        if (now > dueAt)
        {
            return DeadlineStatus.Overdue;
        }

        return dueSoonAt is { } soon && now >= soon ? DeadlineStatus.DueSoon : DeadlineStatus.OnTrack;
    }

    /// <summary>Formats the time left, e.g. <c>sisa 3 jam</c>, or the time late, e.g. <c>terlambat 2 hari</c>.</summary>
    public static string Distance(DateTimeOffset dueAt, DateTimeOffset now) =>
        now > dueAt ? $"terlambat {Duration(now - dueAt)}" : $"sisa {Duration(dueAt - now)}";

    /// <summary>Formats a duration in its largest whole unit: <c>2 hari</c>, <c>5 jam</c>, <c>12 menit</c>.</summary>
    public static string Duration(TimeSpan span)
    {
        if (span.TotalDays >= 1)
        {
            return $"{TextRules.FormatNumber((long)span.TotalDays)} hari";
        }

        if (span.TotalHours >= 1)
        {
            return $"{(int)span.TotalHours} jam";
        }

        return span.TotalMinutes >= 1 ? $"{(int)span.TotalMinutes} menit" : "kurang dari 1 menit";
    }

    public static string Label(DeadlineStatus status) => status switch
    {
        DeadlineStatus.OnTrack => "Sesuai Jadwal",
        DeadlineStatus.DueSoon => "Mendekati Tenggat",
        DeadlineStatus.Overdue => "Terlambat",
        DeadlineStatus.Paused => "Dijeda (menunggu warga)",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Icon(DeadlineStatus status) => status switch
    {
        DeadlineStatus.OnTrack => Icons.Material.Filled.Schedule,
        DeadlineStatus.DueSoon => Icons.Material.Filled.HourglassBottom,
        DeadlineStatus.Overdue => Icons.Material.Filled.Error,
        DeadlineStatus.Paused => Icons.Material.Filled.PauseCircle,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The name of a clock as staff screens show it.</summary>
    public static string ClockLabel(SlaClock clock) => clock switch
    {
        SlaClock.Verify => "Pemeriksaan berkas",
        SlaClock.Completion => "Penyelesaian",
        _ => throw new ArgumentOutOfRangeException(nameof(clock), clock, null),
    };

    private static DeadlineView View(DeadlineStatus status, string? dueText, string? distance) =>
        new(status, Label(status), Icon(status), CssClass(status), dueText, distance);

    private static string CssClass(DeadlineStatus status) => status switch
    {
        DeadlineStatus.OnTrack => "deadline-on-track",
        DeadlineStatus.DueSoon => "deadline-due-soon",
        DeadlineStatus.Overdue => "deadline-overdue",
        _ => "deadline-paused",
    };
}
