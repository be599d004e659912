using System.Globalization;
using Summarizer.Text;

namespace Summarizer.Digest.Sections;

/// <summary>
/// Numbers, money, dates and citations as a reader expects them: <c>$41,200</c> (the currency where the report put it,
/// thousands grouped), <c>99.95%</c>, <c>2024-07-12</c>, and compact citations ("payments L47") with the full path
/// in the title.
/// </summary>
public static class DigestFormat
{
    /// <summary>"$41,200", "$1.2M", "99.95%", "12万笔", "" for null (<see cref="Amount.Format"/>).</summary>
    public static string Value(double? value, string? unit) => Amount.Format(value, unit);

    /// <summary>"payments L47" (or "L47-52"): what a column of citations shows.</summary>
    public static string ShortCite(ExtractedItem item)
    {
        var s = item.Source;
        return $"{item.Team} L{s.Line}" + (s.EndLine > s.Line ? $"-{s.EndLine}" : "");
    }

    /// <summary>A citation cell: compact text, full team · section · file:line as its title, linked where a link exists.</summary>
    public static DigestCell Cite(ExtractedItem item, DigestLinks links, bool full) =>
        new(ShortCite(item), CellKind.Cite, Citation.Of(item), full ? "#" + Citation.Anchor(item) : links.Item?.Invoke(item));

    public static string Duration(int? minutes, DigestLabels l) => minutes is { } m ? $"{m} {l.Minutes}" : "";

    /// <summary>
    /// string.Format with plurals: "{0} {0:team|teams}" writes "1 team", "3 teams" (the first form for exactly one).
    /// Chinese labels need no such forms. Invariant culture otherwise.
    /// </summary>
    public static string Format(string pattern, params object[] args) => string.Format(Plurals.Instance, pattern, args);

    private sealed class Plurals : IFormatProvider, ICustomFormatter
    {
        public static readonly Plurals Instance = new();

        public object? GetFormat(Type? formatType) => formatType == typeof(ICustomFormatter) ? this : null;

        public string Format(string? format, object? arg, IFormatProvider? formatProvider)
        {
            if (format is not null && format.Contains('|') && arg is IConvertible c)
            {
                var forms = format.Split('|', 2);
                return c.ToDouble(CultureInfo.InvariantCulture) == 1 ? forms[0] : forms[1];
            }
            return arg is IFormattable f ? f.ToString(format, CultureInfo.InvariantCulture) : arg?.ToString() ?? "";
        }
    }
}

/// <summary>The bullet of one item, as every item list shows it.</summary>
public static class ItemEntry
{
    public static DigestEntry Of(ExtractedItem i, DigestLabels l, DigestLinks links, bool full, bool withTeam = true) => new(i.Summary)
    {
        Severity = i.Severity,
        Badge = i.Severity is null ? null : l.SeverityName(i.Severity),
        Lead = withTeam ? i.Team : null,
        Suffix = i.Status == ReviewStatus.Confirmed ? "✔ " + l.Confirmed : null,
        Cite = DigestFormat.Cite(i, links, full),
    };

    /// <summary>The entry of the full digest's team list: the one place an item has its anchor and, where it says more than the summary, its quote.</summary>
    public static DigestEntry Detailed(ExtractedItem i, DigestLabels l, DigestLinks links) => Of(i, l, links, full: true, withTeam: false) with
    {
        Lead = l.KindName(i.Kind),
        Quote = SameText(i.Source.Quote, i.Summary) ? null : i.Source.Quote,
        Anchor = Citation.Anchor(i),
    };

    private static bool SameText(string a, string b) =>
        Summarizer.History.TextKey.Normalize(a) == Summarizer.History.TextKey.Normalize(b);
}
