namespace Summarizer.Host.Worker;

/// <summary>
/// Makes one week's digest: runs the pipeline for the week and stores its run, items and digest. The worker calls it
/// on each schedule occurrence and then mails the stored digest. Throws when the week could not be made.
/// </summary>
public interface IWeeklyDigestJob
{
    Task RunAsync(IsoWeek week, CancellationToken ct);
}
