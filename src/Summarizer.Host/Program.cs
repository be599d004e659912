using System.CommandLine;
using System.Text;
using Summarizer.Host.Cli;

// Chinese report text must reach a terminal intact whatever its locale.
Console.OutputEncoding = Encoding.UTF8;

var root = new RootCommand("Summarizer: one trustworthy executive digest from many teams' weekly reports")
{
    RunCommand.Create(),
    ServeCommand.Create(),
    ItemsCommand.Create(),
    EvalCommand.Create(),
};
return await root.Parse(args).InvokeAsync();

/// <summary>Entry point type, visible to tests.</summary>
public partial class Program;
