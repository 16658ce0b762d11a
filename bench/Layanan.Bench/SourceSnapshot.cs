using System.Diagnostics;

namespace Layanan.Bench;

/// <summary>
/// A copy of one commit's files, exported with <c>git archive</c> into the temp directory, so that a run
/// measures a known version even while the working tree holds unfinished changes. Git's index and working
/// tree are only read.
/// </summary>
public static class SourceSnapshot
{
    /// <summary>Exports <paramref name="revision"/> (once per commit) and returns the folder and the full commit hash.</summary>
    public static async Task<(string Directory, string Commit)> ExportAsync(string repositoryRoot, string revision, CancellationToken cancellationToken)
    {
        var commit = (await RunAsync("git", ["-C", repositoryRoot, "rev-parse", "--verify", revision + "^{commit}"], cancellationToken)).Trim();
        var directory = Path.Combine(Path.GetTempPath(), $"layanan-bench-src-{commit[..12]}");
        var complete = Path.Combine(directory, ".exported");
        if (File.Exists(complete))
        {
            return (directory, commit);
        }

        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        var archive = Path.Combine(Path.GetTempPath(), $"layanan-bench-src-{commit[..12]}.tar");
        await RunAsync("git", ["-C", repositoryRoot, "archive", "--format=tar", "-o", archive, commit], cancellationToken);
        await RunAsync("tar", ["-x", "-f", archive, "-C", directory], cancellationToken);
        File.Delete(archive);
        await File.WriteAllTextAsync(complete, commit, cancellationToken);
        return (directory, commit);
    }

    private static async Task<string> RunAsync(string program, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{program} {string.Join(' ', arguments)}' failed with exit code {process.ExitCode}: {await errors}");
        }

        return await output;
    }
}
