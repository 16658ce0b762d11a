using System.ComponentModel.DataAnnotations;

namespace Layanan.Core.Data;

/// <summary>Settings under <c>Layanan</c> in appsettings.json (environment variables: <c>Layanan__DataDirectory</c>).</summary>
public sealed class LayananOptions
{
    public const string SectionName = "Layanan";

    /// <summary>
    /// Folder of the SQLite databases and the data-protection keys. A relative path is resolved against
    /// the app's content root; the default is <c>data</c>.
    /// </summary>
    [Required]
    public string DataDirectory { get; set; } = "data";
}
