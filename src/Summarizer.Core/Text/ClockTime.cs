using System.Globalization;
using System.Text.RegularExpressions;

namespace Summarizer.Text;

/// <summary>
/// A time of day written in report text: "05:20", "14：47", 12-hour "1:15pm", "2am", "11 a.m.", and Chinese "凌晨 2 点",
/// "下午3点半", "20点15分" (a bare "3点" only when a period of the day, minutes or 左右/前后/开始 say it is a time, since
/// "3点建议" counts points). <see cref="Hour"/> is on the 24-hour clock.
/// </summary>
internal readonly partial record struct ClockTime(int Index, int Length, int Hour, int Minute)
{
    public int End => Index + Length;
    public int MinuteOfDay => Hour * 60 + Minute;
    public string Text => $"{Hour:D2}:{Minute:D2}";

    public static IEnumerable<ClockTime> Find(string text, int start = 0)
    {
        // Most lines hold no time: skip the regex unless a colon, 点 or an am/pm mark is there.
        if (text.AsSpan(start).IndexOfAny(":：点") < 0 && !HasMeridiem(text, start)) yield break;
        int before = -1;
        for (var m = Pattern().Match(text, start); m.Success; m = m.NextMatch())
        {
            if (Read(text, m, before) is not { } time) continue;
            before = time.Hour;
            yield return time;
        }
    }

    /// <param name="before">The hour of the time before, or -1: after "下午3点" a bare "4点20分" is 16:20, not 04:20.</param>
    private static ClockTime? Read(string text, Match m, int before)
    {
        int hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        int minute = m.Groups["mi"].Success ? int.Parse(m.Groups["mi"].Value, CultureInfo.InvariantCulture) : m.Groups["half"].Success ? 30 : 0;
        if (minute > 59) return null;
        if (m.Groups["ap"].Success)
        {
            if (hour is 0 or > 12) return null; // "14:00pm" is no 12-hour time; read the colon form alone
            bool pm = char.ToLowerInvariant(m.Groups["ap"].Value[0]) == 'p';
            hour = pm ? hour % 12 + 12 : hour % 12;
        }
        else if (m.Groups["dian"].Success)
        {
            var period = m.Groups["per"].Value;
            bool said = period.Length > 0 || m.Groups["mi"].Success || m.Groups["half"].Success || Around().IsMatch(text.AsSpan(m.Index + m.Length));
            if (!said || hour > 24) return null;
            hour = period switch
            {
                "下午" or "傍晚" or "晚上" or "晚间" or "晚" when hour < 12 => hour + 12,
                "中午" when hour <= 3 => hour + 12,
                "夜里" or "夜间" or "深夜" or "半夜" when hour is >= 6 and < 12 => hour + 12,
                _ => hour,
            } % 24;
            if (hour == 12 && period is "凌晨" or "半夜" or "深夜") hour = 0;
            if (period.Length == 0 && before >= 12 && hour < 12 && hour + 12 >= before) hour += 12;
        }
        return new ClockTime(m.Index, m.Length, hour, minute);
    }

    /// <summary>True when "am"/"pm" (or "a.m.") follows a digit: only then can a colon-less time be there.</summary>
    private static bool HasMeridiem(string text, int start)
    {
        for (int i = text.IndexOfAny(['m', 'M'], start); i > start; i = i + 1 < text.Length ? text.IndexOfAny(['m', 'M'], i + 1) : -1)
        {
            int j = i - 1;
            if (text[j] == '.') j--;
            if (j < start || char.ToLowerInvariant(text[j]) is not ('a' or 'p')) continue;
            j--;
            while (j >= start && text[j] == ' ') j--;
            if (j >= start && char.IsAsciiDigit(text[j])) return true;
        }
        return false;
    }

    // A digit glued to letters is a code, never an hour (the date reader's rule): "Sev2：11月24日 10:00" holds no 2:11;
    // only the ISO "T" after a date digit ("2024-11-24T10:00") leads into a time. Minutes never run into a month ("：11月"). After a code's
    // colon a time may start ("P0：10:00"); after another time's colon it is seconds. "am"/"pm" after a time makes it a 12-hour one.
    [GeneratedRegex(@"(?<![\d.])(?<!(?<!(?<!\d)[A-Za-z]\d*)\d[:：])(?<!(?<!\d)[A-Za-z])(?<h>[01]?\d|2[0-3])[:：](?<mi>[0-5]\d)(?!\d|[:：]\d|\.\d|\s*月)(?:\s?(?<ap>[AaPp])\.?[Mm]\.?(?![A-Za-z]))?"
        + @"|(?<![\d.:：A-Za-z])(?<h>1[0-2]|0?[1-9])\s?(?<ap>[AaPp])\.?[Mm]\.?(?![A-Za-z])"
        + @"|(?:(?<per>凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|夜里|夜间|深夜|半夜|晚)\s*)?(?<![\d.第])(?<dian>(?<h>[01]?\d|2[0-4]))\s*点(?![击赞评位数])(?:\s*(?:(?<half>半)|(?<mi>[0-5]?\d)\s*分|整))?", RegexOptions.ExplicitCapture)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^\s*(?:左右|前后|多|开始|起|至|到|[-–—~～]|钟)")]
    private static partial Regex Around();
}
