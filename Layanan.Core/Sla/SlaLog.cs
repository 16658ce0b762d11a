using Microsoft.Extensions.Logging;

namespace Layanan.Core.Sla;

internal static partial class SlaLog
{
    [LoggerMessage(EventId = 3101, EventName = "SlaStepReached", Level = LogLevel.Information,
        Message = "Request {TrackingCode}: the {Clock} clock reached {Level}; reminders or escalations are queued.")]
    public static partial void StepReached(ILogger logger, string trackingCode, SlaClock clock, SlaLevel level);

    [LoggerMessage(EventId = 3102, EventName = "SlaStepTakenElsewhere", Level = LogLevel.Debug,
        Message = "Request {TrackingCode} changed or was escalated by another run meanwhile; this run leaves it to the next sweep.")]
    public static partial void StepTakenElsewhere(ILogger logger, string trackingCode);

    [LoggerMessage(EventId = 3103, EventName = "SlaSweepFinished", Level = LogLevel.Information,
        Message = "The SLA sweep found {DueCount} requests with a due step and acted on {StepCount} steps.")]
    public static partial void SweepFinished(ILogger logger, int dueCount, int stepCount);
}
