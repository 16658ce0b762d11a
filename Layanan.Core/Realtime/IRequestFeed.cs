namespace Layanan.Core.Realtime;

/// <summary>
/// The board feed: the one source of live updates for boards, hub clients and dashboards. It is a fast
/// path; the audit events in the database remain the truth, and subscribers resynchronise from them
/// after a gap.
/// </summary>
public interface IRequestFeed
{
    /// <summary>Hands the change to every subscriber of its office and of the offices above it, without waiting.</summary>
    void Publish(RequestChanged change);

    /// <summary>
    /// Subscribes to changes of the given offices. The handler runs on the publisher's thread and must
    /// return quickly (a Blazor component hands the work to its circuit with <c>InvokeAsync</c>).
    /// Dispose the result to unsubscribe.
    /// </summary>
    IDisposable Subscribe(IReadOnlyCollection<string> officeCodes, Action<RequestChanged> handler);
}
