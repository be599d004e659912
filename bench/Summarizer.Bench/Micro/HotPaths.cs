using BenchmarkDotNet.Attributes;
using Summarizer.Extraction;
using Summarizer.Sections;
using Summarizer.Tests.Robustness.Corpus;
using Summarizer.Text;
using Summarizer.Verification;

namespace Summarizer.Bench.Micro;

/// <summary>Hot paths per report: splitting into sections, offline extraction of every unit, locating a quote.</summary>
[Config(typeof(ShortInProcessConfig))]
[MemoryDiagnoser]
public class HotPaths
{
    private readonly SectionParser _parser = new();
    private readonly OfflineExtractor _offline = new();
    private ReportDocument _report = null!;
    private List<ReportSection> _units = null!;
    private List<(int Number, string Text)> _lines = null!;
    private string _quote = "", _reflowedQuote = "";

    /// <summary>zh: the Notion-style Chinese report; en: the English one with a status table.</summary>
    [Params("zh", "en")]
    public string Language { get; set; } = "zh";

    [GlobalSetup]
    public void Setup()
    {
        var week = new IsoWeek(2024, 26);
        var text = new TeamReportCorpus().Report(week, Language == "zh" ? 0 : 1);
        var lines = text.Split('\n');
        _report = new ReportDocument
        {
            Team = "team", File = "2024-W26/team.md", Encoding = "utf-8", Format = "md", Lines = lines, Week = week, ContentHash = "",
        };
        _units = _parser.Parse(_report).HeadingUnits().ToList();
        var largest = _units.OrderByDescending(u => u.OwnEndLine - u.StartLine).First();
        _lines = largest.OwnLines().ToList();
        var last = _lines.Last(l => l.Text.Trim().Length > 12).Text.Trim();
        _quote = last[^12..];
        _reflowedQuote = string.Join("  ", _quote.Split(' ')).ToUpperInvariant(); // forces the folded comparison
    }

    [Benchmark]
    public ReportSection ParseSections() => _parser.Parse(_report);

    [Benchmark]
    public int ExtractReport()
    {
        int n = 0;
        foreach (var unit in _units) n += _offline.Extract(unit).Count;
        return n;
    }

    [Benchmark]
    public QuoteLocator.Match? LocateQuoteExact() => QuoteLocator.Find(_lines, _quote);

    [Benchmark]
    public QuoteLocator.Match? LocateQuoteFolded() => QuoteLocator.Find(_lines, _reflowedQuote);
}
