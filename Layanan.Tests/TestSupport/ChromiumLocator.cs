using System.Diagnostics;

namespace Layanan.Tests.TestSupport;

/// <summary>
/// Finds the system Chromium for browser tests (Playwright's own browser download is not used). Where
/// none is installed and the tests run as root on Debian, it installs the <c>chromium</c> package;
/// otherwise it fails with a message that says how to install it.
/// </summary>
public static class ChromiumLocator
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    private static readonly Lazy<string> Path = new(Locate);

    public static string ExecutablePath => Path.Value;

    private static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable("LAYANAN_CHROMIUM");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"LAYANAN_CHROMIUM points to '{configured}', which does not exist.");
        }

        var found = Candidates.FirstOrDefault(File.Exists);
        if (found is not null)
        {
            return found;
        }

        if (Environment.UserName == "root" && File.Exists("/usr/bin/apt-get"))
        {
            Run("apt-get", "update");
            Run("apt-get", "install -y --no-install-recommends chromium");
            found = Candidates.FirstOrDefault(File.Exists);
            if (found is not null)
            {
                return found;
            }
        }

        throw new InvalidOperationException(
            "The browser tests need Chromium and none was found. Install Debian's package with " +
            "'sudo apt-get install chromium', or set LAYANAN_CHROMIUM to the path of a Chromium or Chrome executable.");
    }

    private static void Run(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
    }
}
