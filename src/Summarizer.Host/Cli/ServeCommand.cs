using System.CommandLine;

namespace Summarizer.Host.Cli;

/// <summary><c>summarizer serve</c>: the worker, the HTTP API and the review pages until SIGINT/SIGTERM.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = "Addresses to listen on (default http://127.0.0.1:5080)" };
        var command = new Command("serve", "Run the weekly schedule, the HTTP API and the review pages") { urls };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, ct) => CliErrors.GuardAsync(() =>
            throw new NotSupportedException("serve lands with the API")));
        return command;
    }
}
