using Layanan.Core.Access;
using Layanan.Core.Common;
using Layanan.Core.Data;
using Layanan.Core.Identity;
using Layanan.Core.Offices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Layanan.Core.Requests;

/// <summary>Read side of requests. Every query is filtered by <see cref="OfficeAccess"/> on the server.</summary>
public sealed class RequestQueries(
    IDbContextFactory<LayananDbContext> dbFactory,
    OfficeDirectory offices,
    OfficeAccess access,
    Calendar.CalendarService calendar,
    TimeProvider time,
    ILogger<RequestQueries> logger)
{
    private static readonly RequestStatus[] ClosedStatuses = [RequestStatus.Completed, RequestStatus.Rejected, RequestStatus.Cancelled];

    /// <summary>
    /// The board of one office: its open requests and those closed today (WIB). A kecamatan board also
    /// shows its kelurahan's requests that wait for the camat.
    /// </summary>
    public async Task<CommandResult<BoardSnapshot>> GetBoardAsync(StaffActor actor, string officeCode, CancellationToken cancellationToken = default)
    {
        if (!access.CanViewRequests(actor, officeCode))
        {
            return CommandResult<BoardSnapshot>.Forbidden("Anda tidak berwenang melihat papan permohonan kantor ini.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var lastEventId = await db.RequestEvents.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
        var startOfToday = Wib.StartOfDay(Wib.Today(time.GetUtcNow()));
        var children = offices.ChildrenOf(officeCode);

        var rows = await db.Requests.AsNoTracking()
            .Where(r => r.OfficeCode == officeCode || (children.Contains(r.OfficeCode) && r.Status == RequestStatus.AwaitingCamat))
            .Where(r => !ClosedStatuses.Contains(r.Status) || r.UpdatedAt >= startOfToday)
            .Join(db.Services, r => r.ServiceCode, s => s.Code, (r, s) => new { Request = r, ServiceName = s.Name })
            .ToListAsync(cancellationToken);

        var cards = rows
            .Select(row => RequestService.ToCard(row.Request, row.ServiceName))
            .OrderBy(card => card.SubmittedAt)
            .ToList();
        return CommandResult<BoardSnapshot>.Ok(new BoardSnapshot(officeCode, cards, lastEventId));
    }

    /// <summary>Whether a card belongs on the board of <paramref name="boardOfficeCode"/>.</summary>
    public bool BelongsOnBoard(RequestCard card, string boardOfficeCode) =>
        card.OfficeCode == boardOfficeCode
        || (card.Status == RequestStatus.AwaitingCamat && offices.Find(card.OfficeCode)?.ParentCode == boardOfficeCode);

    /// <summary>The newest audit event id among the given offices, for a board's heartbeat check.</summary>
    public async Task<long> GetLastEventIdAsync(IReadOnlyCollection<string> officeCodes, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.RequestEvents.Where(e => officeCodes.Contains(e.OfficeCode)).MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
    }

    /// <summary>The full request with personal data, for staff of an office that may view it. Each view is logged.</summary>
    public async Task<CommandResult<RequestDetails>> GetDetailsAsync(StaffActor actor, string trackingCode, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var code = TrackingCode.Normalize(trackingCode);
        var request = code is null ? null : await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.TrackingCode == code, cancellationToken);
        if (request is null || !access.CanViewRequests(actor, request.OfficeCode))
        {
            return CommandResult<RequestDetails>.NotFound($"Permohonan dengan kode {trackingCode} tidak ditemukan di kantor Anda.");
        }

        var serviceName = await db.Services.Where(s => s.Code == request.ServiceCode).Select(s => s.Name).SingleAsync(cancellationToken);
        var history = await db.RequestEvents.AsNoTracking().Where(e => e.RequestId == request.Id).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        RequestsLog.PersonalDataViewed(logger, actor.UserId, actor.OfficeCode, request.TrackingCode);

        var applicant = new ApplicantDetails(request.Nik, request.ApplicantName, request.Address, request.Purpose, request.Phone, request.Email);
        return CommandResult<RequestDetails>.Ok(new RequestDetails(RequestService.ToCard(request, serviceName), applicant, history));
    }

    /// <summary>
    /// The public status behind a tracking code. Personal data and staff notes are included only when
    /// <paramref name="nikLast4"/> matches the last 4 digits of the applicant's NIK.
    /// </summary>
    public async Task<PublicRequestStatus?> GetPublicStatusAsync(string? trackingCode, string? nikLast4, CancellationToken cancellationToken = default)
    {
        var code = TrackingCode.Normalize(trackingCode);
        if (code is null)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var request = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.TrackingCode == code, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var proven = nikLast4 is { Length: 4 } && request.Nik.EndsWith(nikLast4, StringComparison.Ordinal);
        var serviceName = await db.Services.Where(s => s.Code == request.ServiceCode).Select(s => s.Name).SingleAsync(cancellationToken);
        var events = await db.RequestEvents.AsNoTracking().Where(e => e.RequestId == request.Id).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var history = events
            .Select(e => new PublicHistoryEntry(e.At, e.Action, e.ToStatus, proven ? e.Note : null))
            .ToList();

        return new PublicRequestStatus(
            request.TrackingCode,
            request.OfficeCode,
            offices.Find(request.OfficeCode)?.DisplayName ?? request.OfficeCode,
            request.ServiceCode,
            serviceName,
            request.Status,
            request.SubmittedAt,
            request.UpdatedAt,
            history,
            proven ? new ApplicantDetails(request.Nik, request.ApplicantName, request.Address, request.Purpose, request.Phone, request.Email) : null,
            proven ? request.LastNote : null,
            request.VerifyClock.DueAt,
            request.CompletionClock.DueAt,
            ExpectedCompletion(request),
            request.CompletionClock.IsPaused);
    }

    /// <summary>
    /// When the resident can expect the letter: the completion deadline once the clock runs, otherwise
    /// the completion target counted from the verification deadline. Null once the request is closed.
    /// </summary>
    private DateTimeOffset? ExpectedCompletion(ServiceRequest request)
    {
        if (request.IsClosed || request.Status == RequestStatus.Ready)
        {
            return null;
        }

        if (request.CompletionClock.DueAt is { } due)
        {
            return due;
        }

        if (request.VerifyClock.DueAt is not { } verifyDue)
        {
            return null;
        }

        var completion = request.CompletionClock;
        return completion.Unit == Catalog.TargetUnit.WorkingDays
            ? calendar.Current.DueAfterWorkingDays(verifyDue, completion.Target)
            : calendar.Current.DueAfterOfficeMinutes(verifyDue, completion.Target);
    }

    /// <summary>Counts per office and state for the offices whose aggregates the actor may see; no personal data.</summary>
    public async Task<IReadOnlyList<OfficeCounts>> GetOfficeCountsAsync(StaffActor actor, CancellationToken cancellationToken = default)
    {
        var visible = access.AggregateOffices(actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var startOfToday = Wib.StartOfDay(Wib.Today(time.GetUtcNow()));

        var rows = await db.Requests.AsNoTracking()
            .Where(r => visible.Contains(r.OfficeCode))
            .Where(r => !ClosedStatuses.Contains(r.Status) || r.UpdatedAt >= startOfToday)
            .GroupBy(r => new { r.OfficeCode, r.Status })
            .Select(g => new { g.Key.OfficeCode, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);

        return visible
            .Where(code => offices.Find(code)?.Level != OfficeLevel.Kota)
            .Select(code => new OfficeCounts(
                code,
                rows.Where(r => r.OfficeCode == code).ToDictionary(r => r.Status, r => r.Count)))
            .ToList();
    }
}
