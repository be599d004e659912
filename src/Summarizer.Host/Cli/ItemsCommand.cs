using System.CommandLine;
using System.Text.Json;
using Summarizer.Digest;
using Summarizer.Store;

namespace Summarizer.Host.Cli;

/// <summary><c>summarizer items</c>: list stored items (reviews applied) as a table, JSON or CSV.</summary>
internal static class ItemsCommand
{
    public static Command Create()
    {
        var week = new Option<string?>("--week") { Description = "ISO week (default: the newest stored week)" };
        var team = new Option<string?>("--team") { Description = "Only this team" };
        var kind = new Option<string?>("--kind") { Description = "risk, delay, metric, incident or plan" };
        kind.AcceptOnlyFromAmong("risk", "delay", "metric", "incident", "plan");
        var format = new Option<string>("--format") { Description = "table, json or csv", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var store = CommonOptions.Store();

        var command = new Command("items", "List the items stored for a week") { week, team, kind, store, format };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(async () =>
        {
            using var host = CliHost.Build(CommonOptions.Flags(parse.GetValue(store)));
            var connection = host.Services.GetRequiredService<IConfiguration>()[StoreServiceCollectionExtensions.ConfigKey];
            if (StoreLocation.SqliteFile(connection) is { } file && !File.Exists(file)) // reading must not create an empty store
                throw new Pipeline.NothingToDigestException($"no store at {file}; run `summarizer run --input DIR` there first, or pass --store.");
            var db = host.Services.GetRequiredService<IDigestStore>();
            await db.InitializeAsync(ct);
            var stored = (await db.ListWeeksAsync(ct)).Order().ToList();
            var weekText = parse.GetValue(week) is { } w ? IsoWeek.Parse(w).ToString() : stored.LastOrDefault();
            if (weekText is null || stored.Count == 0)
                throw new Pipeline.NothingToDigestException($"the store ({StoreLocation.Describe(connection)}) holds no week yet; run `summarizer run --input DIR` first, or pass --store.");
            if (!stored.Contains(weekText))
                throw new Pipeline.NothingToDigestException($"no week {weekText} in the store; stored weeks: {string.Join(", ", stored)}.");
            if (parse.GetValue(team) is { } teamName)
            {
                var teams = (await db.GetItemsAsync(new ItemQuery(weekText, null, null), ct)).Select(i => i.Team).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
                if (!teams.Contains(teamName, StringComparer.OrdinalIgnoreCase))
                    throw new Pipeline.NothingToDigestException($"no items of team '{teamName}' in {weekText}; teams with items: {string.Join(", ", teams)}.");
            }
            ItemKind? kindFilter = parse.GetValue(kind) is { } k ? Enum.Parse<ItemKind>(k, ignoreCase: true) : null;
            var items = await db.GetItemsAsync(new ItemQuery(weekText, parse.GetValue(team), kindFilter), ct);
            Console.Out.Write(parse.GetValue(format) switch
            {
                "json" => JsonSerializer.Serialize(items, SummarizerJson.Indented) + Environment.NewLine,
                "csv" => ItemsCsvWriter.Write(weekText, items),
                _ => Table(weekText, items),
            });
            return CliErrors.Ok;
        }));
        return command;
    }

    private static string Table(string week, IReadOnlyList<ExtractedItem> items)
    {
        var sb = new System.Text.StringBuilder($"{week}: {items.Count} items{Environment.NewLine}");
        foreach (var i in items)
        {
            var summary = i.Summary.Length > 60 ? i.Summary[..60] + "…" : i.Summary;
            sb.AppendLine($"{i.Id}  {i.Kind.ToString().ToLowerInvariant(),-8} {(i.Severity?.ToString().ToLowerInvariant() ?? "-"),-6} {i.Status.ToString().ToLowerInvariant(),-9} {i.Team,-14} {summary}  ({i.Source.File}:{i.Source.Line})");
        }
        return sb.ToString();
    }
}
