using Layanan.Core.Catalog;
using Layanan.Core.Identity;
using Layanan.Core.Offices;
using Layanan.Core.Requests;
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
