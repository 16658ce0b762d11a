using Layanan.Core.Access;
using Layanan.Core.Calendar;
using Layanan.Core.Common;
using Layanan.Core.Data;
using Layanan.Core.Identity;
using Layanan.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Layanan.Core.Demo;

/// <summary>
/// Gives a new demo database a few days of history, so the first run shows every deadline colour, the
/// escalation view and the bell instead of only brand-new requests. Each kelurahan gets one request left
/// unchecked for a week (on the city's escalation list), one being checked past its deadline, and one
/// verified today. The history goes through the real write path, on a clock set to the past.
/// </summary>
public sealed class DemoBacklog(
    IServiceProvider services,
    IDbContextFactory<LayananDbContext> dbFactory,
    OfficeDirectory offices,
    DemoMode mode,
    DemoAccounts accounts,
    DemoRequestGenerator generator,
    CalendarService calendar,
    TimeProvider time,
    ILogger<DemoBacklog> logger)
{
    /// <summary>Creates the history when the simulator is on and the database contains no request yet. Returns the requests created.</summary>
    public async Task<int> EnsureAsync(CancellationToken cancellationToken = default)
    {
        if (!mode.SimulatorEnabled)
        {
            return 0;
        }

        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            if (await db.Requests.AnyAsync(cancellationToken))
            {
                return 0;
            }
        }

        var clock = new PastClock();
        var requests = ActivatorUtilities.CreateInstance<RequestService>(services, (TimeProvider)clock);
        var officers = await OfficersAsync(cancellationToken);
        var now = time.GetUtcNow();
        var today = Wib.Today(now);
        var random = new Random(6171);
        var created = 0;
        foreach (var office in offices.Kelurahan)
        {
            if (!officers.TryGetValue(office.Code, out var officer))
            {
                continue;
            }

            // A week without a look: past its checking deadline by more than one further target.
            clock.Now = At(WorkingDaysBefore(today, 5), 9, 0);
            created += await SubmitAsync(requests, generator.Next(random, today, office), cancellationToken) is null ? 0 : 1;

            // Claimed two working days ago and still being checked: past its deadline on the office's list.
            clock.Now = At(WorkingDaysBefore(today, 2), 9, 30);
            if (await SubmitAsync(requests, generator.Next(random, today, office), cancellationToken) is { } late)
            {
                created++;
                clock.Now = clock.Now.AddHours(1);
                await requests.ActAsync(officer, late, RequestAction.Claim, null, null, cancellationToken);
            }

            // Verified earlier today, or on the last working day: its completion clock runs.
            var recent = calendar.Current.IsWorkingDay(today) ? today : WorkingDaysBefore(today, 1);
            clock.Now = Min(At(recent, 8, 0), now.AddMinutes(-30));
            if (await SubmitAsync(requests, generator.Next(random, today, office), cancellationToken) is { } running)
            {
                created++;
                clock.Now = clock.Now.AddMinutes(10);
                await requests.ActAsync(officer, running, RequestAction.Claim, null, null, cancellationToken);
                clock.Now = clock.Now.AddMinutes(10);
                await requests.ActAsync(officer, running, RequestAction.Verify, null, null, cancellationToken);
            }
        }

        DemoLog.BacklogCreated(logger, created);
        return created;
    }

    private static async Task<string?> SubmitAsync(RequestService requests, SubmitRequest input, CancellationToken cancellationToken)
    {
        var result = await requests.SubmitAsync(input, RequestChannel.Online, idempotencyKey: null, cancellationToken);
        return result.Succeeded ? result.Value!.TrackingCode : null;
    }

    /// <summary>Returns the demo officer of each kelurahan, keyed by office code.</summary>
    private async Task<Dictionary<string, StaffActor>> OfficersAsync(CancellationToken cancellationToken)
    {
        var planned = accounts.Plan().Where(a => a.Role == StaffRole.PetugasKelurahan).ToList();
        var names = planned.Select(a => a.UserName).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ids = await db.Users.AsNoTracking()
            .Where(u => names.Contains(u.UserName!))
            .ToDictionaryAsync(u => u.UserName!, u => u.Id, cancellationToken);
        return planned
            .Where(a => ids.ContainsKey(a.UserName))
            .ToDictionary(a => a.OfficeCode, a => new StaffActor(ids[a.UserName], a.FullName, a.Role, a.OfficeCode));
    }

    private DateOnly WorkingDaysBefore(DateOnly day, int count)
    {
        var current = day;
        for (var left = count; left > 0;)
        {
            current = current.AddDays(-1);
            if (calendar.Current.IsWorkingDay(current))
            {
                left--;
            }
        }

        return current;
    }

    private static DateTimeOffset At(DateOnly day, int hour, int minute) => Wib.StartOfDay(day).AddHours(hour).AddMinutes(minute);

    private static DateTimeOffset Min(DateTimeOffset first, DateTimeOffset second) => first < second ? first : second;

    /// <summary>A clock set by the backlog to each past moment it writes.</summary>
    private sealed class PastClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
