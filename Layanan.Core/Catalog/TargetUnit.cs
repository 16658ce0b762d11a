namespace Layanan.Core.Catalog;

/// <summary>How a service-level target is counted.</summary>
public enum TargetUnit
{
    /// <summary>H+N: due at the end (23:59:59 WIB) of the Nth working day after the clock starts.</summary>
    WorkingDays = 1,

    /// <summary>Minutes inside office hours on working days.</summary>
    OfficeMinutes = 2,
}
