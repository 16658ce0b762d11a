using System.Globalization;

namespace Layanan.Bench;

/// <summary>The command line: a scenario and options; each option has a full-run and a <c>--quick</c> default.</summary>
public sealed class BenchOptions
{
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/Layanan.Bench -- <scenario> [options]

        Scenarios:
          board       write→board latency of board circuits and hub clients, the naive polling board beside
                      them, and a Chromium calibration
          capacity    idle board circuits held: server memory per circuit after a forced GC, idle CPU
          throughput  submissions per second through the API with board circuits open
          sweep       the SLA sweep over many open requests (in process, on a seeded SQLite file), and
                      Hangfire pickup latency and duplicate executions on the app's SQLite job storage
          all         every scenario above, one after another, each on its own server

        Options (full-run default, then the --quick default):
          --quick                 run each scenario briefly at its main size
          --boards LIST           board: open board circuits, comma-separated (50,500,1000; 500)
          --rates LIST            board: submissions per second (5,20; 5)
          --seconds N             board: seconds of submissions per measurement (60; 45)
          --hubs N                board: hub clients, one office each (35; 35)
          --naive-boards N        board: polling boards of the naive way (500; 500)
          --naive-seconds N       board: seconds of submissions for the naive board (60; 25)
          --browsers N            board: Chromium boards for the calibration (4; 4)
          --calibration-seconds N board: seconds of the calibration at 1 submission per second (30; 15)
          --no-browser            board: skip the Chromium calibration
          --circuits LIST         capacity: idle circuits held, comma-separated (500,1000,2000; 500)
          --idle-seconds N        capacity: seconds over which idle CPU is measured (30; 15)
          --throughput-boards N   throughput: board circuits open (500; 500)
          --throughput-rates LIST throughput: submissions per second, one step each (100,200,300,400; 300)
          --step-seconds N        throughput: seconds per step (15; 10)
          --seed-per-office N     requests submitted to each office before boards open (10; 10)
          --requests N            sweep: open requests stored (100000; 100000)
          --history-days N        sweep: the requests' submission instants span this many days (10; 10)
          --backlog-minutes N     sweep: minutes of due steps the first run catches up on (60; 60)
          --sweeps N              sweep: steady-state runs, one per simulated minute (60; 20)
          --jobs N                sweep: Hangfire jobs enqueued (10000; 10000)
          --job-rate R            sweep: jobs enqueued per second (100; 100)
          --password TEXT         the demo password (Pontianak#2026)
          --app-dir PATH          run an already published app from PATH instead of publishing one
          --from-commit REV       publish the app as of commit REV (e.g. HEAD) instead of the working tree
          --server-env NAME=VALUE set an environment variable of the server process (repeatable),
                                  e.g. DOTNET_gcServer=0 to try workstation GC
          --samples-dir PATH      write every write→board sample as CSV files into PATH
          --trace-interop         print the first JavaScript interop call of each kind
        """;

    public required string Scenario { get; init; }

    public bool Quick { get; init; }

    public IReadOnlyList<int> Boards { get; init; } = [50, 500, 1000];

    public IReadOnlyList<double> Rates { get; init; } = [5, 20];

    public int Seconds { get; init; } = 60;

    public int Hubs { get; init; } = 35;

    public int NaiveBoards { get; init; } = 500;

    public int NaiveSeconds { get; init; } = 60;

    public int Browsers { get; init; } = 4;

    public int CalibrationSeconds { get; init; } = 30;

    public bool NoBrowser { get; init; }

    public IReadOnlyList<int> Circuits { get; init; } = [500, 1000, 2000];

    public int IdleSeconds { get; init; } = 30;

    public int ThroughputBoards { get; init; } = 500;

    public IReadOnlyList<double> ThroughputRates { get; init; } = [100, 200, 300, 400];

    public int StepSeconds { get; init; } = 15;

    public int SeedPerOffice { get; init; } = 10;

    public int SweepRequests { get; init; } = 100_000;

    public int SweepHistoryDays { get; init; } = 10;

    public int SweepBacklogMinutes { get; init; } = 60;

    public int SweepRuns { get; init; } = 60;

    public int Jobs { get; init; } = 10_000;

    public double JobRate { get; init; } = 100;

    public string Password { get; init; } = "Pontianak#2026";

    public string? AppDirectory { get; init; }

    public string? FromCommit { get; init; }

    public bool TraceInterop { get; init; }

    public string? SamplesDirectory { get; init; }

    /// <summary>Extra environment variables for the server process, for experiments such as workstation GC.</summary>
    public IReadOnlyDictionary<string, string> ServerEnvironment { get; init; } = new Dictionary<string, string>();

    /// <summary>Parses the command line; throws <see cref="ArgumentException"/> with the problem and the fix.</summary>
    public static BenchOptions Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            throw new ArgumentException("Missing scenario: give one of board, capacity, throughput, sweep or all.");
        }

        var scenario = args[0];
        if (scenario is not ("board" or "capacity" or "throughput" or "sweep" or "all"))
        {
            throw new ArgumentException($"Unknown scenario '{scenario}': give one of board, capacity, throughput, sweep or all.");
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        var serverEnvironment = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i++)
        {
            var name = args[i];
            if (name is "--quick" or "--no-browser" or "--trace-interop")
            {
                flags.Add(name);
            }
            else if (name == "--server-env" && i + 1 < args.Length)
            {
                var setting = args[++i];
                var equals = setting.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    throw new ArgumentException($"Invalid --server-env '{setting}': write NAME=VALUE, e.g. DOTNET_gcServer=0.");
                }

                serverEnvironment[setting[..equals]] = setting[(equals + 1)..];
            }
            else if (name.StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
            {
                values[name] = args[++i];
            }
            else
            {
                throw new ArgumentException($"Unknown option or missing value: '{name}'. Run with --help for the options.");
            }
        }

        var quick = flags.Contains("--quick");
        var options = new BenchOptions
        {
            Scenario = scenario,
            Quick = quick,
            Boards = IntList(values, "--boards", quick ? [500] : [50, 500, 1000]),
            Rates = DoubleList(values, "--rates", quick ? [5] : [5, 20]),
            Seconds = Int(values, "--seconds", quick ? 45 : 60),
            Hubs = Int(values, "--hubs", 35),
            NaiveBoards = Int(values, "--naive-boards", 500),
            NaiveSeconds = Int(values, "--naive-seconds", quick ? 25 : 60),
            Browsers = Int(values, "--browsers", 4),
            CalibrationSeconds = Int(values, "--calibration-seconds", quick ? 15 : 30),
            NoBrowser = flags.Contains("--no-browser"),
            Circuits = IntList(values, "--circuits", quick ? [500] : [500, 1000, 2000]),
            IdleSeconds = Int(values, "--idle-seconds", quick ? 15 : 30),
            ThroughputBoards = Int(values, "--throughput-boards", 500),
            ThroughputRates = DoubleList(values, "--throughput-rates", quick ? [300] : [100, 200, 300, 400]),
            StepSeconds = Int(values, "--step-seconds", quick ? 10 : 15),
            SeedPerOffice = Int(values, "--seed-per-office", 10),
            SweepRequests = Int(values, "--requests", 100_000),
            SweepHistoryDays = Math.Max(1, Int(values, "--history-days", 10)),
            SweepBacklogMinutes = Int(values, "--backlog-minutes", 60),
            SweepRuns = Math.Max(1, Int(values, "--sweeps", quick ? 20 : 60)),
            Jobs = Int(values, "--jobs", 10_000),
            JobRate = DoubleList(values, "--job-rate", [100])[0],
            Password = values.GetValueOrDefault("--password", "Pontianak#2026"),
            AppDirectory = values.GetValueOrDefault("--app-dir"),
            FromCommit = values.GetValueOrDefault("--from-commit"),
            TraceInterop = flags.Contains("--trace-interop"),
            SamplesDirectory = values.GetValueOrDefault("--samples-dir"),
            ServerEnvironment = serverEnvironment,
        };

        var known = new[]
        {
            "--boards", "--rates", "--seconds", "--hubs", "--naive-boards", "--naive-seconds", "--browsers", "--calibration-seconds",
            "--circuits", "--idle-seconds", "--throughput-boards", "--throughput-rates", "--step-seconds", "--seed-per-office",
            "--password", "--app-dir", "--from-commit", "--samples-dir",
            "--requests", "--history-days", "--backlog-minutes", "--sweeps", "--jobs", "--job-rate",
        };
        var unknown = values.Keys.Except(known).FirstOrDefault();
        if (unknown is not null)
        {
            throw new ArgumentException($"Unknown option '{unknown}'. Run with --help for the options.");
        }

        return options;
    }

    private static int Int(Dictionary<string, string> values, string name, int fallback)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new ArgumentException($"Invalid value '{text}' for {name}: give a whole number, 0 or more.");
    }

    private static IReadOnlyList<int> IntList(Dictionary<string, string> values, string name, IReadOnlyList<int> fallback)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        var items = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var parsed = new List<int>();
        foreach (var item in items)
        {
            parsed.Add(int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
                ? value
                : throw new ArgumentException($"Invalid value '{item}' in {name}: give positive whole numbers separated by commas."));
        }

        return parsed.Count > 0 ? [.. parsed.Order()] : throw new ArgumentException($"{name} needs at least one value.");
    }

    private static IReadOnlyList<double> DoubleList(Dictionary<string, string> values, string name, IReadOnlyList<double> fallback)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        var parsed = new List<double>();
        foreach (var item in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            parsed.Add(double.TryParse(item, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && value <= 2000
                ? value
                : throw new ArgumentException($"Invalid rate '{item}' in {name}: give submissions per second above 0 and at most 2000."));
        }

        return parsed.Count > 0 ? parsed : throw new ArgumentException($"{name} needs at least one value.");
    }
}
