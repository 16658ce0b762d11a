namespace Layanan.Core.Requests;

/// <summary>Where a request came from.</summary>
public enum RequestChannel
{
    /// <summary>The resident pages.</summary>
    Online = 1,

    /// <summary>Registered by an officer at the counter (loket).</summary>
    WalkIn = 2,

    /// <summary>The HTTP API.</summary>
    Api = 3,
}
