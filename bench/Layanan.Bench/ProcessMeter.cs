using System.Globalization;
using System.Runtime.InteropServices;

namespace Layanan.Bench;

/// <summary>Reads a Linux process's resident memory and CPU time from <c>/proc</c>.</summary>
public static class ProcessMeter
{
    private const int ClockTicksName = 2; // _SC_CLK_TCK in glibc's unistd.h

    private static readonly double ClockTicksPerSecond = ReadClockTicks();

    /// <summary>The resident set size (VmRSS) in bytes.</summary>
    public static long ReadRssBytes(int processId)
    {
        foreach (var line in File.ReadLines($"/proc/{processId}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kib = line["VmRSS:".Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
                return long.Parse(kib, CultureInfo.InvariantCulture) * 1024;
            }
        }

        throw new InvalidOperationException($"/proc/{processId}/status has no VmRSS line; the process may have exited.");
    }

    /// <summary>User plus system CPU time consumed so far, in seconds (all threads).</summary>
    public static double ReadCpuSeconds(int processId)
    {
        var stat = File.ReadAllText($"/proc/{processId}/stat");

        // The command name (field 2) is in parentheses and may contain spaces, so count fields after it.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var userTicks = long.Parse(fields[11], CultureInfo.InvariantCulture);
        var systemTicks = long.Parse(fields[12], CultureInfo.InvariantCulture);
        return (userTicks + systemTicks) / ClockTicksPerSecond;
    }

    /// <summary>CPU time all processes of the machine have used so far (every state but idle and I/O wait), in seconds.</summary>
    public static double ReadMachineBusySeconds()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ticks = fields.Skip(1).Take(8).Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var idle = ticks[3] + ticks[4];
        return (ticks.Sum() - idle) / ClockTicksPerSecond;
    }

    private static double ReadClockTicks()
    {
        var ticks = SystemConfiguration(ClockTicksName);
        return ticks > 0 ? ticks : 100;
    }

    [DllImport("libc", EntryPoint = "sysconf")]
    private static extern long SystemConfiguration(int name);
}
