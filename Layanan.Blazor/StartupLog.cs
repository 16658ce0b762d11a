namespace Layanan.Blazor;

internal static partial class StartupLog
{
    [LoggerMessage(EventId = 4001, EventName = "InvalidSetting", Level = LogLevel.Critical,
        Message = "Layanan did not start because a setting in appsettings.json or the environment is invalid: {Failure} Correct it and start again.")]
    public static partial void InvalidSetting(ILogger logger, string failure);
}
