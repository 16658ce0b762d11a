using System.ComponentModel.DataAnnotations;

namespace Layanan.Core.Notifications;

/// <summary>Settings under <c>Layanan:Notifications</c>.</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Layanan:Notifications";

    /// <summary>Attempts per message before it is marked failed.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Public address of the resident pages, used in links inside messages.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>Working days a ready letter may wait before the resident is reminded to collect it.</summary>
    [Range(1, 30)]
    public int UncollectedAfterWorkingDays { get; set; } = 3;
}
