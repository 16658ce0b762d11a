using Microsoft.Extensions.Logging;

namespace Layanan.Core.Demo;

internal static partial class DemoLog
{
    [LoggerMessage(EventId = 8101, EventName = "DemoAccountsCreated", Level = LogLevel.Warning,
        Message = "Demo mode is on: created {Count} demo accounts that share the configured demo password. Turn demo mode off outside evaluation.")]
    public static partial void AccountsCreated(ILogger logger, int count);

    [LoggerMessage(EventId = 8102, EventName = "DemoAccountsLocked", Level = LogLevel.Warning,
        Message = "Demo mode is off: locked {Count} demo accounts left from an earlier run, so they cannot sign in.")]
    public static partial void AccountsLocked(ILogger logger, int count);

    [LoggerMessage(EventId = 8103, EventName = "DemoBacklogCreated", Level = LogLevel.Information,
        Message = "Demo mode: created {Count} requests dated over the past week, so deadlines and escalations show on the first run.")]
    public static partial void BacklogCreated(ILogger logger, int count);
}
