namespace Layanan.Core.Notifications;

/// <summary>A staff member to notify, with what the notifier needs to reach them.</summary>
public sealed record StaffRecipient(string UserId, string? Email, bool NotifyOutsideOfficeHours);
