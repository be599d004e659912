using System.Globalization;
using System.Text.RegularExpressions;

namespace Summarizer.Text;

/// <summary>
/// Numbers as they are written in report text, for checking that a claim's numbers come from its quote. A number's
/// multiplier (万, 亿, 千, 百万, k, K, M, B, %) is read only from the unit written right after it (one space allowed),
/// with the grammar of <see cref="QuantityUnit"/>: a letter or 万 elsewhere in the line scales nothing.
/// </summary>
public static partial class NumberMatcher
{
    /// <summary>A number, what its unit multiplies it by (1 without one), and both as written ("12万", "99.9%").</summary>
    public readonly record struct Quantity(decimal Number, decimal Multiplier, string Written)
    {
        /// <summary>The amount meant: "2150万" is 21,500,000, "70%" is 0.7.</summary>
        public decimal Amount => Number * Multiplier;
    }

    /// <summary>Every number written in the text (thousands separators removed), as decimals.</summary>
    public static IReadOnlyList<decimal> NumbersIn(string? text) => QuantitiesIn(text).Select(q => q.Number).ToList();

    /// <summary>Every number written in the text with the multiplier of the unit right after it.</summary>
    public static IReadOnlyList<Quantity> QuantitiesIn(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        // The checks of one candidate read the same quote several times (grounding, a metric's value and previous, its
        // dates): the last few strings read on this thread are remembered by reference (strings are immutable).
        var recent = _recent ??= new (string?, IReadOnlyList<Quantity>)[4];
        foreach (var (seen, found) in recent)
            if (ReferenceEquals(seen, text)) return found;
        var result = Read(text);
        recent[_next] = (text, result);
        _next = (_next + 1) % recent.Length;
        return result;
    }

    [ThreadStatic] private static (string? Text, IReadOnlyList<Quantity> Found)[]? _recent;
    [ThreadStatic] private static int _next;

    private static IReadOnlyList<Quantity> Read(string text)
    {
        var result = new List<Quantity>();
        // Match by match rather than Matches(): no MatchCollection and its list of every match.
        for (var m = WrittenNumber().Match(Normalize(text)); m.Success; m = m.NextMatch())
        {
            var digits = m.Groups["num"].Value.Replace(",", "", StringComparison.Ordinal);
            if (decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d))
                result.Add(new Quantity(d, QuantityUnit.Multiplier(m.Groups["unit"].Success ? m.Groups["unit"].Value : null), m.Value));
        }
        return result;
    }

    /// <summary>
    /// The numbers of <paramref name="claim"/> that the quote does not support, as the claim writes them. A claimed
    /// number is supported when the quote writes the same amount ("2150万" for "21,500,000", "1,386" for "1386"), or,
    /// claimed without a multiplier, the same number ("2150" from "2150万笔", "70" from "70%"). A claimed multiplier
    /// the quote does not write for that number is not supported: "8M" is not in "MySQL 8.0", "12万" not in "12 items, 万事俱备".
    /// </summary>
    public static IReadOnlyList<string> Unsupported(string? claim, string quote)
    {
        var claimed = QuantitiesIn(claim);
        if (claimed.Count == 0) return []; // most summaries carry no number: the quote need not be read
        var available = QuantitiesIn(quote);
        return claimed
            .Where(c => !available.Any(q => q.Amount == c.Amount || (c.Multiplier is 1m or 0.01m && q.Number == c.Number)))
            .Select(c => c.Written).ToList();
    }

    /// <summary>
    /// True when <paramref name="value"/> is written in the quote: as a number ("2150" from "2150万笔"), or as that
    /// number times the multiplier of its own unit (21,500,000 from "2150万", 0.7 from "70%").
    /// </summary>
    public static bool IsStated(double value, string quote)
    {
        var dec = (decimal)value;
        return QuantitiesIn(quote).Any(q => q.Number == dec || q.Amount == dec);
    }

    private static string Normalize(string text)
    {
        // Most lines hold no full-width digit, point or percent: then the text is its own normal form, no copy.
        if (text.AsSpan().IndexOfAnyInRange('\uFF05', '\uFF19') < 0) return text;
        Span<char> buffer = text.Length <= 1024 ? stackalloc char[text.Length] : new char[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            buffer[i] = c is >= '\uFF10' and <= '\uFF19' ? (char)(c - 0xFEE0) : c is '\uFF0E' ? '.' : c is '\uFF05' ? '%' : c;
        }
        return new string(buffer);
    }

    [GeneratedRegex(@"(?<num>" + QuantityUnit.Number + @")(?:[ \u00A0\u3000]?(?<unit>" + QuantityUnit.Pattern + "))?", RegexOptions.ExplicitCapture)]
    private static partial Regex WrittenNumber();
}
