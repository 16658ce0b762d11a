namespace Layanan.Core.Sla;

/// <summary>The escalation steps of a running clock, in the order they are reached.</summary>
public enum SlaLevel
{
    /// <summary>
    /// The first reminder point used (<see cref="SlaOptions.FirstReminderPercent"/>, 50% by default): remind the
    /// assigned officer, or the office's officers. The stored value stays 50 whatever the configured point.
    /// </summary>
    FirstReminder = 50,

    /// <summary>
    /// The second reminder point used (<see cref="SlaOptions.SecondReminderPercent"/>, 80% by default): remind the
    /// head of the office. The stored value stays 80 whatever the configured point.
    /// </summary>
    SecondReminder = 80,

    /// <summary>Past the deadline (Terlambat): escalate to the lurah and the camat.</summary>
    Overdue = 100,

    /// <summary>Overdue by another full target: the request shows on the city's list.</summary>
    CityOverdue = 200,
}
