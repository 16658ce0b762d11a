using Microsoft.Extensions.Logging;

namespace Layanan.Core.Data;

internal static partial class DataLog
{
    [LoggerMessage(EventId = 100, EventName = "DatabaseInitialized", Level = LogLevel.Information,
        Message = "Database {DatabasePath} is up to date; seeded {OfficeCount} new offices and {ServiceCount} new services.")]
    public static partial void Initialized(ILogger logger, string databasePath, int officeCount, int serviceCount);
}
