using Microsoft.Extensions.Options;
using Summarizer.Pipeline;

namespace Summarizer.Host.Worker;

/// <summary>The scheduled job: the pipeline over <c>Summarizer:Input</c> for the week, with the configured engine.</summary>
public sealed class PipelineDigestJob(DigestPipeline pipeline, IOptions<SummarizerOptions> options) : IWeeklyDigestJob
{
    public Task RunAsync(IsoWeek week, CancellationToken ct) =>
        pipeline.RunAsync(new RunRequest { InputDir = options.Value.Input, Week = week }, ct: ct);
}
