namespace Summarizer.AI.Text;

/// <summary>Finds the JSON document in a model's answer text.</summary>
internal static class AnswerJson
{
    /// <summary>
    /// The JSON of an answer: the first fenced block (<c>```json … ```</c>) when there is one, else from the first
    /// <c>{</c> to the last <c>}</c> — models without structured output open with "Here is the extraction:" or close
    /// with a remark. A bare array (<c>[ {…}, {…} ]</c>, what some models give for a list) is kept whole, brackets and all.
    /// </summary>
    public static string Part(string? content)
    {
        var t = (content ?? "").Trim();
        if (t.StartsWith('{') || t.StartsWith('[')) return t; // a quote may hold a fence of its own
        int fence = t.IndexOf("```", StringComparison.Ordinal);
        if (fence >= 0)
        {
            int bodyStart = t.IndexOf('\n', fence);
            int close = bodyStart < 0 ? -1 : t.IndexOf("```", bodyStart, StringComparison.Ordinal);
            if (close > bodyStart) return t[(bodyStart + 1)..close].Trim();
        }
        int open = t.IndexOf('{'), end = t.LastIndexOf('}');
        // "Here are the items: [ {…}, {…} ]": the array opens before the first object and closes after the last one.
        int openList = t.IndexOf('['), endList = t.LastIndexOf(']');
        if (openList >= 0 && (open < 0 || openList < open) && endList > end) return t[openList..(endList + 1)];
        return open >= 0 && end > open ? t[open..(end + 1)] : t;
    }
}
