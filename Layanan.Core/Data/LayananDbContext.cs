using Layanan.Core.Calendar;
using Layanan.Core.Catalog;
using Layanan.Core.Common;
using Layanan.Core.Identity;
using Layanan.Core.Offices;
using Layanan.Core.Requests;
using Layanan.Core.Sla;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Layanan.Core.Data;

/// <summary>Layanan's database: offices, the service catalog, requests with their audit trail, and Identity.</summary>
public sealed class LayananDbContext(DbContextOptions<LayananDbContext> options) : IdentityDbContext<StaffUser>(options)
{
    public DbSet<Office> Offices => Set<Office>();

    public DbSet<ServiceDefinition> Services => Set<ServiceDefinition>();

    public DbSet<ServiceRequest> Requests => Set<ServiceRequest>();

    public DbSet<RequestEvent> RequestEvents => Set<RequestEvent>();

    public DbSet<Holiday> Holidays => Set<Holiday>();

    public DbSet<SlaEscalation> SlaEscalations => Set<SlaEscalation>();

    public DbSet<Notifications.OutboxMessage> Outbox => Set<Notifications.OutboxMessage>();

    public DbSet<Notifications.InAppNotification> InAppNotifications => Set<Notifications.InAppNotification>();

    public DbSet<StoredSetting> Settings => Set<StoredSetting>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LayananDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RejectAuditTrailEdits();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RejectAuditTrailEdits();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>The audit trail is append-only: an event, once written, is kept as it is forever.</summary>
    private void RejectAuditTrailEdits()
    {
        foreach (var entry in ChangeTracker.Entries<RequestEvent>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException(
                    $"Request event {entry.Entity.Id} was about to be changed or deleted; the audit trail is append-only.");
            }
        }
    }
}
