using System.CommandLine;
using Summarizer.Pipeline;

namespace Summarizer.Host.Cli;

/// <summary>Flags shared by verbs, and how they map onto configuration keys.</summary>
internal static class CommonOptions
{
    public static Option<string?> Store() =>
        new("--store") { Description = "Store connection string (default: Summarizer:Store, a SQLite file summarizer.db)" };

    public static Dictionary<string, string?> Flags(string? store) => new()
    {
        [$"{SummarizerOptions.SectionName}:Store"] = store,
    };
}
