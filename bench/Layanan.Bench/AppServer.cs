using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Layanan.Bench;

/// <summary>
/// Layanan running as a separate process: published in Release, started on a free loopback port with a
/// fresh data directory, demo accounts on and the demo simulator off, and killed (with its data directory
/// deleted) on dispose.
/// </summary>
public sealed partial class AppServer : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<int, Process> Running = new();

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _recentLines = new();
    private readonly List<ServerRequestTiming> _timings = [];
    private int _errorLines;
    private long _dbCommands;

    static AppServer()
    {
        // A harness that dies from an unhandled exception still takes its server down with it.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var process in Running.Values)
            {
                TryKill(process);
            }
        };
    }

    private AppServer(Process process, Uri baseUri, string dataDirectory)
    {
        _process = process;
        BaseUri = baseUri;
        DataDirectory = dataDirectory;
    }

    public Uri BaseUri { get; }

    public string DataDirectory { get; }

    public int ProcessId => _process.Id;

    /// <summary>Lines the server logged at <c>fail</c> or <c>crit</c> level so far.</summary>
    public int ErrorLines => Volatile.Read(ref _errorLines);

    /// <summary>Database commands the server logged so far (only when started with the command log).</summary>
    public long DbCommands => Interlocked.Read(ref _dbCommands);

    /// <summary>How many request timings the hosting log has given so far (none unless started with it).</summary>
    public int TimingCount
    {
        get
        {
            lock (_timings)
            {
                return _timings.Count;
            }
        }
    }

    /// <summary>The request timings logged after the first <paramref name="skip"/>, in log order.</summary>
    public IReadOnlyList<ServerRequestTiming> TimingsSince(int skip)
    {
        lock (_timings)
        {
            return _timings.Skip(skip).ToList();
        }
    }

    /// <summary>
    /// Publishes <c>Layanan.Blazor</c> in Release to <paramref name="outputDirectory"/>. A published app is
    /// what production runs, and only a published app serves its static assets (MudBlazor's script and
    /// <c>blazor.web.js</c>) outside the Development environment, which the browser boards need.
    /// </summary>
    public static async Task PublishAsync(string repositoryRoot, string outputDirectory, CancellationToken cancellationToken)
    {
        var project = Path.Combine(repositoryRoot, "Layanan.Blazor", "Layanan.Blazor.csproj");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "publish", project, "-c", "Release", "-o", outputDirectory, "--nologo", "-v", "quiet" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var publish = Process.Start(start) ?? throw new InvalidOperationException("Could not start 'dotnet publish'.");
        var output = publish.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = publish.StandardError.ReadToEndAsync(cancellationToken);
        await publish.WaitForExitAsync(cancellationToken);
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'dotnet publish {project}' failed with exit code {publish.ExitCode}:{Environment.NewLine}{await output}{await errors}");
        }
    }

    /// <summary>Starts the published app and waits until <c>/health</c> returns 200.</summary>
    /// <param name="hostingLog">Whether ASP.NET Core logs each request with its duration, for server-side timings.</param>
    /// <param name="commandLog">Whether EF Core logs each database command, so that queries can be counted.</param>
    /// <param name="environment">Extra environment variables, applied last.</param>
    public static async Task<AppServer> StartAsync(
        string appDirectory, bool hostingLog, bool commandLog, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var port = FreeLoopbackPort();
        var baseUri = new Uri($"http://127.0.0.1:{port}/");
        var dataDirectory = Directory.CreateTempSubdirectory("layanan-bench-data-").FullName;

        var start = new ProcessStartInfo(Path.Combine(appDirectory, "Layanan.Blazor"))
        {
            ArgumentList = { "--urls", baseUri.GetLeftPart(UriPartial.Authority) },
            WorkingDirectory = appDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("DOTNET_URLS");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Layanan__DataDirectory"] = dataDirectory;
        start.Environment["Layanan__Demo__Enabled"] = "true";
        start.Environment["Layanan__Demo__SimulatorEnabled"] = "false";

        // The per-client limits would turn a load test from one loopback address into 429s.
        start.Environment["Layanan__RateLimit__LookupsPerMinute"] = "0";
        start.Environment["Layanan__RateLimit__WritesPerMinute"] = "0";
        if (hostingLog)
        {
            start.Environment["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information";
        }

        if (commandLog)
        {
            start.Environment["Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command"] = "Information";
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        Running[process.Id] = process;
        var server = new AppServer(process, baseUri, dataDirectory);
        process.OutputDataReceived += (_, e) => server.HandleOutputLine(e.Data);
        process.ErrorDataReceived += (_, e) => server.HandleOutputLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            await server.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90), cancellationToken);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    public long ReadRssBytes() => ProcessMeter.ReadRssBytes(ProcessId);

    /// <summary>The last lines the server wrote, for error messages.</summary>
    public string RecentOutput() => string.Join(Environment.NewLine, _recentLines);

    /// <summary>
    /// Stops the server as a service manager would, with SIGTERM, so that the runtime removes its diagnostic
    /// socket files. A server still running after 10 s is killed.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited && SendSignal(_process.Id, SigTerm) == 0)
        {
            try
            {
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (TimeoutException)
            {
                Console.Error.WriteLine($"Server process {_process.Id} did not stop within 10 s of SIGTERM; killing it.");
            }
        }

        TryKill(_process);
        try
        {
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15));
        }
        catch (TimeoutException)
        {
            Console.Error.WriteLine($"Server process {_process.Id} did not exit within 15 s of being killed.");
        }

        Running.TryRemove(_process.Id, out _);
        _process.Dispose();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException exception)
        {
            Console.Error.WriteLine($"Could not delete the data directory {DataDirectory}: {exception.Message}");
        }
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseUri, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = BenchClock.NowMs + timeout.TotalMilliseconds;
        while (BenchClock.NowMs < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"The server exited with code {_process.ExitCode} before it was ready. Its last output:{Environment.NewLine}{RecentOutput()}");
            }

            try
            {
                using var response = await http.GetAsync("health", cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The server is listening but slow to respond, so try again.
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new TimeoutException($"The server did not report healthy within {timeout.TotalSeconds:0} s. Its last output:{Environment.NewLine}{RecentOutput()}");
    }

    private void HandleOutputLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        _recentLines.Enqueue(line);
        while (_recentLines.Count > 60 && _recentLines.TryDequeue(out _))
        {
        }

        if (line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _errorLines);
        }

        if (line.Contains("Executed DbCommand", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _dbCommands);
            return;
        }

        var match = RequestFinishedPattern().Match(line);
        if (match.Success)
        {
            var elapsed = double.Parse(match.Groups["ms"].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
            var timing = new ServerRequestTiming(
                match.Groups["method"].Value,
                new Uri(match.Groups["url"].Value).AbsolutePath,
                int.Parse(match.Groups["status"].Value, CultureInfo.InvariantCulture),
                elapsed);
            lock (_timings)
            {
                _timings.Add(timing);
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private const int SigTerm = 15;

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int processId, int signal);

    private static void TryKill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    // ASP.NET Core's hosting log, e.g. "Request finished HTTP/1.1 POST http://127.0.0.1:5000/api/v1/requests - 201 - application/json 3.1234ms".
    [GeneratedRegex(@"Request finished \S+ (?<method>[A-Z]+) (?<url>\S+) - (?<status>\d{3}) .*?(?<ms>\d+(?:[.,]\d+)?)ms\s*$")]
    private static partial Regex RequestFinishedPattern();
}

/// <summary>One request as the server's hosting log timed it: from the start of the pipeline to the response's end.</summary>
public sealed record ServerRequestTiming(string Method, string Path, int Status, double ElapsedMs);
