namespace Summarizer.Host.Cli;

/// <summary>
/// The generic host logs a failed start or a crashed background service, and Semantic Kernel every failed prompt call,
/// with its stack trace at Error/Critical, while Summarizer itself says the same thing in one line (<see cref="CliErrors"/>,
/// the LLM engine's fallback and endpoint messages). Those entries are kept only when <c>Logging:LogLevel:Default</c>
/// is Debug or Trace, where stack traces belong.
/// </summary>
internal static class HostFailureLogging
{
    private static readonly string[] RepeatingCategories = ["Microsoft.Extensions.Hosting.Internal.Host", "Microsoft.SemanticKernel"];

    public static ILoggingBuilder AddHostFailureFilter(this ILoggingBuilder logging, IConfiguration configuration)
    {
        bool debug = Enum.TryParse<LogLevel>(configuration["Logging:LogLevel:Default"], ignoreCase: true, out var level) && level <= LogLevel.Debug;
        // A category rule replaces the configured level for its categories ("Microsoft": "Warning" in appsettings.json):
        // warnings stay, what repeats a one-line error goes.
        if (!debug)
            foreach (var category in RepeatingCategories) logging.AddFilter(category, lvl => lvl == LogLevel.Warning);
        return logging;
    }
}
