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
            var configuration = host.Services.GetRequiredService<IConfiguration>();
            var settings = host.Services.GetRequiredService<IOptions<SummarizerOptions>>().Value;
            var inputDir = parse.GetValue(input) ?? settings.Input;
            if (!Directory.Exists(inputDir))
            {
                var from = parse.GetValue(input) is not null ? "--input" : ConfigurationSource.Of(configuration, $"{SummarizerOptions.SectionName}:Input");
                throw new DirectoryNotFoundException($"input folder '{inputDir}' (from {from}) does not exist; pass --input DIR with one folder per ISO week (e.g. DIR/2024-W26/team.md).");
            }
            var request = new RunRequest
            {
                InputDir = inputDir,
                Week = parse.GetValue(week) is { } w ? IsoWeek.Parse(w) : null,
                OutDir = parse.GetValue(output),
                Engine = parse.GetValue(engine)!,
                Teams = parse.GetValue(teams) ?? [],
                NoCache = parse.GetValue(noCache),
            };

            var connection = configuration[StoreServiceCollectionExtensions.ConfigKey];
            var newStoreFile = StoreLocation.SqliteFile(connection) is { } file && !File.Exists(file) ? file : null;
            try
            {
                await host.Services.GetRequiredService<IDigestStore>().InitializeAsync(ct);
                var outcome = await host.Services.GetRequiredService<DigestPipeline>().RunAsync(request, progress: new ConsoleProgress(), ct: ct);
                RunSummary.Print(outcome, host.Services.GetRequiredService<IOptions<LlmOptions>>().Value, StoreLocation.Describe(connection));
                return CliErrors.Ok;
            }
            catch (Exception) when (newStoreFile is not null)
            {
                // A first run that failed leaves no store behind: it would hold nothing but the failed run's record.
                (host.Services.GetRequiredService<IDigestStore>() as IDisposable)?.Dispose();
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                foreach (var f in new[] { newStoreFile, newStoreFile + "-wal", newStoreFile + "-shm", newStoreFile + "-journal" }) File.Delete(f);
                throw;
            }
        }));
        return command;
    }
}
