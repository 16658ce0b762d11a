using System.Security.Cryptography;
using System.Text;
using Layanan.Core.Access;
using Layanan.Core.Calendar;
using Layanan.Core.Catalog;
using Layanan.Core.Common;
using Layanan.Core.Data;
using Layanan.Core.Identity;
using Layanan.Core.Notifications;
using Layanan.Core.Realtime;
using Layanan.Core.Sla;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Layanan.Core.Requests;

/// <summary>
/// The write path of requests. Every change goes through here, from pages, the API, the hub and jobs
/// alike: in one transaction it loads the request, lets the entity make the change, bumps the version
/// and appends the audit event; only after the commit does it publish the change on the board feed.
/// </summary>
public sealed class RequestService(
    IDbContextFactory<LayananDbContext> dbFactory,
    OfficeDirectory offices,
    OfficeAccess access,
    IRequestFeed feed,
    CalendarService calendar,
    Notifier notifier,
    TimeProvider time,
    ILogger<RequestService> logger)
{
    /// <summary>Actor name recorded on events caused by residents, who have no account.</summary>
    public const string ResidentActor = "Warga";

    /// <summary>
    /// Submits a resident's request (online or through the API). With an idempotency key, a retry with
    /// the same data returns the first receipt and stores nothing; the same key with other data is refused.
    /// </summary>
    public Task<CommandResult<SubmissionReceipt>> SubmitAsync(
        SubmitRequest input, RequestChannel channel, string? idempotencyKey, CancellationToken cancellationToken = default) =>
        CreateAsync(input, channel, null, idempotencyKey, cancellationToken);

    /// <summary>Registers a walk-in resident's request at the counter; it starts at Sedang Diperiksa, assigned to the officer.</summary>
    public async Task<CommandResult<SubmissionReceipt>> RegisterWalkInAsync(
        StaffActor actor, SubmitRequest input, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        if (!access.CanRegisterWalkIn(actor, input.OfficeCode ?? ""))
        {
            return CommandResult<SubmissionReceipt>.Forbidden("Anda hanya dapat mendaftarkan permohonan langsung di kantor Anda sendiri.");
        }

        return await CreateAsync(input, RequestChannel.WalkIn, actor, idempotencyKey, cancellationToken);
    }

    /// <summary>
    /// Carries out a staff action. <paramref name="expectedVersion"/> is the version the person saw: when
    /// someone else changed the request meanwhile, the action is refused; when the same person's same
    /// action already went through (a double press or a retry), the current card is returned unchanged.
    /// </summary>
    public async Task<CommandResult<RequestCard>> ActAsync(
        StaffActor actor, string trackingCode, RequestAction action, string? note, int? expectedVersion,
        CancellationToken cancellationToken = default)
    {
        if (action is RequestAction.Submit or RequestAction.RegisterWalkIn or RequestAction.Resubmit or RequestAction.Cancel)
        {
            return CommandResult<RequestCard>.Invalid("Tindakan ini tidak dilakukan oleh petugas.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var code = TrackingCode.Normalize(trackingCode);
        var request = code is null ? null : await db.Requests.SingleOrDefaultAsync(r => r.TrackingCode == code, cancellationToken);
        if (request is null || !access.CanViewRequests(actor, request.OfficeCode))
        {
            return CommandResult<RequestCard>.NotFound($"Permohonan dengan kode {trackingCode} tidak ditemukan di kantor Anda.");
        }

        if (expectedVersion is not null && expectedVersion != request.Version)
        {
            var last = await db.RequestEvents.AsNoTracking()
                .Where(e => e.RequestId == request.Id)
                .OrderByDescending(e => e.Id)
                .FirstAsync(cancellationToken);
            if (last.ActorId == actor.UserId && last.Action == action && last.Version == expectedVersion + 1)
            {
                return CommandResult<RequestCard>.Ok(await CardAsync(db, request, cancellationToken));
            }

            return CommandResult<RequestCard>.Conflict(
                $"Permohonan {request.TrackingCode} baru saja diubah oleh {last.ActorName} ({RequestText.Action(last.Action)}). Periksa statusnya yang terbaru, lalu ulangi bila masih perlu.");
        }

        var refusal = access.RefusalFor(actor, request, action);
        if (refusal is not null)
        {
            return CommandResult<RequestCard>.Forbidden(refusal);
        }

        return await ApplyAsync(db, request, action, actor.UserId, actor.DisplayName, TextRules.Normalize(note), cancellationToken);
    }

    /// <summary>The resident sends a returned request back after fixing it; they prove it is theirs with the last 4 NIK digits.</summary>
    public Task<CommandResult<RequestCard>> ResubmitAsync(string trackingCode, string nikLast4, string? note, CancellationToken cancellationToken = default) =>
        ResidentActAsync(trackingCode, nikLast4, RequestAction.Resubmit, note, cancellationToken);

    /// <summary>The resident withdraws their request, with a reason.</summary>
    public Task<CommandResult<RequestCard>> CancelAsync(string trackingCode, string nikLast4, string? reason, CancellationToken cancellationToken = default) =>
        ResidentActAsync(trackingCode, nikLast4, RequestAction.Cancel, reason, cancellationToken);

    private async Task<CommandResult<RequestCard>> ResidentActAsync(
        string trackingCode, string nikLast4, RequestAction action, string? note, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var code = TrackingCode.Normalize(trackingCode);
        var request = code is null ? null : await db.Requests.SingleOrDefaultAsync(r => r.TrackingCode == code, cancellationToken);
        if (request is null || !request.Nik.EndsWith(nikLast4.Trim(), StringComparison.Ordinal) || nikLast4.Trim().Length != 4)
        {
            return CommandResult<RequestCard>.NotFound("Kode permohonan atau 4 angka terakhir NIK tidak cocok. Periksa kembali keduanya.");
        }

        return await ApplyAsync(db, request, action, null, ResidentActor, TextRules.Normalize(note), cancellationToken);
    }

    private async Task<CommandResult<RequestCard>> ApplyAsync(
        LayananDbContext db, ServiceRequest request, RequestAction action, string? actorId, string actorName, string? note,
        CancellationToken cancellationToken)
    {
        if (note is { Length: > RequestLimits.Note })
        {
            return CommandResult<RequestCard>.Invalid(
                $"Catatan terlalu panjang: {TextRules.FormatNumber(note.Length)} karakter, paling banyak {TextRules.FormatNumber(RequestLimits.Note)}.",
                new Dictionary<string, string[]> { ["note"] = ["Persingkat catatan."] });
        }

        RequestEvent change;
        try
        {
            change = request.Apply(action, actorId, actorName, time.GetUtcNow(), note, calendar.Current);
        }
        catch (InvalidTransitionException exception)
        {
            return CommandResult<RequestCard>.Conflict(exception.Message);
        }

        db.RequestEvents.Add(change);
        await NotifyResidentAsync(db, request, change, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            RequestsLog.ConcurrentChange(logger, request.TrackingCode, action);
            return CommandResult<RequestCard>.Conflict(
                $"Permohonan {request.TrackingCode} baru saja diubah oleh orang lain. Periksa statusnya yang terbaru, lalu ulangi bila masih perlu.");
        }

        RequestsLog.Changed(logger, request.TrackingCode, request.OfficeCode, action, change.FromStatus, change.ToStatus, change.Id);

        var card = await CardAsync(db, request, cancellationToken);
        Publish(change, card);
        return CommandResult<RequestCard>.Ok(card);
    }

    /// <summary>Queues the resident's message for the change, in the same transaction, when it concerns them.</summary>
    private async Task NotifyResidentAsync(LayananDbContext db, ServiceRequest request, RequestEvent change, CancellationToken cancellationToken)
    {
        var serviceName = await db.Services.Where(s => s.Code == request.ServiceCode).Select(s => s.Name).SingleAsync(cancellationToken);
        var officeName = offices.Find(request.OfficeCode)?.DisplayName ?? request.OfficeCode;
        if (Notifier.ResidentMessage(request, serviceName, officeName) is { } message)
        {
            await notifier.NotifyResidentAsync(db, request, message.Subject, message.Body, $"request.{request.Status}",
                $"request:{request.Id:N}:v{request.Version}", change.At, cancellationToken);
        }
    }

    private async Task<CommandResult<SubmissionReceipt>> CreateAsync(
        SubmitRequest input, RequestChannel channel, StaffActor? actor, string? idempotencyKey, CancellationToken cancellationToken)
    {
        idempotencyKey = string.IsNullOrWhiteSpace(idempotencyKey) ? null : idempotencyKey.Trim();
        if (idempotencyKey is { Length: > RequestLimits.IdempotencyKey })
        {
            return CommandResult<SubmissionReceipt>.Invalid(
                $"Idempotency-Key terlalu panjang: paling banyak {RequestLimits.IdempotencyKey} karakter.",
                new Dictionary<string, string[]> { ["idempotencyKey"] = ["Gunakan kunci yang lebih pendek, misalnya sebuah UUID."] });
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var fingerprint = idempotencyKey is null ? null : Fingerprint(input, actor);
        if (idempotencyKey is not null)
        {
            var replay = await ReplayAsync(db, idempotencyKey, fingerprint!, cancellationToken);
            if (replay is not null)
            {
                return replay;
            }
        }

        var office = offices.Find(input.OfficeCode?.Trim());
        var serviceCode = input.ServiceCode?.Trim().ToUpperInvariant();
        var service = serviceCode is null ? null : await db.Services.AsNoTracking().SingleOrDefaultAsync(s => s.Code == serviceCode, cancellationToken);
        var now = time.GetUtcNow();
        var (applicant, errors) = SubmitRequestValidator.Validate(input, office, service, Wib.Today(now));
        if (applicant is null)
        {
            return CommandResult<SubmissionReceipt>.Invalid(SubmitRequestValidator.Summary, errors);
        }

        var (request, created) = ServiceRequest.Create(
            TrackingCode.New(), office!.Code, service!, channel, applicant, now,
            actor?.UserId, actor?.DisplayName ?? ResidentActor, idempotencyKey, fingerprint, calendar.Current);
        db.Requests.Add(request);
        db.RequestEvents.Add(created);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (idempotencyKey is not null && IsUniqueViolation(exception))
        {
            // A concurrent retry with the same key committed first, so return its result.
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            var replay = await ReplayAsync(fresh, idempotencyKey, fingerprint!, cancellationToken);
            if (replay is not null)
            {
                return replay;
            }

            throw;
        }

        RequestsLog.Submitted(logger, request.TrackingCode, request.OfficeCode, request.ServiceCode, channel, created.Id);

        Publish(created, ToCard(request, service!.Name));
        return CommandResult<SubmissionReceipt>.Ok(new SubmissionReceipt(
            request.TrackingCode, request.OfficeCode, request.ServiceCode, request.Status, request.SubmittedAt, IsReplay: false));
    }

    private static async Task<CommandResult<SubmissionReceipt>?> ReplayAsync(
        LayananDbContext db, string idempotencyKey, string fingerprint, CancellationToken cancellationToken)
    {
        var existing = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.IdempotencyKey == idempotencyKey, cancellationToken);
        if (existing is null)
        {
            return null;
        }

        if (existing.IdempotencyFingerprint != fingerprint)
        {
            return CommandResult<SubmissionReceipt>.Conflict(
                "Idempotency-Key ini sudah dipakai untuk permohonan dengan isi yang berbeda. Gunakan kunci baru untuk permohonan baru.");
        }

        return CommandResult<SubmissionReceipt>.Ok(new SubmissionReceipt(
            existing.TrackingCode, existing.OfficeCode, existing.ServiceCode, existing.Status, existing.SubmittedAt, IsReplay: true));
    }

    private void Publish(RequestEvent change, RequestCard card) =>
        feed.Publish(new RequestChanged(change.Id, card.TrackingCode, card.OfficeCode, card.ServiceCode, card.Status, card.Version, change.At, card));

    private static async Task<RequestCard> CardAsync(LayananDbContext db, ServiceRequest request, CancellationToken cancellationToken)
    {
        var serviceName = await db.Services.AsNoTracking()
            .Where(s => s.Code == request.ServiceCode)
            .Select(s => s.Name)
            .SingleAsync(cancellationToken);
        return ToCard(request, serviceName);
    }

    internal static RequestCard ToCard(ServiceRequest request, string serviceName) => new(
        request.TrackingCode,
        request.OfficeCode,
        request.ServiceCode,
        serviceName,
        request.Status,
        request.Channel,
        request.ApprovalChain,
        NikValidator.Mask(request.Nik),
        request.SubmittedAt,
        request.UpdatedAt,
        request.VerifiedAt is not null,
        request.AssigneeId,
        request.AssigneeName,
        request.LastNote,
        request.Version,
        request.ActiveClockKind,
        request.ActiveClock?.DueAt,
        request.ActiveClock?.DueSoonAt,
        request.ActiveClock?.IsPaused ?? false);

    /// <summary>A SHA-256 of the normalized submission, so a reused key with other data is recognised.</summary>
    private static string Fingerprint(SubmitRequest input, StaffActor? actor)
    {
        var text = string.Join('\u001f',
            actor?.UserId ?? "",
            input.OfficeCode?.Trim() ?? "",
            input.ServiceCode?.Trim().ToUpperInvariant() ?? "",
            NikValidator.Normalize(input.Nik),
            TextRules.Normalize(input.Name) ?? "",
            input.Address?.Trim() ?? "",
            input.Purpose?.Trim() ?? "",
            input.Phone?.Trim() ?? "",
            input.Email?.Trim() ?? "");
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is SqliteException { SqliteErrorCode: 19 };
}
