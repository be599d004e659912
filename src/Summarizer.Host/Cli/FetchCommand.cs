using System.CommandLine;
using Summarizer.Gather.Sources;
using Summarizer.Store;

namespace Summarizer.Host.Cli;

/// <summary>
/// <c>summarizer fetch</c>: reads the mailbox (<c>Summarizer:Mailbox</c>) into the store without running the digest.
/// Prints one line (<c>mailbox: 7 new reports, 1 refused (unknown sender x@y)</c>) and one line per refused mail.
/// </summary>
internal static class FetchCommand
{
    public static Command Create()
    {
        var week = new Option<string?>("--week") { Description = "ISO week, e.g. 2024-W26 (default: every mail since last week's Monday, each under its own week)" };
        var store = CommonOptions.Store();
        var command = new Command("fetch", "Fetch the reports mailed to Summarizer:Mailbox into the store (idempotent by Message-Id)") { week, store };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(async () =>
        {
            var only = parse.GetValue(week) is { } w ? IsoWeek.Parse(w) : (IsoWeek?)null;
            using var host = CliHost.Build(CommonOptions.Flags(parse.GetValue(store)));
            await host.Services.GetRequiredService<IDigestStore>().InitializeAsync(ct);
            var result = await host.Services.GetRequiredService<MailboxFetcher>().FetchAsync(only, ct);
            Console.WriteLine(result.ToString());
            foreach (var r in result.Refused)
                Console.WriteLine($"refused {r.Week?.ToString() ?? "(week unknown)"} {r.Provenance.Sender ?? "(no sender)"} \"{r.Provenance.Subject}\": {r.Reason}");
            return CliErrors.Ok;
        }));
        return command;
    }
}
