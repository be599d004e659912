namespace Summarizer.Digest;

/// <summary>
/// Writes the few sentences that open the digest, from verified items only. The offline writer is deterministic;
/// an LLM writer may phrase better but its every number must be found among the items, else the offline text is used.
/// </summary>
public interface IExecutiveSummaryWriter
{
    /// <summary>"offline" or "llm".</summary>
    string Engine { get; }

    /// <summary>Bullet sentences (no markup) in the reports' language, most important first.</summary>
    Task<IReadOnlyList<string>> WriteAsync(Store.WeekSnapshot week, CancellationToken cancellationToken);
}
