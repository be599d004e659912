using Microsoft.Extensions.Logging;

namespace Summarizer.AI;

/// <summary>
/// The loggers the Kernel gets: Semantic Kernel logs a failed function at Error with its stack trace, while the
/// extractor and the summary writer already say the outcome in one Warning line of ours. SK's own lines (Information
/// and above) are lowered to Debug, where the stack traces belong.
/// </summary>
internal sealed class KernelLogLevels(ILoggerFactory inner) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new Lowered(inner.CreateLogger(categoryName));

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() { } // the host owns the inner factory

    private sealed class Lowered(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(Map(logLevel));

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            inner.Log(Map(logLevel), eventId, state, exception, formatter);

        private static LogLevel Map(LogLevel level) => level is >= LogLevel.Information and < LogLevel.None ? LogLevel.Debug : level;
    }
}
