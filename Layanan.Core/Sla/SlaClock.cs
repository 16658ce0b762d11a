namespace Layanan.Core.Sla;

/// <summary>The two service-level clocks of a request.</summary>
public enum SlaClock
{
    /// <summary>From submission to the first verification decision (verified, returned or rejected).</summary>
    Verify = 1,

    /// <summary>From papers verified complete to Siap Diambil; paused while the request waits on the resident.</summary>
    Completion = 2,
}
