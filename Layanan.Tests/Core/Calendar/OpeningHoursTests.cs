using Layanan.Core.Calendar;

namespace Layanan.Tests.Core.Calendar;

public class OpeningHoursTests
{
    [Theory]
    [InlineData("07:30-16:00", 7, 30, 16, 0)]
    [InlineData(" 08:00 - 12:00 ", 8, 0, 12, 0)]
    [InlineData("00:00-23:59", 0, 0, 23, 59)]
    public void TryParse_ReturnsWindow_WhenTextIsValid(string text, int opensHour, int opensMinute, int closesHour, int closesMinute)
    {
        var parsed = OpeningHours.TryParse(text, out var hours);

        Assert.True(parsed);
        Assert.Equal(new TimeOnly(opensHour, opensMinute), hours?.Opens);
        Assert.Equal(new TimeOnly(closesHour, closesMinute), hours?.Closes);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("16:00-07:30")]
    [InlineData("7:30-16:00")]
    [InlineData("07:30-16:00-17:00")]
    public void TryParse_ReturnsFalse_WhenTextIsInvalid(string? text)
    {
        var parsed = OpeningHours.TryParse(text, out var hours);

        Assert.False(parsed);
        Assert.Null(hours);
    }

    [Fact]
    public void ToString_ReturnsConfigurationForm_WhenFridayHours()
    {
        var hours = new OpeningHours(new TimeOnly(7, 30), new TimeOnly(16, 30));

        var text = hours.ToString();

        Assert.Equal("07:30-16:30", text);
    }

    [Fact]
    public void Duration_ReturnsWindowLength_WhenMondayHours()
    {
        var hours = new OpeningHours(new TimeOnly(7, 30), new TimeOnly(16, 0));

        var duration = hours.Duration;

        Assert.Equal(TimeSpan.FromMinutes(510), duration);
    }

    [Fact]
    public void Constructor_Throws_WhenOpeningIsNotBeforeClosing()
    {
        Action act = () => new OpeningHours(new TimeOnly(16, 0), new TimeOnly(7, 30));

        Assert.Throws<ArgumentException>(act);
    }
}
