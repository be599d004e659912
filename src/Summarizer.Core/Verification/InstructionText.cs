using System.Text.RegularExpressions;

namespace Summarizer.Verification;

/// <summary>
/// Recognises report text written to a machine rather than to a reader: instructions to the summarizer ("ignore
/// previous instructions", "忽略以上所有指令"), chat markup, tags that close our prompt fences, and answers in JSON.
/// They stay in the report as text, but are no risk, plan or metric of the team: the verifier publishes no item
/// quoting one, whichever engine proposed it. HTML or script quoted in a report (an XSS payload in a security risk) is
/// addressed to a browser, not to us: it is data, escaped wherever shown; <see cref="IsOnlyMarkup"/> tells a line that
/// is nothing but markup.
/// </summary>
public static partial class InstructionText
{
    public static bool IsAddressedToTheSummarizer(string text) =>
        Pattern().IsMatch(text) || Payload().IsMatch(text) || ChatTemplate().IsMatch(text);

    // Chat-template markup of the common model families (ChatML <|im_start|>, Llama [INST] and <<SYS>>, Alpaca-style
    // "### Instruction:") and role headers opening a line ("system:", "### System:"): a prompt pasted into a report,
    // never a team's own risk or plan. "User:" alone is left out: reports write "User: 3 complaints".
    [GeneratedRegex(
        @"<\|\s*[a-z_]+\s*\|>|\[/?INST\]|<</?SYS>>" +
        @"|^\s*(#{1,6}\s*)?(system|assistant|developer)\s*[:：]" +
        @"|^\s*#{1,6}\s*(user|human|instruction|response)\s*[:：]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex ChatTemplate();

    /// <summary>
    /// True when <paramref name="text"/> has no word outside its tags and script/style elements
    /// ("&lt;script&gt;alert('周报')&lt;/script&gt;"): it states nothing to a reader.
    /// </summary>
    public static bool IsOnlyMarkup(string text) =>
        Markup().IsMatch(text) && !Markup().Replace(text, " ").Any(char.IsLetterOrDigit);

    // Script and style elements with their content, then any other tag.
    [GeneratedRegex(@"<\s*(script|style)\b.*?(<\s*/\s*\1\s*>|$)|<\s*/?\s*[a-z][^>]*>",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Markup();

    // Tags of our own prompt fences and chat messages; a fake answer in the extraction schema.
    [GeneratedRegex(
        @"<\s*/?\s*(message|system|report|report_sections|verified_items|section\s+id)\b" +
        @"|^\s*[\[{]\s*""\w+""\s*:|""(items|kind|quote|summary)""\s*:\s*[\[{""]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Payload();

    [GeneratedRegex(
        @"ignore\s+(all\s+|any\s+)?(the\s+)?(previous|prior|above|earlier)\s+(instructions|prompts?|rules)" +
        @"|disregard\s+(all\s+|the\s+)?(previous|prior|above)" +
        @"|(system|developer)\s+prompt|you\s+are\s+now\s+|as\s+an\s+ai\b|in\s+(the|your)\s+(summary|digest)\s*,?\s*(write|say|state|mark)|\b(summary|digest)\s+(must|should|shall)\s+(say|state|read|report|show)" +
        @"|忽略(以上|上面|之前|前面|上述)?(所有|全部)?(的)?(指令|指示|提示|规则|要求)" +
        @"|(在|于)(摘要|总结|周报摘要|汇总)(中|里)(写|注明|声明|说明|输出)|(摘要|总结|汇总)(必须|应当|应该)(写|注明|声明|说明|显示)" +
        @"|(系统|开发者)提示词|你现在是|作为(一个)?(AI|人工智能|语言模型)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
