namespace Layanan.Core.Calendar;

/// <summary>Kind of a day off listed in the holiday calendar.</summary>
public enum HolidayKind
{
    /// <summary>National holiday (hari libur nasional).</summary>
    LiburNasional = 1,

    /// <summary>Collective leave (cuti bersama), a day off for civil servants that the government adds next to a holiday.</summary>
    CutiBersama = 2,
}
