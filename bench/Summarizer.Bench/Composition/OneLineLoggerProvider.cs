using Microsoft.Extensions.Logging;

namespace Summarizer.Bench.Composition;

/// <summary>
/// Warnings and errors as one line each on stderr, without stack traces (a throttled or dead endpoint logs one per
/// call), counted so the results can say how many there were.
/// </summary>
public sealed class OneLineLoggerProvider : ILoggerProvider
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public ILogger CreateLogger(string categoryName) => new Line(this, categoryName);

    public void Dispose() { }

    private sealed class Line(OneLineLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            Interlocked.Increment(ref owner._count);
            var text = formatter(state, exception).ReplaceLineEndings(" ");
            Console.Error.WriteLine($"{logLevel.ToString()[..4].ToLowerInvariant()}: {category}: {(text.Length > 300 ? text[..300] + "…" : text)}");
        }
    }
}
