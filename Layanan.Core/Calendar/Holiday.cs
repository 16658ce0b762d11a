namespace Layanan.Core.Calendar;

/// <summary>
/// A day on which government offices are closed. One date can carry two holidays (in 2021, Kenaikan Isa
/// Al Masih and Idul Fitri both fell on 13 May), so <see cref="Date"/> is not unique.
/// </summary>
public sealed class Holiday
{
    private Holiday()
    {
    }

    public Holiday(DateOnly date, string name, HolidayKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "The holiday kind is not defined.");
        }

        Date = date;
        Name = name.Trim();
        Kind = kind;
    }

    public int Id { get; private set; }

    /// <summary>The WIB calendar day of the holiday.</summary>
    public DateOnly Date { get; private set; }

    /// <summary>Official Indonesian name, e.g. <c>Cuti Bersama Hari Raya Idul Fitri</c>.</summary>
    public string Name { get; private set; } = "";

    public HolidayKind Kind { get; private set; }

    /// <summary>Corrects the date, name or kind, e.g. when the government moves a holiday.</summary>
    public void Update(DateOnly date, string name, HolidayKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Date = date;
        Name = name.Trim();
        Kind = kind;
    }
}
