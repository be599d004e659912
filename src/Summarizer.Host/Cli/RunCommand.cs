using System.CommandLine;
using Microsoft.Extensions.Options;
using Summarizer.AI;
using Summarizer.Pipeline;
using Summarizer.Store;

namespace Summarizer.Host.Cli;

/// <summary><c>summarizer run</c>: digest one week from a folder of reports.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var input = new Option<string?>("--input") { Description = "Folder of weekly report folders (default: Summarizer:Input)" };
        var week = new Option<string?>("--week") { Description = "ISO week, e.g. 2024-W26 (default: from the folder name or the text)" };
        var output = new Option<string?>("--out") { Description = "Output folder (default: out/<week>/)" };
        var engine = new Option<string>("--engine") { Description = "auto, offline or llm", DefaultValueFactory = _ => "auto" };
        engine.AcceptOnlyFromAmong("auto", "offline", "llm");
        var store = CommonOptions.Store();
        var teams = new Option<string[]>("--team") { Description = "Only this team (repeatable)", AllowMultipleArgumentsPerToken = false };
        var noCache = new Option<bool>("--no-cache") { Description = "Extract every section again instead of reusing stored results" };

        var command = new Command("run", "Gather, extract, verify, compare and write digest.md, digest.html and items.json")
        {
            input, week, output, engine, store, teams, noCache,
        };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(async () =>
        {
            var flags = CommonOptions.Flags(parse.GetValue(store));
            using var host = CliHost.Build(flags);
            var settings = host.Services.GetRequiredService<IOptions<SummarizerOptions>>().Value;
            await host.Services.GetRequiredService<IDigestStore>().InitializeAsync(ct);
            var request = new RunRequest
            {
                InputDir = parse.GetValue(input) ?? settings.Input,
                Week = parse.GetValue(week) is { } w ? IsoWeek.Parse(w) : null,
                OutDir = parse.GetValue(output),
                Engine = parse.GetValue(engine)!,
                Teams = parse.GetValue(teams) ?? [],
                NoCache = parse.GetValue(noCache),
            };
            if (!Directory.Exists(request.InputDir))
                throw new DirectoryNotFoundException($"input folder '{request.InputDir}' does not exist; pass --input DIR with one folder per ISO week (e.g. DIR/2024-W26/team.md).");

            var outcome = await host.Services.GetRequiredService<DigestPipeline>().RunAsync(request, progress: new ConsoleProgress(), ct: ct);
            RunSummary.Print(outcome, host.Services.GetRequiredService<IOptions<LlmOptions>>().Value);
            return CliErrors.Ok;
        }));
        return command;
    }
}
