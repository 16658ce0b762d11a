using System.Globalization;

namespace Layanan.Bench;

/// <summary>Facts about the machine and the checkout the harness runs in.</summary>
public static class Machine
{
    /// <summary>Total memory from <c>/proc/meminfo</c>, in GiB.</summary>
    public static double MemoryGiB()
    {
        var line = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        var kib = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return kib / 1024.0 / 1024.0;
    }

    /// <summary>The directory holding <c>Layanan.sln</c>, searched upwards from the working directory and then from the harness.</summary>
    public static string FindRepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Layanan.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("Layanan.sln was not found above the working directory; run the harness from the repository, or pass --app-dir.");
    }
}
