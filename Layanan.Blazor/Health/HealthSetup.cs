using Hangfire;
using Layanan.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Layanan.Blazor.Health;

/// <summary><c>GET /health</c>: 200 when the database answers and a Hangfire server has sent a heartbeat.</summary>
public static class HealthSetup
{
    public static IServiceCollection AddLayananHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<JobServerHealthCheck>("jobs");
        return services;
    }

    public static void MapLayananHealthChecks(this WebApplication app) => app.MapHealthChecks("/health");

    private sealed class DatabaseHealthCheck(IDbContextFactory<LayananDbContext> dbFactory) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The database does not answer.");
        }
    }

    /// <summary>A server counts as up when its last heartbeat is under a minute old.</summary>
    private sealed class JobServerHealthCheck(JobStorage storage, TimeProvider time) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var servers = storage.GetMonitoringApi().Servers();
            var now = time.GetUtcNow().UtcDateTime;
            var alive = servers.Any(s => s.Heartbeat is { } beat && now - beat < TimeSpan.FromMinutes(1));
            return Task.FromResult(alive
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("No Hangfire server has sent a heartbeat in the last minute."));
        }
    }
}
