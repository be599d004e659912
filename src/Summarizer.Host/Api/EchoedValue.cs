using System.Globalization;
using System.Text;

namespace Summarizer.Host.Api;

/// <summary>
/// A value the caller sent, as an error message may repeat it: at most <see cref="MaxLength"/> characters (a 10 MB
/// value is not sent back), control and format characters (bidi overrides, zero-width spaces) and line separators
/// written as <c>\u0000</c> so a NUL, a tab or a U+202E is visible and cannot reorder the message around it.
/// </summary>
public static class EchoedValue
{
    /// <summary>Characters of a value repeated in an error message.</summary>
    public const int MaxLength = 200;

    private static readonly System.Buffers.SearchValues<char> ControlCharacters =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, 0xA0).Select(i => (char)i).Where(char.IsControl)]);

    /// <summary>The value as shown in an error: <c>abc…</c> (and its length) when cut, control characters escaped.</summary>
    public static string Show(string? value)
    {
        if (value is null) return "";
        var sb = new StringBuilder(Math.Min(value.Length, MaxLength) + 32);
        foreach (var c in value.Length > MaxLength ? value[..MaxLength] : value)
        {
            if (char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator) sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else sb.Append(c);
        }
        if (value.Length > MaxLength) sb.Append(CultureInfo.InvariantCulture, $"… ({value.Length} characters)");
        return sb.ToString();
    }

    /// <summary>
    /// Error messages written by another step with the caller's long values cut to <see cref="Show"/> form, whatever
    /// their wording (a 60 KB status is not sent back whole).
    /// </summary>
    public static IDictionary<string, string[]> Shorten(IDictionary<string, string[]> errors, params string?[] values)
    {
        var longOnes = values.Where(v => v is { Length: > MaxLength }).Select(v => v!).OrderByDescending(v => v.Length).ToList();
        if (longOnes.Count == 0) return errors;
        return errors.ToDictionary(e => e.Key, e => e.Value.Select(m => longOnes.Aggregate(m, (acc, v) => acc.Replace(v, Show(v), StringComparison.Ordinal))).ToArray());
    }

    /// <summary>Why a value holding a control character (NUL, tab, newline, …) is refused, or null when it holds none.</summary>
    public static string? ControlCharacterError(string field, string? value)
    {
        var at = value is null ? -1 : value.AsSpan().IndexOfAny(ControlCharacters);
        return at < 0 ? null
            : $"{field} '{Show(value)}' contains the control character U+{(int)value![at]:X4} at position {at + 1}; remove it.";
    }
}
