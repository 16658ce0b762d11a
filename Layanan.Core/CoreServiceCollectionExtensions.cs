using Layanan.Core.Access;
using Layanan.Core.Data;
using Layanan.Core.Realtime;
using Layanan.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Layanan.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Registers Layanan's domain services and its SQLite database under <paramref name="paths"/>.</summary>
    public static IServiceCollection AddLayananCore(this IServiceCollection services, DataPaths paths)
    {
        services.AddSingleton(paths);
        services.AddSingleton(TimeProvider.System);
        services.AddDbContextFactory<LayananDbContext>(options => options
            .UseSqlite(paths.ConnectionString)
            .AddInterceptors(new SqliteBusyTimeoutInterceptor()));

        services.AddSingleton(_ => OfficeDirectory.FromReferenceData());
        services.AddSingleton<OfficeAccess>();
        services.AddSingleton<IRequestFeed, InProcessRequestFeed>();
        services.AddSingleton<RequestService>();
        services.AddSingleton<RequestQueries>();
        services.AddSingleton<DatabaseInitializer>();
        return services;
    }
}
