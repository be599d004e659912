using System.Text.RegularExpressions;

namespace Summarizer.Extraction.Offline;

/// <summary>Column indexes a table header names (-1 when absent): the subject, status, due date and notes; for metric tables the value, target and previous value.</summary>
internal sealed partial record TableColumns(int Subject, int Status, int Due, int Notes, int Value = -1, int Target = -1, int Previous = -1)
{
    public static TableColumns FromHeader(IReadOnlyList<string> header)
    {
        int subject = Find(header, SubjectHeader()), status = Find(header, StatusHeader());
        int due = Find(header, DueHeader()), notes = Find(header, NotesHeader());
        int value = Find(header, ValueHeader()), target = Find(header, TargetHeader()), previous = Find(header, PreviousHeader());
        // Without a named subject column the first column names the row's thing.
        if (subject < 0 && header.Count > 0 && !((int[])[status, due, notes, value, target, previous]).Contains(0)) subject = 0;
        return new TableColumns(subject, status, due, notes, value, target, previous);
    }

    private static int Find(IReadOnlyList<string> header, Regex pattern)
    {
        for (int i = 0; i < header.Count; i++)
            if (pattern.IsMatch(header[i])) return i;
        return -1;
    }

    [GeneratedRegex(@"^(?:project|item|milestone|workstream|task|name|deliverable|feature|metric|kpi|indicator|项目|事项|里程碑|任务|名称|工作项|模块|指标)", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectHeader();

    [GeneratedRegex(@"^(?:status|state|rag|health|状态|进展状态|健康度)", RegexOptions.IgnoreCase)]
    private static partial Regex StatusHeader();

    [GeneratedRegex(@"^(?:due|due date|deadline|eta|target date|date|go-?live|截止|计划(?:上线)?(?:日期|时间)|上线(?:日期|时间)|完成时间|日期|时间)", RegexOptions.IgnoreCase)]
    private static partial Regex DueHeader();

    [GeneratedRegex(@"^(?:value|actual|this week|current|本周|数值|实际|当前|本期|结果)", RegexOptions.IgnoreCase)]
    private static partial Regex ValueHeader();

    [GeneratedRegex(@"^(?:target|goal|sla|slo|目标)(?!\s*date|日期|时间)", RegexOptions.IgnoreCase)]
    private static partial Regex TargetHeader();

    [GeneratedRegex(@"^(?:previous|prev|last week|上周|上期)", RegexOptions.IgnoreCase)]
    private static partial Regex PreviousHeader();

    [GeneratedRegex(@"^(?:notes?|comments?|remarks?|details?|备注|说明|进展|描述)", RegexOptions.IgnoreCase)]
    private static partial Regex NotesHeader();
}
