using System.Globalization;
using System.Text.RegularExpressions;

namespace Summarizer.Text;

/// <summary>Numbers as they are written in report text, for checking that a claim's numbers come from its quote.</summary>
public static partial class NumberMatcher
{
    /// <summary>Every number written in the text (thousands separators removed), as decimals.</summary>
    public static IReadOnlyList<decimal> NumbersIn(string? text)
    {
        var result = new List<decimal>();
        if (string.IsNullOrEmpty(text)) return result;
        foreach (System.Text.RegularExpressions.Match m in Number().Matches(Normalize(text)))
        {
            var digits = m.Value.Replace(",", "", StringComparison.Ordinal);
            if (decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)) result.Add(d);
        }
        return result;
    }

    /// <summary>The numbers of <paramref name="claim"/> that the quote does not contain.</summary>
    public static IReadOnlyList<decimal> Unsupported(string? claim, string quote)
    {
        var available = NumbersIn(quote);
        return NumbersIn(claim).Where(n => !available.Contains(n)).ToList();
    }

    /// <summary>True when <paramref name="value"/> is written in the quote, directly or with a 万/亿/k/M multiplier.</summary>
    public static bool IsStated(double value, string quote)
    {
        var dec = (decimal)value;
        foreach (var n in NumbersIn(quote))
        {
            if (n == dec) return true;
            foreach (var scale in Scales(quote))
                if (n * scale == dec) return true;
        }
        return false;
    }

    private static IEnumerable<decimal> Scales(string quote)
    {
        if (quote.Contains('万')) yield return 10_000m;
        if (quote.Contains('亿')) yield return 100_000_000m;
        if (quote.Contains('k') || quote.Contains('K') || quote.Contains('千')) yield return 1_000m;
        if (quote.Contains('M')) yield return 1_000_000m;
        if (quote.Contains('%')) yield return 0.01m;
    }

    private static string Normalize(string text)
    {
        Span<char> buffer = text.Length <= 1024 ? stackalloc char[text.Length] : new char[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            buffer[i] = c is >= '\uFF10' and <= '\uFF19' ? (char)(c - 0xFEE0) : c is '\uFF0E' ? '.' : c;
        }
        return new string(buffer);
    }

    [GeneratedRegex(@"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")]
    private static partial Regex Number();
}
