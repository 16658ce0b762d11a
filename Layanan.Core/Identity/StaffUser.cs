using Microsoft.AspNetCore.Identity;

namespace Layanan.Core.Identity;

/// <summary>A staff account. Every account belongs to exactly one office and holds one role.</summary>
public sealed class StaffUser : IdentityUser
{
    public string FullName { get; set; } = "";

    /// <summary>Kemendagri code of the office the account works at.</summary>
    public string OfficeCode { get; set; } = "";

    /// <summary>Whether reminders and escalations may reach this person outside office hours.</summary>
    public bool NotifyOutsideOfficeHours { get; set; }

    /// <summary>Whether the account was created by demo mode, so it can be told apart and removed.</summary>
    public bool IsDemo { get; set; }
}
