using Layanan.Core.Access;
using Layanan.Core.Calendar;
using Layanan.Core.Catalog;
using Layanan.Core.Data;
using Layanan.Core.Offices;
using Layanan.Core.Requests;
using Layanan.Core.Sla;
using Microsoft.EntityFrameworkCore;

namespace Layanan.Bench;

/// <summary>
/// Fills a fresh database with open requests through the domain's own methods (<see cref="ServiceRequest.Create"/>
/// and <see cref="ServiceRequest.Apply"/>), so every clock, deadline and escalation instant is what the app
/// would have computed. Requests are spread round-robin over the 29 kelurahan and 6 kecamatan, over the
/// catalog's services, over submission instants in the <c>history</c> before <c>now</c>, and over these
/// states: 30% Diajukan, 20% claimed, 30% verified (completion clock running), 10% awaiting the lurah or
/// camat, 10% returned for a fix (clocks paused). Steps due before <c>now − backlog</c> are marked as acted
/// on, with their escalation rows, as a sweep that ran every minute until then would have left them.
/// </summary>
public static class OpenRequestSeeder
{
    private const int BatchSize = 2_000;

    public static async Task<SeedSummary> SeedAsync(
        IDbContextFactory<LayananDbContext> dbFactory,
        OfficeDirectory offices,
        WorkingCalendar calendar,
        int count,
        DateTimeOffset now,
        TimeSpan history,
        TimeSpan backlog,
        CancellationToken cancellationToken)
    {
        List<ServiceDefinition> catalog;
        Dictionary<string, string> officerIds;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            catalog = await db.Services.AsNoTracking().OrderBy(s => s.SortOrder).ToListAsync(cancellationToken);
            officerIds = await db.Users.AsNoTracking()
                .Where(u => u.UserName!.StartsWith("petugas."))
                .ToDictionaryAsync(u => u.OfficeCode, u => u.Id, cancellationToken);
        }

        var kelurahanServices = catalog.Where(s => !s.IsKecamatanService).ToList();
        var kecamatanServices = catalog.Where(s => s.IsKecamatanService).ToList();
        var handling = offices.All.Where(o => o.Level is OfficeLevel.Kelurahan or OfficeLevel.Kecamatan).ToList();
        var random = new Random(100_000);
        var sweptUntil = now - backlog;
        var summary = new SeedSummary();

        for (var first = 0; first < count; first += BatchSize)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = first; i < Math.Min(count, first + BatchSize); i++)
            {
                var office = handling[i % handling.Count];
                var services = office.Level == OfficeLevel.Kecamatan ? kecamatanServices : kelurahanServices;
                var service = services[random.Next(services.Count)];
                var submittedAt = now - history * random.NextDouble();
                var (request, created) = ServiceRequest.Create(
                    TrackingCode.New(), office.Code, service, RequestChannel.Online, NewApplicant(random, i), submittedAt,
                    null, "Warga", null, null, calendar);
                db.Requests.Add(request);
                db.RequestEvents.Add(created);

                var officerId = officerIds.GetValueOrDefault(office.Code);
                foreach (var change in MoveToState(request, random, officerId, now, calendar))
                {
                    db.RequestEvents.Add(change);
                }

                summary.Count(request.Status);
                foreach (var escalation in MarkSweptSteps(request, sweptUntil, calendar))
                {
                    db.SlaEscalations.Add(escalation);
                    summary.StepsAlreadyActedOn++;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            if ((first / BatchSize) % 10 == 9)
            {
                Progress.Write($"  {first + BatchSize} open requests stored");
            }
        }

        return summary;
    }

    /// <summary>Applies the actions that bring a new request to a randomly drawn open state, at instants before <paramref name="now"/>.</summary>
    private static IEnumerable<RequestEvent> MoveToState(
        ServiceRequest request, Random random, string? officerId, DateTimeOffset now, WorkingCalendar calendar)
    {
        var draw = random.NextDouble();
        if (draw < 0.30 || officerId is null)
        {
            yield break;
        }

        const string officerName = "Petugas (Demo)";
        var at = Between(random, request.SubmittedAt, now, 0.3);
        yield return request.Apply(RequestAction.Claim, officerId, officerName, at, null, calendar);
        if (draw < 0.50)
        {
            yield break;
        }

        at = Between(random, at, now, 0.5);
        if (draw >= 0.90)
        {
            yield return request.Apply(RequestAction.Return, officerId, officerName, at, "Lengkapi surat pengantar RT/RW.", calendar);
            yield break;
        }

        yield return request.Apply(RequestAction.Verify, officerId, officerName, at, null, calendar);
        if (draw >= 0.80)
        {
            at = Between(random, at, now, 0.5);
            yield return request.Apply(RequestAction.SendForApproval, officerId, officerName, at, null, calendar);
        }
    }

    /// <summary>Records every step due by <paramref name="sweptUntil"/> as acted on, the way <see cref="SlaSweep"/> does.</summary>
    private static IEnumerable<SlaEscalation> MarkSweptSteps(ServiceRequest request, DateTimeOffset sweptUntil, WorkingCalendar calendar)
    {
        foreach (var clock in new[] { SlaClock.Verify, SlaClock.Completion })
        {
            var state = clock == SlaClock.Verify ? request.VerifyClock : request.CompletionClock;
            while (state.IsRunning && state.NextLevel is { } level && state.NextLevelAt is { } at && at <= sweptUntil)
            {
                yield return new SlaEscalation(request.Id, clock, state.Cycle, level, at);
                request.MarkReached(clock, level, calendar);
            }
        }
    }

    /// <summary>An instant after <paramref name="from"/>, at most <paramref name="share"/> of the way to <paramref name="to"/>.</summary>
    private static DateTimeOffset Between(Random random, DateTimeOffset from, DateTimeOffset to, double share) =>
        from + (to - from) * (random.NextDouble() * share);

    private static ApplicantDetails NewApplicant(Random random, int index)
    {
        var nik = $"6171{random.Next(1, 7):00}{random.Next(1, 29):00}{random.Next(1, 13):00}{random.Next(60, 100):00}{random.Next(1, 10_000):0000}";
        return new ApplicantDetails(nik, $"Warga Uji {index}", $"Jl. Uji Beban No. {index % 300 + 1}, Pontianak", "Uji beban SLA", "081234567890", null);
    }
}

/// <summary>What the seeder stored: requests per status and the steps it marked as already acted on.</summary>
public sealed class SeedSummary
{
    public Dictionary<RequestStatus, int> ByStatus { get; } = [];

    public int StepsAlreadyActedOn { get; set; }

    public void Count(RequestStatus status) => ByStatus[status] = ByStatus.GetValueOrDefault(status) + 1;
}
