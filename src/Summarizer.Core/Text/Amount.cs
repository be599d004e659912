using System.Globalization;

namespace Summarizer.Text;

/// <summary>
/// The one way a figure with its unit is written back to a reader, in the report's own style: the currency where
/// the report put it and thousands grouped (<c>$41,200</c>, <c>¥96万</c>, <c>-$1,250</c>), other units after the
/// number (<c>99.95%</c>, <c>12万笔</c>, <c>45 min</c> stays as the report wrote its unit). The digest's tables and
/// the week-over-week sentences both use it.
/// </summary>
public static class Amount
{
    private static readonly string[] Currencies = ["$", "¥", "￥", "€", "£"];

    /// <summary>"$41,200", "¥96万", "99.95%", "" for null. <paramref name="signed"/> adds "+" to a rise: "+$3,600".</summary>
    public static string Format(double? value, string? unit, bool signed = false)
    {
        if (value is not { } v) return "";
        v = Math.Round(v, 4);
        var u = unit ?? "";
        var currency = Currencies.FirstOrDefault(c => u.StartsWith(c, StringComparison.Ordinal));
        var magnitude = Math.Abs(v);
        var number = magnitude >= 1000 && magnitude == Math.Round(magnitude) ? magnitude.ToString("#,0", CultureInfo.InvariantCulture)
            : magnitude >= 1000 ? magnitude.ToString("#,0.##", CultureInfo.InvariantCulture)
            : magnitude.ToString("0.####", CultureInfo.InvariantCulture);
        var sign = v < 0 ? "-" : signed && v > 0 ? "+" : "";
        return currency is null ? sign + number + u : sign + currency + number + u[currency.Length..];
    }

    /// <summary>True when the unit is money ("$", "¥万", "€").</summary>
    public static bool IsCurrency(string? unit) => unit is not null && Currencies.Any(c => unit.StartsWith(c, StringComparison.Ordinal));
}
