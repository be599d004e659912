namespace Summarizer.Sections;

/// <summary>Step 2: splits a report into a tree of sections with exact line ranges.</summary>
public sealed class SectionParser
{
    public ReportSection Parse(ReportDocument report)
    {
        // Minimal first version: Markdown ATX headings only.
        var root = new ReportSection { Report = report, Kind = SectionKind.Document, Title = "", Level = 0, StartLine = 1, EndLine = report.Lines.Count };
        var stack = new Stack<ReportSection>();
        stack.Push(root);
        for (int n = 1; n <= report.Lines.Count; n++)
        {
            var line = report.Line(n).TrimStart();
            if (!line.StartsWith('#')) continue;
            int level = line.TakeWhile(c => c == '#').Count();
            var title = line[level..].Trim();
            if (title.Length == 0) continue;
            while (stack.Peek().Kind == SectionKind.Heading && stack.Peek().Level >= level)
                stack.Pop().EndLine = n - 1;
            var s = new ReportSection { Report = report, Kind = SectionKind.Heading, Title = title, Level = level, StartLine = n, EndLine = report.Lines.Count };
            stack.Peek().Add(s);
            stack.Push(s);
        }
        return root;
    }
}
