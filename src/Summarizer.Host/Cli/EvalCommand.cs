using System.CommandLine;
using System.Text.Json;
using Summarizer.Evaluation;
using Summarizer.Extraction;

namespace Summarizer.Host.Cli;

/// <summary>
/// <c>summarizer eval --corpus DIR</c>: runs sections → offline extract → verify over every report of an evaluation
/// corpus (reports with <c>&lt;id&gt;.gold.json</c> beside them, see bench/eval/README.md) and prints recall and
/// precision per kind, then each miss and false flag as file:line. Needs no store or configuration. With
/// <c>--engine llm</c> the configured model (Summarizer:Llm, as <c>run</c> reads it) extracts instead, through the same
/// verifier, so an analyst sees what a model finds on reports with a known answer and how much of what it claimed the
/// verifier refused.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "Folder of reports with <id>.gold.json beside each (e.g. bench/eval/dev)", Required = true };
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var engine = new Option<string>("--engine") { Description = "offline (the rules, default) or llm (the configured model)", DefaultValueFactory = _ => "offline" };
        engine.AcceptOnlyFromAmong("offline", "llm");
        var command = new Command("eval", "Score an engine against an evaluation corpus's gold files") { corpus, format, engine };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(async () =>
        {
            // The offline rules need no host; a model is configured as for `run` (appsettings.json, environment).
            using var host = parse.GetValue(engine) == "llm" ? CliHost.Build(new Dictionary<string, string?>()) : null;
            var extractor = host?.Services.GetRequiredService<Summarizer.Pipeline.ExtractorCatalog>().Resolve("llm") ?? new OfflineExtractor();
            var score = await new CorpusEvaluator(extractor).EvaluateAsync(parse.GetValue(corpus)!, ct);
            Console.Out.Write(parse.GetValue(format) == "json"
                ? JsonSerializer.Serialize(score, new JsonSerializerOptions(GoldLoader.Json) { WriteIndented = true }) + Environment.NewLine
                : ScoreText.Table(score));
            return CliErrors.Ok;
        }));
        return command;
    }
}
