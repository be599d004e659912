using Summarizer;
using Summarizer.Bench.Evaluation;
using Summarizer.Bench.Llm;
using Summarizer.Bench.Micro;
using Summarizer.Bench.Offline;
using Summarizer.Bench.Reporting;

// dotnet run -c Release --project bench/Summarizer.Bench -- [offline|perreport|llm|micro|eval|all]
var mode = args.FirstOrDefault(a => !a.StartsWith('-'))?.ToLowerInvariant() ?? "all";
if (mode is not ("offline" or "perreport" or "llm" or "micro" or "eval" or "all"))
{
    Console.Error.WriteLine($"Unknown mode '{mode}': use offline, perreport, llm, micro, eval or all.");
    return 2;
}

var week = new IsoWeek(2024, 26);
var rows = new List<ResultRow>();
var notes = new List<string>();
var started = DateTimeOffset.UtcNow;
var machine = MachineInfo.Describe() + " at the start";
if (mode is "offline" or "all") rows.AddRange(await new OfflineBench(week).RunAsync(notes));
if (mode is "perreport" or "all") rows.AddRange(new PerReportBench(week).Run(notes));
if (mode is "llm" or "all") rows.AddRange(await new LlmBench(week, LlmBenchSettings.FromArgs(args)).RunAsync(notes));
if (mode is "micro" or "all") rows.AddRange(MicroBench.Run(notes));
if (mode is "eval" or "all") rows.AddRange(await EvalBench.RunAsync(notes));

var section = ResultsFile.Render(mode, rows, notes, started, $"{machine}{MachineInfo.LoadAverage()} at the end");
Console.WriteLine();
Console.WriteLine(section);
Console.WriteLine($"Appended to {ResultsFile.Append(section)}");
return 0;
