namespace Layanan.Blazor.Jobs;

internal static partial class JobsLog
{
    [LoggerMessage(EventId = 4101, EventName = "DemoSimulatorStarted", Level = LogLevel.Information,
        Message = "The demo simulator submits about {PerMinute} requests per minute across the kelurahan.")]
    public static partial void SimulatorStarted(ILogger logger, double perMinute);

    [LoggerMessage(EventId = 4102, EventName = "DemoSubmissionRejected", Level = LogLevel.Warning,
        Message = "The demo simulator's request was rejected: {Message}. The simulator carries on with the next one.")]
    public static partial void SubmissionRejected(ILogger logger, string? message);
}
