using Layanan.Core.Access;
using Layanan.Core.Data;
using Layanan.Core.Identity;
using Layanan.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Layanan.Core.Sla;

/// <summary>An overdue request as the escalation view lists it: no name, address or NIK.</summary>
public sealed record OverdueRequest(
    string TrackingCode, string OfficeCode, string ServiceName, RequestStatus Status, SlaClock Clock,
    DateTimeOffset DueAt, string? AssigneeName, bool IsOverdueByFurtherTarget);

/// <summary>Overdue requests for the escalation view, filtered by what the actor may see.</summary>
public sealed class EscalationQueries(
    IDbContextFactory<LayananDbContext> dbFactory,
    OfficeAccess access,
    TimeProvider time)
{
    /// <summary>
    /// For office staff: their offices' requests whose running clock is past its deadline. For the city
    /// roles: every office's requests overdue by one further full target (the city's list).
    /// </summary>
    public async Task<IReadOnlyList<OverdueRequest>> GetOverdueAsync(StaffActor actor, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var cityList = StaffRoles.IsCityRole(actor.Role);
        var visible = access.AggregateOffices(actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var rows = await db.Requests.AsNoTracking()
            .Where(r => visible.Contains(r.OfficeCode))
            .Where(r => (r.VerifyClock.StoppedAt == null && r.VerifyClock.DueAt != null && r.VerifyClock.DueAt < now)
                || (r.CompletionClock.StoppedAt == null && r.CompletionClock.DueAt != null && r.CompletionClock.DueAt < now))
            .Join(db.Services, r => r.ServiceCode, s => s.Code, (r, s) => new { Request = r, ServiceName = s.Name })
            .ToListAsync(cancellationToken);

        var cityLevel = await db.SlaEscalations.AsNoTracking()
            .Where(e => e.Level == SlaLevel.CityOverdue)
            .Select(e => new { e.RequestId, e.Clock, e.Cycle })
            .ToListAsync(cancellationToken);

        return rows
            .Select(row =>
            {
                var request = row.Request;
                var verifyLate = request.VerifyClock.StoppedAt is null && request.VerifyClock.DueAt < now;
                var clock = verifyLate ? SlaClock.Verify : SlaClock.Completion;
                var state = verifyLate ? request.VerifyClock : request.CompletionClock;
                var further = cityLevel.Any(e => e.RequestId == request.Id && e.Clock == clock && e.Cycle == state.Cycle);
                return new OverdueRequest(request.TrackingCode, request.OfficeCode, row.ServiceName, request.Status, clock,
                    state.DueAt!.Value, cityList ? null : request.AssigneeName, further);
            })
            .Where(r => !cityList || r.IsOverdueByFurtherTarget)
            .OrderBy(r => r.DueAt)
            .ToList();
    }
}
