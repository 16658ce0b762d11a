namespace Layanan.Tests.TestSupport;

/// <summary>Instants written as Pontianak wall-clock time, for tests that set a fake clock.</summary>
public static class WibTime
{
    /// <summary>Returns the UTC instant of the given date and time in WIB (UTC+7).</summary>
    public static DateTimeOffset At(int year, int month, int day, int hour, int minute) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(7)).ToUniversalTime();
}
