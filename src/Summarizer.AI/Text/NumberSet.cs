using System.Globalization;
using System.Text.RegularExpressions;

namespace Summarizer.AI.Text;

/// <summary>
/// The numbers written in a text, compared by value (3.0 = 3, 1,200 = 1200). Grounding rule: a number the model
/// writes must be one the source wrote.
/// </summary>
internal sealed partial class NumberSet
{
    private readonly HashSet<decimal> _values = [];

    public NumberSet(params IEnumerable<string?> texts)
    {
        foreach (var text in texts)
            foreach (var token in Tokens(text))
                foreach (var v in Readings(token)) _values.Add(v);
    }

    public bool Contains(decimal value) => _values.Contains(value);

    public bool Contains(double value) =>
        double.IsFinite(value) && Math.Abs(value) < 1e20 && Contains((decimal)value);

    /// <summary>Numbers of <paramref name="text"/> that are not in this set.</summary>
    public IReadOnlyList<string> Missing(string? text) =>
        Tokens(text).Where(t => !Readings(t).Any(v => _values.Contains(v))).ToList();

    public static IEnumerable<string> Tokens(string? text) =>
        text is null ? [] : Number().Matches(text.Normalize(System.Text.NormalizationForm.FormKC)).Select(m => m.Value);

    /// <summary>"1,200" reads as 1200, and as 1 and 200 in case it was a list.</summary>
    private static IEnumerable<decimal> Readings(string token)
    {
        if (TryParse(token.Replace(",", ""), out var whole)) yield return whole;
        if (!token.Contains(',')) yield break;
        foreach (var part in token.Split(','))
            if (TryParse(part, out var v)) yield return v;
    }

    private static bool TryParse(string s, out decimal value)
    {
        // decimal equality is by value (3.0m == 3m, same hash), so "3.0" and "3" match.
        return decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    [GeneratedRegex(@"[0-9]+(?:[.,][0-9]+)*")]
    private static partial Regex Number();
}
