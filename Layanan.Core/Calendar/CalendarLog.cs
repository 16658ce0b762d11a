using Microsoft.Extensions.Logging;

namespace Layanan.Core.Calendar;

internal static partial class CalendarLog
{
    [LoggerMessage(EventId = 3001, EventName = "HolidayAdded", Level = LogLevel.Information,
        Message = "Holiday {HolidayId} on {Date} was added; open requests' deadlines are recomputed.")]
    public static partial void HolidayAdded(ILogger logger, int holidayId, DateOnly date);

    [LoggerMessage(EventId = 3002, EventName = "HolidayChanged", Level = LogLevel.Information,
        Message = "Holiday {HolidayId} was changed to {Date}; open requests' deadlines are recomputed.")]
    public static partial void HolidayChanged(ILogger logger, int holidayId, DateOnly date);

    [LoggerMessage(EventId = 3003, EventName = "HolidayRemoved", Level = LogLevel.Information,
        Message = "Holiday {HolidayId} was removed; open requests' deadlines are recomputed.")]
    public static partial void HolidayRemoved(ILogger logger, int holidayId);

    [LoggerMessage(EventId = 3004, EventName = "DeadlinesRecomputed", Level = LogLevel.Information,
        Message = "Recomputed the deadlines of {Count} open requests after a calendar change.")]
    public static partial void DeadlinesRecomputed(ILogger logger, int count);

    [LoggerMessage(EventId = 3005, EventName = "NextYearHolidaysMissing", Level = LogLevel.Warning,
        Message = "No holidays are entered for {Year}; deadlines in that year count every weekday as a working day until Admin Kota enters them.")]
    public static partial void NextYearMissing(ILogger logger, int year);

    [LoggerMessage(EventId = 3006, EventName = "DeadlineRulesChanged", Level = LogLevel.Information,
        Message = "Recomputed the deadlines of {Count} open requests because the office hours or reminder points changed to {Rules}.")]
    public static partial void RulesChanged(ILogger logger, int count, string rules);
}
