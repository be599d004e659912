using System.CommandLine;
using System.Text;
using System.Text.RegularExpressions;
using Summarizer.Host.Cli;

// Chinese report text must reach a terminal intact whatever its locale.
Console.OutputEncoding = Encoding.UTF8;

var root = new RootCommand("Summarizer: one trustworthy executive digest from many teams' weekly reports")
{
    RunCommand.Create(),
    FetchCommand.Create(),
    ServeCommand.Create(),
    ItemsCommand.Create(),
    EvalCommand.Create(),
};
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    // A misspelled flag or value is a usage error: one line and exit 2, not the help page and 1.
    var what = string.Join(" ", parsed.Errors.Select(e => Regex.Replace(e.Message, @"\s+", " ").Trim().TrimEnd('.') + "."));
    var help = parsed.CommandResult.Command == root ? "summarizer --help" : $"summarizer {parsed.CommandResult.Command.Name} --help";
    await Console.Error.WriteLineAsync($"summarizer: {what} See `{help}`.");
    return CliErrors.Usage;
}
return await parsed.InvokeAsync();

/// <summary>Entry point type, visible to tests.</summary>
public partial class Program;
