using Layanan.Core.Calendar;

namespace Layanan.Tests.Core.Calendar;

public class HolidayReferenceDataTests
{
    [Fact]
    public void Load_ReturnsEveryRow_WhenFileIsEmbedded()
    {
        var holidays = HolidayReferenceData.Load();

        Assert.Equal(278, holidays.Count);
    }

    [Fact]
    public void Load_ReturnsKindCounts_WhenFileIsEmbedded()
    {
        var holidays = HolidayReferenceData.Load();

        Assert.Equal(203, holidays.Count(holiday => holiday.Kind == HolidayKind.LiburNasional));
        Assert.Equal(75, holidays.Count(holiday => holiday.Kind == HolidayKind.CutiBersama));
    }

    [Fact]
    public void Load_ReadsIdulFitri2026_AsLiburNasional()
    {
        var holidays = HolidayReferenceData.Load();

        var idulFitri = Assert.Single(holidays, holiday => holiday.Date == new DateOnly(2026, 3, 21));
        Assert.Equal("Hari Raya Idul Fitri 1447 Hijriyah", idulFitri.Name);
        Assert.Equal(HolidayKind.LiburNasional, idulFitri.Kind);
    }

    [Fact]
    public void Load_ReadsCutiBersama2026_AsCutiBersama()
    {
        var holidays = HolidayReferenceData.Load();

        var cutiBersama = Assert.Single(holidays, holiday => holiday.Date == new DateOnly(2026, 3, 23));
        Assert.Equal("Cuti Bersama Idul Fitri", cutiBersama.Name);
        Assert.Equal(HolidayKind.CutiBersama, cutiBersama.Kind);
    }

    [Fact]
    public void Load_KeepsBothHolidays_WhenDateIsListedTwice()
    {
        var holidays = HolidayReferenceData.Load();

        var names = holidays
            .Where(holiday => holiday.Date == new DateOnly(2021, 5, 13))
            .Select(holiday => holiday.Name)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(["Hari Raya Idul Fitri 1442 Hijriyah", "Kenaikan Isa Al Masih"], names);
    }

    [Fact]
    public void HolidayConstructor_Throws_WhenNameIsBlank()
    {
        Action act = () => new Holiday(new DateOnly(2026, 1, 1), " ", HolidayKind.LiburNasional);

        Assert.Throws<ArgumentException>(act);
    }
}
