using Layanan.Core.Calendar;
using Layanan.Tests.TestSupport;
using Microsoft.Extensions.Configuration;

namespace Layanan.Tests.Core.Calendar;

public class OfficeHoursOptionsTests
{
    [Theory]
    [InlineData(DayOfWeek.Monday, "07:30-16:00")]
    [InlineData(DayOfWeek.Tuesday, "07:30-16:00")]
    [InlineData(DayOfWeek.Wednesday, "07:30-16:00")]
    [InlineData(DayOfWeek.Thursday, "07:30-16:00")]
    [InlineData(DayOfWeek.Friday, "07:30-16:30")]
    public void GetHours_ReturnsDefaultWindow_WhenWeekday(DayOfWeek day, string expected)
    {
        var options = new OfficeHoursOptions();

        var hours = options.GetHours(day);

        Assert.Equal(expected, hours?.ToString());
    }

    [Theory]
    [InlineData(DayOfWeek.Saturday)]
    [InlineData(DayOfWeek.Sunday)]
    public void GetHours_ReturnsNull_WhenWeekendByDefault(DayOfWeek day)
    {
        var options = new OfficeHoursOptions();

        var hours = options.GetHours(day);

        Assert.Null(hours);
    }

    [Fact]
    public void GetHours_Throws_WhenValueIsInvalid()
    {
        var options = new OfficeHoursOptions { Tuesday = "07.30-16.00" };

        Action act = () => options.GetHours(DayOfWeek.Tuesday);

        Assert.Throws<FormatException>(act);
    }

    [Fact]
    public void Bind_OverridesOnlyGivenDays_WhenSectionHasValues()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Layanan:OfficeHours:Saturday"] = "08:00-12:00",
                ["Layanan:OfficeHours:Friday"] = "",
            })
            .Build();

        var options = configuration.GetSection(OfficeHoursOptions.SectionName).Get<OfficeHoursOptions>();

        Assert.NotNull(options);
        Assert.Equal(new OpeningHours(new TimeOnly(8, 0), new TimeOnly(12, 0)), options.GetHours(DayOfWeek.Saturday));
        Assert.Null(options.GetHours(DayOfWeek.Friday));
        Assert.Equal(new OpeningHours(new TimeOnly(7, 30), new TimeOnly(16, 0)), options.GetHours(DayOfWeek.Monday));
    }

    [Fact]
    public void Validate_ReturnsNoErrors_WhenDefaults()
    {
        var options = new OfficeHoursOptions();

        var errors = OptionsValidation.ValidateAll(options);

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("16:00-07:30")]
    [InlineData("07:30-07:30")]
    [InlineData("07.30-16.00")]
    [InlineData("07:30")]
    [InlineData("24:00-25:00")]
    [InlineData("tutup")]
    public void Validate_ReturnsErrorForDay_WhenWindowIsInvalid(string value)
    {
        var options = new OfficeHoursOptions { Wednesday = value };

        var errors = OptionsValidation.ValidateAll(options);

        var error = Assert.Single(errors);
        Assert.Equal(["Wednesday"], error.MemberNames);
        Assert.Contains(value, error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ReturnsError_WhenEveryDayIsClosed()
    {
        var options = new OfficeHoursOptions
        {
            Monday = "",
            Tuesday = null,
            Wednesday = " ",
            Thursday = "",
            Friday = "",
        };

        var errors = OptionsValidation.ValidateAll(options);

        var error = Assert.Single(errors);
        Assert.Contains("every day", error.ErrorMessage, StringComparison.Ordinal);
    }
}
