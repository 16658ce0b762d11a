using Layanan.Core.Calendar;
using Layanan.Core.Common;
using Layanan.Core.Data;
using Layanan.Core.Identity;
using Layanan.Core.Notifications.Channels;
using Layanan.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Layanan.Core.Notifications;

/// <summary>
/// Adds notifications to a unit of work that is about to commit: bell notices for staff and outbox rows
/// for email and WhatsApp. Nothing is sent here; the caller's transaction makes the messages exist exactly
/// when the change that causes them exists. Deduplication keys make a repeated step add nothing.
/// </summary>
public sealed class Notifier(CalendarService calendar)
{
    /// <summary>Residents are not messaged between 21:00 and 06:00 WIB; such messages wait for the morning.</summary>
    private static readonly TimeOnly ResidentDayStarts = new(6, 0);

    private static readonly TimeOnly ResidentDayEnds = new(21, 0);

    /// <summary>Staff of <paramref name="officeCode"/> holding one of <paramref name="roles"/>, unless locked out.</summary>
    public static async Task<List<StaffRecipient>> FindStaffAsync(
        LayananDbContext db, string officeCode, IReadOnlyCollection<StaffRole> roles, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var roleNames = roles.Select(r => r.ToString()).ToList();
        var users = await (
                from user in db.Users
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                where user.OfficeCode == officeCode && roleNames.Contains(role.Name!)
                select new { user.Id, user.Email, user.NotifyOutsideOfficeHours, user.LockoutEnd })
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        return users
            .Where(u => u.LockoutEnd is null || u.LockoutEnd <= now)
            .Select(u => new StaffRecipient(u.Id, u.Email, u.NotifyOutsideOfficeHours))
            .DistinctBy(u => u.UserId)
            .ToList();
    }

    /// <summary>
    /// Notifies staff in the bell, and by email where they have an address. Outside office hours the email
    /// waits for the next opening unless the person opted in. Returns the users whose bell changed.
    /// </summary>
    public async Task<IReadOnlyList<string>> NotifyStaffAsync(
        LayananDbContext db, IEnumerable<StaffRecipient> recipients, string title, string body, string kind,
        string? trackingCode, string deduplicationKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var notified = new List<string>();
        foreach (var recipient in recipients)
        {
            var bellKey = $"{deduplicationKey}:inapp:{recipient.UserId}";
            if (!await db.InAppNotifications.AnyAsync(n => n.DeduplicationKey == bellKey, cancellationToken))
            {
                db.InAppNotifications.Add(new InAppNotification(recipient.UserId, title, body, kind, trackingCode, now, bellKey));
                notified.Add(recipient.UserId);
            }

            if (string.IsNullOrWhiteSpace(recipient.Email))
            {
                continue;
            }

            var notBefore = recipient.NotifyOutsideOfficeHours ? now : calendar.Current.NextOpening(now);
            await AddOutboxAsync(db, new OutboxMessage(NotificationChannel.Email, recipient.Email, recipient.UserId, title, body, kind,
                trackingCode, now, notBefore, $"{deduplicationKey}:email:{recipient.UserId}"), cancellationToken);
        }

        return notified;
    }

    /// <summary>
    /// Messages the resident by the channels they chose when submitting, none when they chose none. Returns the
    /// messages queued, so 0 also when each was queued before.
    /// </summary>
    public async Task<int> NotifyResidentAsync(
        LayananDbContext db, ServiceRequest request, string subject, string body, string kind, string deduplicationKey,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var notBefore = ResidentSendTime(now);
        var queued = 0;
        if (request.NotifyByEmail && request.Email is { } email)
        {
            queued += await AddOutboxAsync(db, new OutboxMessage(NotificationChannel.Email, email, null, subject, body, kind,
                request.TrackingCode, now, notBefore, $"{deduplicationKey}:email"), cancellationToken);
        }

        if (request.NotifyByWhatsApp && request.Phone is { } phone)
        {
            queued += await AddOutboxAsync(db, new OutboxMessage(NotificationChannel.WhatsApp, phone, null, subject, body, kind,
                request.TrackingCode, now, notBefore, $"{deduplicationKey}:whatsapp"), cancellationToken);
        }

        return queued;
    }

    /// <summary>The resident's message for a change they need to know about, or null for other changes.</summary>
    public static (string Subject, string Body)? ResidentMessage(ServiceRequest request, string serviceName, string officeName)
    {
        var code = request.TrackingCode;
        return request.Status switch
        {
            RequestStatus.NeedsFix => ($"Permohonan {code} perlu perbaikan",
                $"Permohonan {serviceName} Anda di {officeName} perlu perbaikan. Catatan petugas: {request.LastNote}. " +
                $"Silakan perbaiki dan ajukan ulang melalui halaman Lacak Permohonan dengan kode {code}."),
            RequestStatus.Ready => ($"Surat {code} siap diambil",
                $"{serviceName} Anda sudah siap diambil di {officeName}. Bawa KTP dan persyaratan asli, lalu sebutkan kode {code}."),
            RequestStatus.Rejected => ($"Permohonan {code} ditolak",
                $"Mohon maaf, permohonan {serviceName} Anda di {officeName} ditolak. Alasan: {request.LastNote}"),
            _ => null,
        };
    }

    private static DateTimeOffset ResidentSendTime(DateTimeOffset now)
    {
        var local = Wib.ToWib(now);
        var time = TimeOnly.FromDateTime(local.DateTime);
        if (time >= ResidentDayStarts && time < ResidentDayEnds)
        {
            return now;
        }

        var day = DateOnly.FromDateTime(local.DateTime);
        var morning = time >= ResidentDayEnds ? day.AddDays(1) : day;
        return Wib.StartOfDay(morning).Add(ResidentDayStarts.ToTimeSpan());
    }

    /// <summary>Adds the message unless one with its deduplication key exists. Returns 1 when added and 0 otherwise.</summary>
    private static async Task<int> AddOutboxAsync(LayananDbContext db, OutboxMessage message, CancellationToken cancellationToken)
    {
        var exists = db.Outbox.Local.Any(m => m.DeduplicationKey == message.DeduplicationKey)
            || await db.Outbox.AnyAsync(m => m.DeduplicationKey == message.DeduplicationKey, cancellationToken);
        if (exists)
        {
            return 0;
        }

        db.Outbox.Add(message);
        return 1;
    }
}
