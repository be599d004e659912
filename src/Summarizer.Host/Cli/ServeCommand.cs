using System.CommandLine;
using Summarizer.Host.Serve;

namespace Summarizer.Host.Cli;

/// <summary><c>summarizer serve</c>: the worker, the HTTP API and the review pages until SIGINT/SIGTERM.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = $"Addresses to listen on (default {SummarizerWebApp.DefaultUrls})" };
        var command = new Command("serve", "Run the weekly schedule, the HTTP API and the review pages") { urls };
        command.TreatUnmatchedTokensAsErrors = false; // other host flags (--environment, --Summarizer:Input=...) pass through
        command.SetAction((parse, ct) => CliErrors.GuardAsync(async () =>
        {
            var args = new List<string>(parse.UnmatchedTokens);
            if (parse.GetValue(urls) is { } u) args.AddRange(["--urls", u]);
            await using var app = SummarizerWebApp.Create([.. args]);
            await ((IHost)app).RunAsync(ct);
            return CliErrors.Ok;
        }));
        return command;
    }
}
