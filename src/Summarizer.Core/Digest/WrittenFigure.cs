using System.Globalization;
using System.Text.RegularExpressions;
using Summarizer.Text;

namespace Summarizer.Digest;

/// <summary>
/// A metric's figure as its report wrote it: the text of the number with its unit in the item's quote ("2150万笔",
/// "99.90%", "12 min", "¥128万"), so the digest never restyles it. The typed value still drives comparisons and
/// ranking; this only chooses what a reader sees. Falls back to <see cref="Amount.Format"/> when the quote holds no
/// figure of that value and unit (a model's metric, a computed figure).
/// </summary>
public static partial class WrittenFigure
{
    /// <summary>The written text of <paramref name="value"/> in <paramref name="unit"/> within <paramref name="quote"/>; "" for null.</summary>
    public static string Of(double? value, string? unit, string quote) =>
        value is { } v && Find(v, unit, quote, skip: null) is { } m ? m.Value.Trim() : Amount.Format(value, unit);

    /// <summary>
    /// A metric's value and its previous figure as written: "2150万笔" and "1980万笔". The previous figure is looked
    /// for in this week's quote ("由1980万笔增至2150万笔"), then in <paramref name="earlierQuote"/> (the quote of the
    /// earlier week's item the previous value came from), then formatted.
    /// </summary>
    public static (string Value, string Previous) Of(MetricFacts m, string quote, string? earlierQuote = null)
    {
        var value = Find(m.Value, m.Unit, quote, null);
        var previous = m.Previous is not { } p ? ""
            : (Find(p, m.Unit, quote, value?.Index) ?? (earlierQuote is null ? null : Find(p, m.Unit, earlierQuote, null)))?.Value.Trim()
              ?? Amount.Format(p, m.Unit);
        return (value?.Value.Trim() ?? Amount.Format(m.Value, m.Unit), previous);
    }

    /// <param name="skip">Start of a match already shown (the value's, when looking for the previous figure in the same quote): another match is preferred.</param>
    private static Match? Find(double value, string? unit, string quote, int? skip)
    {
        if (value < 0) return null; // the sign sits apart from the figure ("-$1,250", "下降 3%"): the formatted value says it
        var currency = unit is { Length: > 0 } && Amount.IsCurrency(unit) ? unit[..1] : null;
        var rest = Squeeze(currency is null ? unit : unit![1..]);
        Match? found = null;
        for (var m = Figure().Match(quote); m.Success; m = m.NextMatch())
        {
            if (!double.TryParse(m.Groups["n"].Value.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
                || Math.Abs(n - Math.Abs(value)) > 1e-9 * Math.Max(1, Math.Abs(value))) continue;
            bool sameCurrency = (m.Groups["c"].Success ? Normal(m.Groups["c"].Value) : null) == (currency is null ? null : Normal(currency));
            bool sameUnit = rest.Length == 0 ? m.Groups["u"].Length == 0 || currency is null : string.Equals(Squeeze(m.Groups["u"].Value), rest, StringComparison.OrdinalIgnoreCase);
            if (!sameCurrency || !sameUnit) continue;
            if (m.Index != skip) return m;
            found ??= m;
        }
        return found;
    }

    private static string Squeeze(string? s) => string.Concat((s ?? "").Where(c => !char.IsWhiteSpace(c)));

    private static string Normal(string currency) => currency == "￥" ? "¥" : currency;

    // The number as written (thousands separators kept), the currency before it, the unit after it (one space allowed).
    [GeneratedRegex(@"(?<c>[$¥￥€£])?\s?(?<![\d.,])(?<n>" + QuantityUnit.Number + @")(?![\d])(?:\s?(?<u>" + QuantityUnit.Pattern + "))?")]
    private static partial Regex Figure();
}
