namespace Summarizer.AI.Text;

/// <summary>Finds the JSON document in a model's answer text.</summary>
internal static class AnswerJson
{
    /// <summary>
    /// The JSON of an answer: the first fenced block (<c>```json … ```</c>) when there is one, else from the first
    /// <c>{</c> to the last <c>}</c> — models without structured output open with "Here is the extraction:" or close
    /// with a remark.
    /// </summary>
    public static string Part(string? content)
    {
        var t = (content ?? "").Trim();
        if (t.StartsWith('{')) return t; // a quote may hold a fence of its own
        int fence = t.IndexOf("```", StringComparison.Ordinal);
        if (fence >= 0)
        {
            int bodyStart = t.IndexOf('\n', fence);
            int close = bodyStart < 0 ? -1 : t.IndexOf("```", bodyStart, StringComparison.Ordinal);
            if (close > bodyStart) return t[(bodyStart + 1)..close].Trim();
        }
        int open = t.IndexOf('{'), end = t.LastIndexOf('}');
        return open >= 0 && end > open ? t[open..(end + 1)] : t;
    }
}
