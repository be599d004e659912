using Summarizer.Pipeline;

namespace Summarizer.Host.Cli;

/// <summary>Shows a run's progress on stderr: one updating line on a terminal, a line per tenth when redirected.</summary>
internal sealed class ConsoleProgress : IProgress<RunProgress>
{
    private readonly bool _interactive = !Console.IsErrorRedirected;
    private int _lastTenth = -1;
    private string _lastStage = "";

    public void Report(RunProgress value)
    {
        int tenth = value.SectionsTotal == 0 ? 10 : value.SectionsDone * 10 / value.SectionsTotal;
        if (_interactive)
        {
            Console.Error.Write($"\r{value.Stage,-9} {value.SectionsDone}/{value.SectionsTotal} sections   ");
            if (value.Stage == "assemble") Console.Error.WriteLine();
        }
        else if (tenth != _lastTenth || value.Stage != _lastStage)
        {
            Console.Error.WriteLine($"{value.Stage}: {value.SectionsDone}/{value.SectionsTotal} sections");
        }
        _lastTenth = tenth;
        _lastStage = value.Stage;
    }
}
