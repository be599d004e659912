namespace Summarizer.Text;

/// <summary>
/// Removes characters that act on a display instead of being read: C0/C1 controls other than tab (a terminal escape
/// such as ESC[31m would recolour the analyst's terminal) and the bidi embeddings, overrides and isolates
/// (U+202A–U+202E, U+2066–U+2069), which reverse the text after them ("gnp.exe"). Report text is data: a report keeps
/// every visible character, and its line numbers, without them.
/// </summary>
public static class ControlCharacters
{
    /// <summary>The line without display controls; the same instance when it has none (the common case).</summary>
    public static string Strip(string line)
    {
        int i = 0;
        while (i < line.Length && !IsDisplayControl(line[i])) i++;
        if (i == line.Length) return line;
        var kept = new System.Text.StringBuilder(line.Length);
        kept.Append(line, 0, i);
        for (; i < line.Length; i++)
            if (!IsDisplayControl(line[i])) kept.Append(line[i]);
        return kept.ToString();
    }

    /// <summary>Each line through <see cref="Strip"/>; the same list when no line changes.</summary>
    public static IReadOnlyList<string> Strip(IReadOnlyList<string> lines)
    {
        string[]? copy = null;
        for (int i = 0; i < lines.Count; i++)
        {
            var stripped = Strip(lines[i]);
            if (ReferenceEquals(stripped, lines[i])) continue;
            copy ??= [.. lines];
            copy[i] = stripped;
        }
        return copy ?? lines;
    }

    private static bool IsDisplayControl(char c) =>
        (char.IsControl(c) && c != '\t') || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069'; // IsControl: C0, DEL, C1
}
