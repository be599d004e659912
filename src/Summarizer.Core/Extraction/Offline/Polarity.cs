using System.Text.RegularExpressions;

namespace Summarizer.Extraction.Offline;

/// <summary>
/// Whether a clause negates or closes what it mentions: "问题已解决", "已协调解决", "数据无异常", "no risk", "resolved".
/// Report text names problems in order to say they are gone; those must not become risks.
/// </summary>
internal static partial class Polarity
{
    /// <summary>True when the clause says the problem is gone, absent or was never there.</summary>
    public static bool IsResolvedOrNegated(string clause) => Resolved().IsMatch(clause) || Negated().IsMatch(clause);

    /// <summary>"风险可控" / "risk is under control": a named risk that the writer says is contained.</summary>
    public static bool IsContained(string clause) => Contained().IsMatch(clause);

    [GeneratedRegex(@"已(?:经)?(?:协调|全部|完成|基本)?(?:解决|修复|恢复|处理|闭环|关闭|消除|规避|排除)|(?<!需|需要|待|未|尚未|没有|正在|在|迭代|计划|将|要|如何)(?:解决|修复)(?:完成|了)?(?![方中])|恢复正常|处理成功|重试成功|补偿成功|(?<![A-Za-z])(?:resolved|fixed|mitigated|closed|cleared|unblocked|no longer|back to normal|recovered)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Resolved();

    [GeneratedRegex(@"未(?:延期|推迟|延后|滞后|超时|失败|阻塞|告警)|不(?:会)?(?:延期|推迟|阻塞)|(?:无|没有|未发现|未出现|不存在|暂无|未见|并无|无任何)[^，,。；;]{0,4}?(?:风险|问题|异常|阻塞|卡点|告警|故障|延期|依赖|失败|超时)|(?<![A-Za-z])(?:no|not|without|zero|nothing)\s+(?:\w+\s+)?(?:risks?|issues?|blockers?|blocked|problems?|alerts?|failures?|errors?|incidents?|dependenc(?:y|ies)|at risk)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Negated();

    [GeneratedRegex(@"风险(?:整体|总体)?(?:可控|较低|低|不大|很小)|(?<![A-Za-z])(?:risks?\s+(?:is\s+|are\s+)?(?:under control|manageable|low|contained))(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Contained();
}
