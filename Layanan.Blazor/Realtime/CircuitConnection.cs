using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Layanan.Blazor.Realtime;

/// <summary>
/// Tells the components of one circuit when its connection comes back after a drop, so a board can
/// resynchronise from the database and miss nothing that happened during the gap.
/// </summary>
public sealed class CircuitConnection
{
    public event Action? Reconnected;

    internal void RaiseReconnected() => Reconnected?.Invoke();
}

/// <summary>Raises <see cref="CircuitConnection.Reconnected"/> on every connection-up after the first.</summary>
public sealed class CircuitConnectionHandler(CircuitConnection connection) : CircuitHandler
{
    private int _connections;

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _connections) > 1)
        {
            connection.RaiseReconnected();
        }

        return Task.CompletedTask;
    }
}
