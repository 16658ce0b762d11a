using System.Collections.Immutable;
using Layanan.Core.Access;
using Microsoft.Extensions.Logging;

namespace Layanan.Core.Realtime;

/// <summary>
/// The single-instance board feed. Subscriptions are kept per office in immutable arrays, so publishing
/// takes no lock and a slow subscriber cannot hold up the others: each handler only queues its work.
/// </summary>
public sealed class InProcessRequestFeed(OfficeDirectory offices, ILogger<InProcessRequestFeed> logger) : IRequestFeed
{
    private readonly Lock _gate = new();
    private ImmutableDictionary<string, ImmutableArray<Subscription>> _byOffice =
        ImmutableDictionary.Create<string, ImmutableArray<Subscription>>(StringComparer.Ordinal);

    public void Publish(RequestChanged change)
    {
        var snapshot = _byOffice;
        var delivered = new HashSet<Subscription>(ReferenceEqualityComparer.Instance);

        foreach (var office in offices.SelfAndAncestors(change.OfficeCode))
        {
            if (!snapshot.TryGetValue(office, out var subscribers))
            {
                continue;
            }

            foreach (var subscription in subscribers)
            {
                if (!delivered.Add(subscription))
                {
                    continue;
                }

                try
                {
                    subscription.Handler(change);
                }
                catch (Exception exception)
                {
                    RealtimeLog.SubscriberFailed(logger, exception, change.TrackingCode, change.EventId);
                }
            }
        }
    }

    public IDisposable Subscribe(IReadOnlyCollection<string> officeCodes, Action<RequestChanged> handler)
    {
        var subscription = new Subscription(this, [.. officeCodes.Distinct(StringComparer.Ordinal)], handler);
        lock (_gate)
        {
            var builder = _byOffice.ToBuilder();
            foreach (var office in subscription.Offices)
            {
                builder[office] = builder.TryGetValue(office, out var list) ? list.Add(subscription) : [subscription];
            }

            _byOffice = builder.ToImmutable();
        }

        return subscription;
    }

    private void Remove(Subscription subscription)
    {
        lock (_gate)
        {
            var builder = _byOffice.ToBuilder();
            foreach (var office in subscription.Offices)
            {
                if (!builder.TryGetValue(office, out var list))
                {
                    continue;
                }

                var remaining = list.Remove(subscription);
                if (remaining.IsEmpty)
                {
                    builder.Remove(office);
                }
                else
                {
                    builder[office] = remaining;
                }
            }

            _byOffice = builder.ToImmutable();
        }
    }

    private sealed class Subscription(InProcessRequestFeed feed, string[] offices, Action<RequestChanged> handler) : IDisposable
    {
        private int _disposed;

        public string[] Offices { get; } = offices;

        public Action<RequestChanged> Handler { get; } = handler;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                feed.Remove(this);
            }
        }
    }
}
