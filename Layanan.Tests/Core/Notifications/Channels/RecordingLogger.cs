using Microsoft.Extensions.Logging;

namespace Layanan.Tests.Core.Notifications.Channels;

/// <summary>An <see cref="ILogger{T}"/> that keeps every entry with its formatted message, for assertions.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly Lock gate = new();
    private readonly List<Entry> entries = [];

    public sealed record Entry(LogLevel Level, EventId EventId, string Message, Exception? Exception);

    public IReadOnlyList<Entry> Entries
    {
        get
        {
            lock (gate)
            {
                return [.. entries];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (gate)
        {
            entries.Add(new Entry(logLevel, eventId, formatter(state, exception), exception));
        }
    }
}
