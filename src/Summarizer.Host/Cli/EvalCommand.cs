using System.CommandLine;
using System.Text.Json;
using Summarizer.Evaluation;
using Summarizer.Extraction;

namespace Summarizer.Host.Cli;

/// <summary>
/// <c>summarizer eval --corpus DIR</c>: runs sections → offline extract → verify over every report of an evaluation
/// corpus (reports with <c>&lt;id&gt;.gold.json</c> beside them, see bench/eval/README.md) and prints recall and
/// precision per kind, then each miss and false flag as file:line. Needs no store or configuration.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "Folder of reports with <id>.gold.json beside each (e.g. bench/eval/dev)", Required = true };
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("eval", "Score the offline engine against an evaluation corpus's gold files") { corpus, format };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(async () =>
        {
            var score = await new CorpusEvaluator(new OfflineExtractor()).EvaluateAsync(parse.GetValue(corpus)!, ct);
            Console.Out.Write(parse.GetValue(format) == "json"
                ? JsonSerializer.Serialize(score, new JsonSerializerOptions(GoldLoader.Json) { WriteIndented = true }) + Environment.NewLine
                : ScoreText.Table(score));
            return CliErrors.Ok;
        }));
        return command;
    }
}
