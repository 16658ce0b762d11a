namespace Layanan.Bench;

/// <summary>
/// What every scenario starts from: its own server, and the 35 offices (29 kelurahan, 6 kecamatan) with
/// their officers signed in. Boards are seeded with a few open requests each, so that a board renders
/// cards as it would on a working day.
/// </summary>
public sealed class BenchRun : IAsyncDisposable
{
    private BenchRun(AppServer server, IReadOnlyList<Office> offices, IReadOnlyList<Officer> officers, SubmissionDriver driver)
    {
        Server = server;
        Offices = offices;
        Officers = officers;
        Driver = driver;
    }

    public AppServer Server { get; }

    public IReadOnlyList<Office> Offices { get; }

    public IReadOnlyList<Officer> Officers { get; }

    public SubmissionDriver Driver { get; }

    /// <summary>Database commands one submission costs, measured while seeding with no board open (0 without the command log).</summary>
    public double DbCommandsPerSubmission { get; private set; }

    public static async Task<BenchRun> StartAsync(
        BenchOptions options, string appDirectory, bool hostingLog, bool commandLog, CancellationToken cancellationToken)
    {
        Progress.Write("starting the server");
        var server = await AppServer.StartAsync(appDirectory, hostingLog, commandLog, options.ServerEnvironment, cancellationToken);
        SubmissionDriver? driver = null;
        try
        {
            Progress.Write($"server {server.ProcessId} listening on {server.BaseUri}; signing in the officers of the kelurahan and kecamatan");
            using var api = new HttpClient { BaseAddress = server.BaseUri, Timeout = TimeSpan.FromSeconds(60) };
            var offices = await Staff.LoadOfficesAsync(api, cancellationToken);
            var officers = await Staff.SignInAsync(server.BaseUri, offices, options.Password, cancellationToken);
            driver = new SubmissionDriver(server.BaseUri);
            var run = new BenchRun(server, offices, officers, driver);
            await run.SeedAsync(options.SeedPerOffice, cancellationToken);
            return run;
        }
        catch
        {
            driver?.Dispose();
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Driver.Dispose();
        await Server.DisposeAsync();
    }

    private async Task SeedAsync(int perOffice, CancellationToken cancellationToken)
    {
        if (perOffice == 0)
        {
            return;
        }

        var commandsBefore = Server.DbCommands;
        var seeded = await Driver.RunClosedLoopAsync(Offices, perOffice, workers: 4, cancellationToken);
        var failed = seeded.Where(s => !s.Created).ToList();
        if (failed.Count > 0)
        {
            throw new InvalidOperationException(
                $"{failed.Count} of {seeded.Count} seed submissions failed; the first: {failed[0].Status} {failed[0].Error}");
        }

        // The command log is written asynchronously; give it a moment before counting.
        await Task.Delay(1000, cancellationToken);
        DbCommandsPerSubmission = (Server.DbCommands - commandsBefore) / (double)seeded.Count;
        Progress.Write($"seeded {seeded.Count} requests ({perOffice} per office)");
    }
}
