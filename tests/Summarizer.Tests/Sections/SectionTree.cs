using Summarizer.Gather;

namespace Summarizer.Tests.Sections;

/// <summary>Test views of a section tree: an outline string and an iterative walk (lists can be 1,000 deep).</summary>
public static class SectionTree
{
    public static ReportDocument Report(string text, string file = "t.md") => Report(TextLines.Split(text), file);

    public static ReportDocument Report(IReadOnlyList<string> lines, string file = "t.md") => new()
    {
        Team = "t", File = file, Encoding = "utf-8", Format = "md", Lines = lines, ContentHash = "",
    };

    /// <summary>One line per node, depth-indented: <c>Heading 2 'Title' 3-9</c>.</summary>
    public static string Outline(ReportSection root) =>
        string.Join("\n", Walk(root).Skip(1).Select(x => $"{new string(' ', 2 * (x.Depth - 1))}{x.Node.Kind} {x.Node.Level} '{x.Node.Title}' {x.Node.StartLine}-{x.Node.EndLine}"));

    public static IEnumerable<(ReportSection Node, int Depth)> Walk(ReportSection root)
    {
        var stack = new Stack<(ReportSection, int)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            yield return (node, depth);
            for (int i = node.Children.Count - 1; i >= 0; i--) stack.Push((node.Children[i], depth + 1));
        }
    }
}
