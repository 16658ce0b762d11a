namespace Layanan.Core.Identity;

/// <summary>The signed-in staff member on whose behalf a Core service acts.</summary>
public sealed record StaffActor(string UserId, string DisplayName, StaffRole Role, string OfficeCode);
