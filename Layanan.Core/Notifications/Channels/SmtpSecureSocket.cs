namespace Layanan.Core.Notifications.Channels;

/// <summary>How the email channel secures its connection to the SMTP server.</summary>
public enum SmtpSecureSocket
{
    /// <summary>Plain SMTP without TLS, for a relay on the same host or a trusted network.</summary>
    None,

    /// <summary>
    /// Upgrades with STARTTLS when the server offers it and stays unencrypted otherwise, so an attacker
    /// on the network can strip it. Prefer <see cref="StartTls"/> for a server on another network.
    /// </summary>
    StartTlsWhenAvailable,

    /// <summary>Requires STARTTLS and fails when the server does not offer it (submission port 587).</summary>
    StartTls,

    /// <summary>Opens TLS before any SMTP command (SMTPS, port 465).</summary>
    SslOnConnect,
}
