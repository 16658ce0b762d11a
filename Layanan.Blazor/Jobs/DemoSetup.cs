using Layanan.Core.Demo;
using Microsoft.Extensions.Options;

namespace Layanan.Blazor.Jobs;

public static class DemoSetup
{
    public static IServiceCollection AddLayananDemo(this IServiceCollection services, bool isDevelopment)
    {
        services.AddSingleton(sp => new DemoMode(sp.GetRequiredService<IOptions<DemoOptions>>(), isDevelopment));
        services.AddScoped<DemoAccounts>();
        services.AddScoped<DemoBacklog>();
        services.AddSingleton<DemoRequestGenerator>();
        services.AddHostedService<DemoSimulatorService>();
        return services;
    }
}
