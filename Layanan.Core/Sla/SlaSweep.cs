using Layanan.Core.Access;
using Layanan.Core.Calendar;
using Layanan.Core.Common;
using Layanan.Core.Data;
using Layanan.Core.Identity;
using Layanan.Core.Notifications;
using Layanan.Core.Offices;
using Layanan.Core.Requests;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Layanan.Core.Sla;

/// <summary>
/// Finds clocks that reached their next step (two reminder points, overdue, overdue by a further target) and acts on
/// each step exactly once: it records the step, queues the reminders or escalations and advances the clock
/// in one transaction per request. A unique key on (request, clock, cycle, level) and the request's
/// version make a second, concurrent or late run change nothing. Only clocks with a due step are loaded,
/// through an index on the step instant, so the cost follows the due steps rather than the open requests.
/// </summary>
public sealed class SlaSweep(
    IDbContextFactory<LayananDbContext> dbFactory,
    CalendarService calendar,
    Notifier notifier,
    NotificationFeed bell,
    OfficeDirectory offices,
    TimeProvider time,
    ILogger<SlaSweep> logger)
{
    /// <summary>Acts on every step due now. Returns how many steps were acted on by this run.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        List<Guid> due;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            due = await db.Requests.AsNoTracking()
                .Where(r => (r.VerifyClock.NextLevelAt != null && r.VerifyClock.NextLevelAt <= now)
                    || (r.CompletionClock.NextLevelAt != null && r.CompletionClock.NextLevelAt <= now))
                .Select(r => r.Id)
                .ToListAsync(cancellationToken);
        }

        var acted = 0;
        foreach (var requestId in due)
        {
            acted += await ProcessAsync(requestId, now, cancellationToken);
        }

        if (acted > 0)
        {
            SlaLog.SweepFinished(logger, due.Count, acted);
        }

        return acted;
    }

    private async Task<int> ProcessAsync(Guid requestId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var request = await db.Requests.SingleAsync(r => r.Id == requestId, cancellationToken);
        var serviceName = await db.Services.Where(s => s.Code == request.ServiceCode).Select(s => s.Name).SingleAsync(cancellationToken);
        var notified = new List<string>();
        var acted = 0;

        foreach (var clock in new[] { SlaClock.Verify, SlaClock.Completion })
        {
            var state = clock == SlaClock.Verify ? request.VerifyClock : request.CompletionClock;
            while (state.IsRunning && state.NextLevel is { } level && state.NextLevelAt is { } at && at <= now)
            {
                db.SlaEscalations.Add(new SlaEscalation(request.Id, clock, state.Cycle, level, now));
                notified.AddRange(await NotifyAsync(db, request, serviceName, clock, state, level, now, cancellationToken));
                request.MarkReached(clock, level, calendar.Current);
                acted++;
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || IsUniqueViolation(exception))
        {
            // Another run acted on these steps first, or staff changed the request meanwhile; the next run
            // looks at the request again from its committed state.
            SlaLog.StepTakenElsewhere(logger, request.TrackingCode);
            return 0;
        }

        bell.Publish(notified);
        return acted;
    }

    private async Task<IReadOnlyList<string>> NotifyAsync(
        LayananDbContext db, ServiceRequest request, string serviceName, SlaClock clock, ClockState state, SlaLevel level,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var office = offices.Find(request.OfficeCode)!;
        var clockName = clock == SlaClock.Verify ? "pemeriksaan berkas" : "penyelesaian";
        var due = Wib.FormatDateTime(state.DueAt!.Value);
        var key = $"sla:{request.Id:N}:{clock}:{state.Cycle}:{(int)level}";
        var rules = calendar.Current;
        SlaLog.StepReached(logger, request.TrackingCode, clock, level);

        var (recipients, title, body) = level switch
        {
            SlaLevel.FirstReminder => (await AssigneeOrOfficersAsync(db, request, office, now, cancellationToken),
                $"Pengingat: {request.TrackingCode} sudah memakai {rules.FirstReminderPercent}% waktu",
                $"{serviceName} {request.TrackingCode}: {rules.FirstReminderPercent}% waktu {clockName} sudah terpakai. Tenggat: {due}."),
            SlaLevel.SecondReminder => (await HeadsAsync(db, office, includeCamat: false, now, cancellationToken),
                $"Pengingat: {request.TrackingCode} mendekati tenggat",
                $"{serviceName} {request.TrackingCode} di {office.DisplayName}: {rules.SecondReminderPercent}% waktu {clockName} sudah terpakai. Tenggat: {due}."),
            SlaLevel.Overdue => (await HeadsAsync(db, office, includeCamat: true, now, cancellationToken),
                $"Eskalasi: {request.TrackingCode} terlambat",
                $"{serviceName} {request.TrackingCode} di {office.DisplayName} melewati tenggat {clockName} ({due}) dan berstatus Terlambat."),
            _ => (new List<StaffRecipient>(), "", ""),
        };

        if (recipients.Count == 0)
        {
            return [];
        }

        return await notifier.NotifyStaffAsync(db, recipients, title, body, $"sla.{level}", request.TrackingCode, key, now, cancellationToken);
    }

    private static async Task<List<StaffRecipient>> AssigneeOrOfficersAsync(
        LayananDbContext db, ServiceRequest request, Office office, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (request.AssigneeId is { } assignee)
        {
            var user = await db.Users.AsNoTracking().Where(u => u.Id == assignee)
                .Select(u => new StaffRecipient(u.Id, u.Email, u.NotifyOutsideOfficeHours))
                .SingleOrDefaultAsync(cancellationToken);
            if (user is not null)
            {
                return [user];
            }
        }

        StaffRole[] officers = office.Level == OfficeLevel.Kecamatan ? [StaffRole.PetugasKecamatan] : [StaffRole.PetugasKelurahan];
        return await Notifier.FindStaffAsync(db, office.Code, officers, now, cancellationToken);
    }

    private static async Task<List<StaffRecipient>> HeadsAsync(
        LayananDbContext db, Office office, bool includeCamat, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (office.Level == OfficeLevel.Kecamatan)
        {
            return await Notifier.FindStaffAsync(db, office.Code, [StaffRole.Camat], now, cancellationToken);
        }

        var heads = await Notifier.FindStaffAsync(db, office.Code, [StaffRole.Lurah], now, cancellationToken);
        if (includeCamat && office.ParentCode is { } kecamatan)
        {
            heads.AddRange(await Notifier.FindStaffAsync(db, kecamatan, [StaffRole.Camat], now, cancellationToken));
        }

        return heads;
    }

    private static bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is SqliteException { SqliteErrorCode: 19 };
}
