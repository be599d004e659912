using System.Globalization;
using System.Text.RegularExpressions;

namespace Summarizer.Text;

/// <summary>A time of day written in report text ("05:20", "14：47").</summary>
internal readonly partial record struct ClockTime(int Index, int Length, int Hour, int Minute)
{
    public int End => Index + Length;
    public int MinuteOfDay => Hour * 60 + Minute;
    public string Text => $"{Hour:D2}:{Minute:D2}";

    public static IEnumerable<ClockTime> Find(string text, int start = 0)
    {
        if (text.AsSpan(start).IndexOfAny(':', '：') < 0) yield break; // most lines hold no time: skip the regex
        for (var m = Pattern().Match(text, start); m.Success; m = m.NextMatch())
            yield return new ClockTime(m.Index, m.Length,
                int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["mi"].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"(?<![\d.])(?<!\d[:：])(?<h>[01]?\d|2[0-3])[:：](?<mi>[0-5]\d)(?!\d|[:：]\d|\.\d)", RegexOptions.ExplicitCapture)]
    private static partial Regex Pattern();
}
