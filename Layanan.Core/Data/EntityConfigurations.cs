using Layanan.Core.Calendar;
using Layanan.Core.Catalog;
using Layanan.Core.Identity;
using Layanan.Core.Offices;
using Layanan.Core.Requests;
using Layanan.Core.Sla;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Layanan.Core.Data;

internal sealed class OfficeConfiguration : IEntityTypeConfiguration<Office>
{
    public void Configure(EntityTypeBuilder<Office> builder)
    {
        builder.HasKey(o => o.Code);
        builder.Property(o => o.Code).HasMaxLength(16);
        builder.Property(o => o.Name).HasMaxLength(100);
        builder.Property(o => o.RegisterName).HasMaxLength(100);
        builder.Property(o => o.ParentCode).HasMaxLength(16);
        builder.Property(o => o.BpsCode).HasMaxLength(16);
        builder.Property(o => o.PostalCode).HasMaxLength(5);
        builder.Property(o => o.PostalCodeAlternative).HasMaxLength(5);
        builder.Ignore(o => o.DisplayName);
        builder.HasIndex(o => o.ParentCode);
    }
}

internal sealed class ServiceDefinitionConfiguration : IEntityTypeConfiguration<ServiceDefinition>
{
    public void Configure(EntityTypeBuilder<ServiceDefinition> builder)
    {
        builder.HasKey(s => s.Code);
        builder.Property(s => s.Code).HasMaxLength(16);
        builder.Property(s => s.Name).HasMaxLength(120);
        builder.Property(s => s.Product).HasMaxLength(120);
        builder.Property(s => s.Requirements).HasMaxLength(2000);
        builder.Property(s => s.Fee).HasConversion<long>();
        builder.Ignore(s => s.RequirementList);
        builder.Ignore(s => s.IsKecamatanService);
    }
}

internal sealed class ServiceRequestConfiguration : IEntityTypeConfiguration<ServiceRequest>
{
    public void Configure(EntityTypeBuilder<ServiceRequest> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.TrackingCode).HasMaxLength(14);
        builder.HasIndex(r => r.TrackingCode).IsUnique();
        builder.Property(r => r.OfficeCode).HasMaxLength(16);
        builder.Property(r => r.ServiceCode).HasMaxLength(16);
        builder.Property(r => r.Nik).HasMaxLength(16);
        builder.Property(r => r.ApplicantName).HasMaxLength(RequestLimits.Name);
        builder.Property(r => r.Address).HasMaxLength(RequestLimits.Address);
        builder.Property(r => r.Purpose).HasMaxLength(RequestLimits.Purpose);
        builder.Property(r => r.Phone).HasMaxLength(RequestLimits.Phone);
        builder.Property(r => r.Email).HasMaxLength(RequestLimits.Email);
        builder.Property(r => r.AssigneeId).HasMaxLength(64);
        builder.Property(r => r.AssigneeName).HasMaxLength(RequestLimits.Name);
        builder.Property(r => r.LastNote).HasMaxLength(RequestLimits.Note);
        builder.Property(r => r.IdempotencyKey).HasMaxLength(RequestLimits.IdempotencyKey);
        builder.Property(r => r.IdempotencyFingerprint).HasMaxLength(64);
        builder.HasIndex(r => r.IdempotencyKey).IsUnique();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.OfficeCode, r.Status });
        builder.HasOne<Office>().WithMany().HasForeignKey(r => r.OfficeCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceDefinition>().WithMany().HasForeignKey(r => r.ServiceCode).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(r => r.IsClosed);
        builder.Ignore(r => r.ActiveClock);
        builder.OwnsOne(r => r.VerifyClock, ConfigureClock);
        builder.OwnsOne(r => r.CompletionClock, ConfigureClock);
    }

    private static void ConfigureClock<TOwner>(OwnedNavigationBuilder<TOwner, ClockState> clock)
        where TOwner : class
    {
        clock.Ignore(c => c.IsRunning);
        clock.Ignore(c => c.IsPaused);
        clock.HasIndex(c => c.NextLevelAt);
    }
}

internal sealed class RequestEventConfiguration : IEntityTypeConfiguration<RequestEvent>
{
    public void Configure(EntityTypeBuilder<RequestEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.OfficeCode).HasMaxLength(16);
        builder.Property(e => e.ActorId).HasMaxLength(64);
        builder.Property(e => e.ActorName).HasMaxLength(RequestLimits.Name);
        builder.Property(e => e.Note).HasMaxLength(RequestLimits.Note);
        builder.HasIndex(e => new { e.RequestId, e.Id });
        builder.HasIndex(e => new { e.OfficeCode, e.Id });
        builder.HasOne<ServiceRequest>().WithMany().HasForeignKey(e => e.RequestId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.Property(u => u.FullName).HasMaxLength(RequestLimits.Name);
        builder.Property(u => u.OfficeCode).HasMaxLength(16);
        builder.HasOne<Office>().WithMany().HasForeignKey(u => u.OfficeCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class HolidayConfiguration : IEntityTypeConfiguration<Holiday>
{
    public void Configure(EntityTypeBuilder<Holiday> builder)
    {
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Name).HasMaxLength(200);
        builder.HasIndex(h => h.Date);
    }
}

internal sealed class SlaEscalationConfiguration : IEntityTypeConfiguration<SlaEscalation>
{
    public void Configure(EntityTypeBuilder<SlaEscalation> builder)
    {
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => new { e.RequestId, e.Clock, e.Cycle, e.Level }).IsUnique();
        builder.HasOne<ServiceRequest>().WithMany().HasForeignKey(e => e.RequestId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<Notifications.OutboxMessage>
{
    public void Configure(EntityTypeBuilder<Notifications.OutboxMessage> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Recipient).HasMaxLength(254);
        builder.Property(m => m.RecipientUserId).HasMaxLength(64);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.Body).HasMaxLength(4000);
        builder.Property(m => m.Kind).HasMaxLength(64);
        builder.Property(m => m.TrackingCode).HasMaxLength(14);
        builder.Property(m => m.LastError).HasMaxLength(500);
        builder.Property(m => m.DeduplicationKey).HasMaxLength(200);
        builder.HasIndex(m => m.DeduplicationKey).IsUnique();
        builder.HasIndex(m => new { m.SentAt, m.FailedAt, m.NextAttemptAt });
    }
}

internal sealed class InAppNotificationConfiguration : IEntityTypeConfiguration<Notifications.InAppNotification>
{
    public void Configure(EntityTypeBuilder<Notifications.InAppNotification> builder)
    {
        builder.HasKey(n => n.Id);
        builder.Property(n => n.UserId).HasMaxLength(64);
        builder.Property(n => n.Title).HasMaxLength(300);
        builder.Property(n => n.Body).HasMaxLength(4000);
        builder.Property(n => n.Kind).HasMaxLength(64);
        builder.Property(n => n.TrackingCode).HasMaxLength(14);
        builder.Property(n => n.DeduplicationKey).HasMaxLength(200);
        builder.HasIndex(n => n.DeduplicationKey).IsUnique();
        builder.HasIndex(n => new { n.UserId, n.ReadAt, n.Id });
    }
}

internal sealed class StoredSettingConfiguration : IEntityTypeConfiguration<StoredSetting>
{
    public void Configure(EntityTypeBuilder<StoredSetting> builder)
    {
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(100);
        builder.Property(s => s.Value).HasMaxLength(2000);
    }
}
