namespace Layanan.Core.Data;

/// <summary>
/// A value the application keeps with its data rather than in configuration, e.g. the fingerprint of the
/// rules the stored deadlines were computed with.
/// </summary>
public sealed class StoredSetting(string key, string value)
{
    /// <summary>The key of the calendar rules the open requests' deadlines were last computed with.</summary>
    public const string DeadlineRules = "calendar.deadline-rules";

    public string Key { get; private set; } = key;

    public string Value { get; set; } = value;
}
