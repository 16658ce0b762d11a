using System.ComponentModel.DataAnnotations;

namespace Layanan.Blazor;

/// <summary>Web-facing settings under <c>Layanan</c>: tokens and the reverse proxy in front of the app.</summary>
public sealed class WebOptions
{
    public const string SectionName = "Layanan";

    /// <summary>How long an API access token from <c>POST /api/v1/auth/token</c> stays valid, in hours.</summary>
    [Range(1, 168)]
    public int TokenLifetimeHours { get; set; } = 8;

    /// <summary>Path prefix when the app is served below a folder by a reverse proxy, e.g. <c>/layanan</c>.</summary>
    public string? PathBase { get; set; }

    public ReverseProxyOptions ReverseProxy { get; set; } = new();

    public sealed class ReverseProxyOptions
    {
        /// <summary>IP addresses of proxies whose X-Forwarded-* headers are trusted (loopback is always trusted).</summary>
        public string[] KnownProxies { get; set; } = [];

        /// <summary>Networks in CIDR form whose proxies are trusted, e.g. <c>10.0.0.0/8</c>.</summary>
        public string[] KnownNetworks { get; set; } = [];
    }
}
