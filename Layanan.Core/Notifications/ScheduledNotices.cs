using Layanan.Core.Access;
using Layanan.Core.Calendar;
using Layanan.Core.Common;
using Layanan.Core.Data;
using Layanan.Core.Identity;
using Layanan.Core.Offices;
using Layanan.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Layanan.Core.Notifications;

/// <summary>
/// The notices that recurring jobs send: the daily digest for each lurah and camat, the weekly summary for
/// the city, and the reminder to residents whose letter waits uncollected. Each notice carries a
/// deduplication key for its day, week or request, so a job that runs twice sends it once.
/// </summary>
public sealed class ScheduledNotices(
    IDbContextFactory<LayananDbContext> dbFactory,
    CalendarService calendar,
    Notifier notifier,
    NotificationFeed bell,
    OfficeDirectory offices,
    IOptions<NotificationOptions> options,
    TimeProvider time)
{
    private static readonly RequestStatus[] Open =
        [RequestStatus.Submitted, RequestStatus.InReview, RequestStatus.NeedsFix, RequestStatus.AwaitingLurah, RequestStatus.AwaitingCamat, RequestStatus.Ready];

    /// <summary>Sends each lurah and camat the state of their offices at 07:00 WIB on working days. Returns the notices sent.</summary>
    public async Task<int> SendDailyDigestsAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var today = Wib.Today(now);
        if (!calendar.Current.IsWorkingDay(today))
        {
            return 0;
        }

        var endOfToday = Wib.StartOfDay(today.AddDays(1));
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var open = await db.Requests.AsNoTracking()
            .Where(r => Open.Contains(r.Status))
            .Select(r => new { r.OfficeCode, VerifyDue = r.VerifyClock.StoppedAt == null ? r.VerifyClock.DueAt : null, CompletionDue = r.CompletionClock.StoppedAt == null ? r.CompletionClock.DueAt : null })
            .ToListAsync(cancellationToken);

        var notified = new List<string>();
        var sent = 0;
        foreach (var office in offices.All.Where(o => o.Level != OfficeLevel.Kota))
        {
            var covered = offices.SelfAndDescendants(office.Code);
            var mine = open.Where(r => covered.Contains(r.OfficeCode)).ToList();
            var dues = mine.Select(r => r.VerifyDue ?? r.CompletionDue).ToList();
            var overdue = dues.Count(d => d is { } due && due < now);
            var dueToday = dues.Count(d => d is { } due && due >= now && due < endOfToday);
            var head = office.Level == OfficeLevel.Kelurahan ? StaffRole.Lurah : StaffRole.Camat;
            var recipients = await Notifier.FindStaffAsync(db, office.Code, [head], now, cancellationToken);
            if (recipients.Count == 0)
            {
                continue;
            }

            var title = $"Ringkasan harian {office.DisplayName}, {Wib.FormatLongDate(now)}";
            var body = $"Permohonan terbuka: {TextRules.FormatNumber(mine.Count)}. Tenggat hari ini: {TextRules.FormatNumber(dueToday)}. " +
                $"Terlambat: {TextRules.FormatNumber(overdue)}.";
            notified.AddRange(await notifier.NotifyStaffAsync(db, recipients, title, body, "digest.daily", null, $"digest:{today:yyyyMMdd}:{office.Code}", now, cancellationToken));
            sent++;
        }

        await db.SaveChangesAsync(cancellationToken);
        bell.Publish(notified);
        return sent;
    }

    /// <summary>Sends the Wali Kota and Admin Kota the week's figures per kecamatan. Returns the notices sent.</summary>
    public async Task<int> SendWeeklySummaryAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var today = Wib.Today(now);
        var weekStart = Wib.StartOfDay(today.AddDays(-7));
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Requests.AsNoTracking()
            .Where(r => r.SubmittedAt >= weekStart || Open.Contains(r.Status) || (r.ClosedAt != null && r.ClosedAt >= weekStart))
            .Select(r => new { r.OfficeCode, r.SubmittedAt, r.Status, r.ClosedAt })
            .ToListAsync(cancellationToken);

        var lines = offices.Kecamatan.Select(kecamatan =>
        {
            var covered = offices.SelfAndDescendants(kecamatan.Code);
            var mine = rows.Where(r => covered.Contains(r.OfficeCode)).ToList();
            var submitted = mine.Count(r => r.SubmittedAt >= weekStart);
            var completed = mine.Count(r => r.Status == RequestStatus.Completed && r.ClosedAt >= weekStart);
            var open = mine.Count(r => Open.Contains(r.Status));
            return $"{kecamatan.DisplayName}: {TextRules.FormatNumber(submitted)} diajukan, {TextRules.FormatNumber(completed)} selesai, {TextRules.FormatNumber(open)} masih terbuka.";
        });

        var recipients = await Notifier.FindStaffAsync(db, OfficeReferenceData.KotaCode, [StaffRole.WaliKota, StaffRole.AdminKota], now, cancellationToken);
        if (recipients.Count == 0)
        {
            return 0;
        }

        var week = System.Globalization.ISOWeek.GetWeekOfYear(today.ToDateTime(TimeOnly.MinValue));
        var title = $"Ringkasan mingguan layanan Kota Pontianak, minggu ke-{week}";
        var notified = await notifier.NotifyStaffAsync(db, recipients, title, string.Join('\n', lines), "digest.weekly", null,
            $"weekly:{System.Globalization.ISOWeek.GetYear(today.ToDateTime(TimeOnly.MinValue))}-{week}", now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        bell.Publish(notified);
        return 1;
    }

    /// <summary>
    /// Reminds residents once whose letter has waited uncollected for the configured working days. Returns the
    /// residents reminded by this run.
    /// </summary>
    public async Task<int> SendUncollectedRemindersAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var today = Wib.Today(now);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ready = await db.Requests.Where(r => r.Status == RequestStatus.Ready).ToListAsync(cancellationToken);
        var names = await db.Services.AsNoTracking().ToDictionaryAsync(s => s.Code, s => s.Name, cancellationToken);

        var reminded = 0;
        foreach (var request in ready)
        {
            var readyDay = Wib.Today(request.CompletionClock.StoppedAt ?? request.UpdatedAt);
            if (calendar.Current.AddWorkingDays(readyDay, options.Value.UncollectedAfterWorkingDays) > today)
            {
                continue;
            }

            var office = offices.Find(request.OfficeCode)?.DisplayName ?? request.OfficeCode;
            var queued = await notifier.NotifyResidentAsync(db, request,
                $"Surat {request.TrackingCode} belum diambil",
                $"{names[request.ServiceCode]} Anda sudah siap sejak {Wib.FormatLongDate(request.CompletionClock.StoppedAt ?? request.UpdatedAt)} dan belum diambil. " +
                $"Silakan ambil di {office} pada jam pelayanan dengan menyebutkan kode {request.TrackingCode}.",
                "request.uncollected", $"uncollected:{request.Id:N}", now, cancellationToken);
            if (queued > 0)
            {
                reminded++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return reminded;
    }
}
