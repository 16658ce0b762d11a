namespace Layanan.Core.Data;

/// <summary>Where Layanan keeps its files, resolved once at start-up from <see cref="LayananOptions.DataDirectory"/>.</summary>
public sealed class DataPaths(string directory)
{
    public string Directory { get; } = Path.GetFullPath(directory);

    public string Database => Path.Combine(Directory, "layanan.db");

    public string HangfireDatabase => Path.Combine(Directory, "hangfire.db");

    public string KeysDirectory => Path.Combine(Directory, "keys");

    public string ConnectionString => $"Data Source={Database};Pooling=True;Default Timeout=30";

    public static DataPaths Resolve(string configured, string contentRoot) =>
        new(Path.IsPathRooted(configured) ? configured : Path.Combine(contentRoot, configured));
}
