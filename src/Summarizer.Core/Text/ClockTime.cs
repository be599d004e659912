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

    // A digit glued to letters is a code, never an hour (the date reader's rule): "Sev2：11月24日 10:00" holds no 2:11;
    // only the ISO "T" after a date digit ("2024-11-24T10:00") leads into a time. Minutes never run into a month ("：11月"). After a code's
    // colon a time may start ("P0：10:00"); after another time's colon it is seconds.
    [GeneratedRegex(@"(?<![\d.])(?<!(?<!(?<!\d)[A-Za-z]\d*)\d[:：])(?<!(?<!\d)[A-Za-z])(?<h>[01]?\d|2[0-3])[:：](?<mi>[0-5]\d)(?!\d|[:：]\d|\.\d|\s*月)", RegexOptions.ExplicitCapture)]
    private static partial Regex Pattern();
}
