namespace Summarizer.Gather.Sources;

/// <summary>What one fetch did: reports stored for the first time, those already stored (same Message-Id), and the refusals seen.</summary>
public sealed record MailboxFetchResult(int Added, int AlreadyStored, IReadOnlyList<RefusedSubmission> Refused)
{
    /// <summary>The one progress line: <c>mailbox: 7 new reports, 1 refused (unknown sender x@y)</c>.</summary>
    public override string ToString()
    {
        var line = $"mailbox: {Added} new report{(Added == 1 ? "" : "s")}";
        if (AlreadyStored > 0) line += $" ({AlreadyStored} already fetched)";
        line += $", {Refused.Count} refused";
        if (Refused.Count > 0) line += $" ({string.Join("; ", Refused.Select(Short))})";
        return line;
    }

    // The reason up to its advice: "unknown sender x@y", "from a@b: its attachment 'r.docx' is not a readable Word document (…)".
    private static string Short(RefusedSubmission r)
    {
        var head = r.Reason.Split(';')[0].Trim();
        return head.StartsWith("unknown sender", StringComparison.Ordinal) || r.Provenance.Sender is null ? head : $"from {r.Provenance.Sender}: {head}";
    }
}
