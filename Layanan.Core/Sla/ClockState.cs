using Layanan.Core.Calendar;
using Layanan.Core.Catalog;

namespace Layanan.Core.Sla;

/// <summary>
/// One service-level clock of a request: its target (copied from the catalog when the request was made),
/// when it started, paused and stopped, and the instants derived from the working calendar: the deadline,
/// the "due soon" point (the second reminder point, 80% of the target by default), and the next escalation
/// step with its instant. The derived instants are recomputed whenever the calendar changes, so a holiday
/// added later moves them.
/// </summary>
public sealed class ClockState
{
    private ClockState()
    {
    }

    public ClockState(int target, TargetUnit unit)
    {
        Target = target;
        Unit = unit;
    }

    public int Target { get; private set; }

    public TargetUnit Unit { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? StoppedAt { get; private set; }

    /// <summary>Set while the clock waits on the resident; cleared on resumption.</summary>
    public DateTimeOffset? PausedAt { get; private set; }

    /// <summary>Working days spent paused, added to an H+N deadline.</summary>
    public int PausedDays { get; private set; }

    /// <summary>Office-hour minutes spent paused, added to a minute target and left out of the used share.</summary>
    public int PausedMinutes { get; private set; }

    /// <summary>Counts restarts; escalations are recorded once per (clock, cycle, level).</summary>
    public int Cycle { get; private set; }

    public DateTimeOffset? DueAt { get; private set; }

    /// <summary>When the second reminder point is reached: from then on the request is "Mendekati Tenggat".</summary>
    public DateTimeOffset? DueSoonAt { get; private set; }

    public SlaLevel? NextLevel { get; private set; }

    /// <summary>When <see cref="NextLevel"/> is reached; null while the clock is stopped or paused.</summary>
    public DateTimeOffset? NextLevelAt { get; private set; }

    public bool IsRunning => StartedAt is not null && StoppedAt is null && PausedAt is null;

    public bool IsPaused => PausedAt is not null && StoppedAt is null;

    internal void Start(DateTimeOffset now)
    {
        StartedAt = now;
        StoppedAt = null;
        PausedAt = null;
        PausedDays = 0;
        PausedMinutes = 0;
        Cycle++;
        NextLevel = SlaLevel.FirstReminder;
    }

    internal void Stop(DateTimeOffset now)
    {
        if (StartedAt is null || StoppedAt is not null)
        {
            return;
        }

        StoppedAt = now;
        NextLevelAt = null;
    }

    internal void Pause(DateTimeOffset now)
    {
        if (IsRunning)
        {
            PausedAt = now;
            NextLevelAt = null;
        }
    }

    /// <summary>Resumes a paused clock, adding the working days and office minutes it spent paused.</summary>
    internal void Resume(DateTimeOffset now, WorkingCalendar calendar)
    {
        if (PausedAt is not { } pausedAt || StoppedAt is not null)
        {
            return;
        }

        // Working days from the pause's day up to, not including, the resumption's day.
        var day = Common.Wib.Today(pausedAt);
        var resumeDay = Common.Wib.Today(now);
        for (; day < resumeDay; day = day.AddDays(1))
        {
            if (calendar.IsWorkingDay(day))
            {
                PausedDays++;
            }
        }

        PausedMinutes += (int)calendar.OfficeTimeBetween(pausedAt, now).TotalMinutes;
        PausedAt = null;
    }

    /// <summary>Marks <paramref name="level"/> as acted on and moves to the next step.</summary>
    internal void Reached(SlaLevel level, WorkingCalendar calendar)
    {
        NextLevel = level switch
        {
            SlaLevel.FirstReminder => SlaLevel.SecondReminder,
            SlaLevel.SecondReminder => SlaLevel.Overdue,
            SlaLevel.Overdue => SlaLevel.CityOverdue,
            _ => null,
        };
        Recompute(calendar);
    }

    /// <summary>Derives the deadline, the due-soon point and the next step's instant from the calendar.</summary>
    internal void Recompute(WorkingCalendar calendar)
    {
        if (StartedAt is null)
        {
            DueAt = DueSoonAt = NextLevelAt = null;
            return;
        }

        DueAt = Deadline(calendar, 1);
        DueSoonAt = LevelAt(SlaLevel.SecondReminder, calendar);
        NextLevelAt = IsRunning && NextLevel is { } next ? LevelAt(next, calendar) : null;
    }

    /// <summary>The instant at which <paramref name="level"/> is reached, with pauses taken into account.</summary>
    public DateTimeOffset LevelAt(SlaLevel level, WorkingCalendar calendar)
    {
        var start = StartedAt ?? throw new InvalidOperationException("The clock has not started.");
        switch (level)
        {
            case SlaLevel.Overdue:
                return Deadline(calendar, 1).AddSeconds(1);
            case SlaLevel.CityOverdue:
                return Deadline(calendar, 2).AddSeconds(1);
        }

        // The share of the target is counted in office time, so a reminder never falls at night.
        var due = Deadline(calendar, 1);
        var budget = Unit == TargetUnit.OfficeMinutes
            ? Target
            : Math.Max(1, (int)calendar.OfficeTimeBetween(start, due).TotalMinutes - PausedMinutes);
        var percent = level == SlaLevel.FirstReminder ? calendar.FirstReminderPercent : calendar.SecondReminderPercent;
        var minutes = (int)(((long)budget * percent + 99) / 100);
        return calendar.DueAfterOfficeMinutes(start, minutes + PausedMinutes);
    }

    private DateTimeOffset Deadline(WorkingCalendar calendar, int targets)
    {
        var start = StartedAt!.Value;
        return Unit == TargetUnit.WorkingDays
            ? calendar.DueAfterWorkingDays(start, (Target * targets) + PausedDays)
            : calendar.DueAfterOfficeMinutes(start, (Target * targets) + PausedMinutes);
    }
}
