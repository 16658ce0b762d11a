using Layanan.Core.Common;

namespace Layanan.Tests.Core.Common;

public sealed class WibTests
{
    [Theory]
    [InlineData(2025, 4, 10, 23, 59, "Kamis, 10 April 2025")]
    [InlineData(2025, 4, 10, 14, 30, "Kamis, 10 April 2025 pukul 14.30 WIB")]
    [InlineData(2026, 12, 4, 7, 5, "Jumat, 4 Desember 2026 pukul 07.05 WIB")]
    public void FormatDeadline_ShowsTimeOnlyInsideDay(int year, int month, int day, int hour, int minute, string expected)
    {
        var instant = new DateTimeOffset(year, month, day, hour, minute, 59, TimeSpan.FromHours(7)).ToUniversalTime();

        Assert.Equal(expected, Wib.FormatDeadline(instant));
    }
}
