using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Layanan.Blazor.Realtime;

public static class RealtimeSetup
{
    public static IServiceCollection AddLayananRealtime(this IServiceCollection services)
    {
        services.AddSignalR();
        services.AddHostedService<HubFeedBridge>();
        services.AddScoped<CircuitConnection>();
        services.AddScoped<CircuitHandler, CircuitConnectionHandler>();
        return services;
    }

    public static void MapLayananRealtime(this WebApplication app) => app.MapHub<BoardHub>(BoardHub.Path);
}
