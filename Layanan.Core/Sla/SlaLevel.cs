namespace Layanan.Core.Sla;

/// <summary>The escalation steps of a running clock, in the order they are reached.</summary>
public enum SlaLevel
{
    /// <summary>Half the target used: remind the assigned officer, or the office's officers.</summary>
    Reminder50 = 50,

    /// <summary>Four fifths used: remind the head of the office.</summary>
    Reminder80 = 80,

    /// <summary>Past the deadline (Terlambat): escalate to the lurah and the camat.</summary>
    Overdue = 100,

    /// <summary>Overdue by another full target: the request shows on the city's list.</summary>
    CityOverdue = 200,
}
