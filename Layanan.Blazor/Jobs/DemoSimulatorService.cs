using Layanan.Core.Common;
using Layanan.Core.Demo;
using Layanan.Core.Requests;

namespace Layanan.Blazor.Jobs;

/// <summary>
/// In demo mode, submits fictitious requests through the same write path as residents, at the configured
/// rate, so the first run shows living boards.
/// </summary>
public sealed class DemoSimulatorService(
    DemoMode mode,
    DemoRequestGenerator generator,
    RequestService requests,
    TimeProvider time,
    ILogger<DemoSimulatorService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!mode.SimulatorEnabled)
        {
            return;
        }

        JobsLog.SimulatorStarted(logger, mode.SubmissionsPerMinute);
        var random = new Random();
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1 / mode.SubmissionsPerMinute), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var input = generator.Next(random, Wib.Today(time.GetUtcNow()));
            var result = await requests.SubmitAsync(input, RequestChannel.Online, idempotencyKey: null, stoppingToken);
            if (!result.Succeeded)
            {
                JobsLog.SubmissionRejected(logger, result.Message);
            }
        }
    }
}
