using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.AI.Prompts;
using Summarizer.AI.Text;
using Summarizer.Digest;
using Summarizer.Store;
using Summarizer.Text;
using Summarizer.Verification;

namespace Summarizer.AI.Digest;

/// <summary>
/// Writes the digest's opening bullets with the LLM from verified items only. Every number it writes must be among
/// the items' numbers (quotes, metrics), else — or on any failure — the offline writer's text is used.
/// </summary>
public sealed class LlmExecutiveSummaryWriter(
    LlmKernelFactory kernels,
    LlmPrompts prompts,
    IExecutiveSummaryWriter fallback,
    IOptions<LlmOptions> options,
    ILogger<LlmExecutiveSummaryWriter> logger,
    IDigestStore? answers = null,
    TimeProvider? time = null) : IExecutiveSummaryWriter
{
    public string Engine => "llm";

    public async Task<IReadOnlyList<string>> WriteAsync(WeekSnapshot week, CancellationToken cancellationToken)
    {
        var items = week.Items.Where(i => i.Status != ReviewStatus.Dismissed).ToList();
        if (items.Count == 0) return await fallback.WriteAsync(week, cancellationToken).ConfigureAwait(false);
        var arguments = new Dictionary<string, string>
        {
            ["week"] = week.Week,
            // The language chosen for the week's digest (kept across weeks); a week stored before it was recorded: its items'.
            ["language"] = week.Language is { } language
                ? (language == Summarizer.Digest.DigestLanguage.Chinese ? PromptLanguage.Chinese : PromptLanguage.English)
                : PromptLanguage.Of(items.SelectMany(i => new[] { i.Summary, i.Source.Quote })),
            ["items"] = Render(items),
        };
        // An unchanged week (same items, prompt and model) gets the summary it got before, without a call.
        var cacheKey = CacheKey(arguments);
        if (answers is not null && await answers.GetCachedAnswerAsync(cacheKey, cancellationToken).ConfigureAwait(false) is { } cached
            && ExecutiveSummaryAnswer.TryParse(cached) is { } reused)
            return reused;
        // The run's one LLM time budget: what extraction spent (long 429 waits included) is not spent again here.
        var clock = LlmTimeBudget.For(Summarizer.Extraction.ModelCallMeter.Current, options.Value, time ?? TimeProvider.System);
        if (clock.Spent)
        {
            clock.Tell(logger);
            return await fallback.WriteAsync(week, cancellationToken).ConfigureAwait(false);
        }
        if (LlmEndpointVerdict.For(Summarizer.Extraction.ModelCallMeter.Current).Failed)
        {
            logger.LogDebug("LLM executive summary for {Week} not asked: the model endpoint failed for good in this run", week.Week);
            return await fallback.WriteAsync(week, cancellationToken).ConfigureAwait(false);
        }
        using var call = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, clock.Token);
        try
        {
            var caller = new PromptCaller(kernels.Create(), options.Value.StructuredOutput, options.Value.IsReasoningModel);
            var answer = await caller.InvokeAsync(prompts.Function(LlmPrompts.DigestPlugin, LlmPrompts.ExecutiveSummary), arguments, call.Token).ConfigureAwait(false);
            logger.LogInformation("LLM executive summary for {Week}: {PromptTokens} prompt + {CompletionTokens} completion tokens",
                week.Week, answer.Usage.PromptTokens, answer.Usage.CompletionTokens);

            var bullets = answer.CutOff ? null : ExecutiveSummaryAnswer.TryParse(answer.Content);
            if (bullets is null)
            {
                logger.LogWarning("LLM executive summary for {Week} unusable ({Reason}); using the offline summary", week.Week, answer.CutOff ? "cut off" : "not the expected JSON");
                return await fallback.WriteAsync(week, cancellationToken).ConfigureAwait(false);
            }
            var known = KnownNumbers(week, items);
            var invented = bullets.SelectMany(b => NumberMatcher.Unsupported(b, known)).Distinct().ToList();
            if (invented.Count > 0)
            {
                logger.LogWarning("LLM executive summary for {Week} has numbers found in no item ({Numbers}); using the offline summary",
                    week.Week, string.Join(", ", invented));
                return await fallback.WriteAsync(week, cancellationToken).ConfigureAwait(false);
            }
            if (answers is not null) await answers.SaveCachedAnswerAsync(cacheKey, answer.Content, cancellationToken).ConfigureAwait(false);
            return bullets;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && clock.Spent)
        {
            clock.Tell(logger);
            logger.LogDebug(ex, "LLM executive summary for {Week} cancelled by the run's time budget", week.Week);
            return await fallback.WriteAsync(week, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("LLM executive summary for {Week} failed ({Error}); using the offline summary", week.Week, Extraction.EndpointFailure.Describe(ex));
            logger.LogDebug(ex, "LLM executive summary for {Week} failed", week.Week);
            return await fallback.WriteAsync(week, cancellationToken).ConfigureAwait(false);
        }
    }

    private string CacheKey(IReadOnlyDictionary<string, string> arguments)
    {
        var material = $"summary\n{options.Value.Model}\n{prompts.DigestHash}\n" + string.Join("\n", arguments.OrderBy(a => a.Key).Select(a => $"{a.Key}={a.Value}"));
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(material)));
    }

    /// <summary>Numbers the summary may use: those the teams wrote (quotes, metrics), the week and team names.</summary>
    private static string KnownNumbers(WeekSnapshot week, IReadOnlyList<ExtractedItem> items) =>
        string.Join('\n', items.SelectMany(i => new[]
        {
            i.Source.Quote, i.Team, i.Metric?.Target,
            i.Metric?.Value.ToString(CultureInfo.InvariantCulture),
            i.Metric?.Previous?.ToString(CultureInfo.InvariantCulture),
        }).Append(week.Week));

    private static string Render(IEnumerable<ExtractedItem> items)
    {
        var sb = new StringBuilder();
        foreach (var i in items.OrderBy(i => i.Severity ?? (Severity)99).ThenBy(i => i.Kind))
        {
            var kind = i.Kind.ToString().ToLowerInvariant() + (i.Severity is { } s ? "/" + s.ToString().ToLowerInvariant() : "");
            sb.Append($"- [{kind}] team \"{PromptFence.Attribute(i.Team)}\": {PromptFence.Neutralize(i.Summary)}");
            sb.Append($" | quote: \"{PromptFence.Neutralize(i.Source.Quote)}\"");
            if (i.Metric is { } m)
                sb.Append(CultureInfo.InvariantCulture, $" | metric: {PromptFence.Neutralize(m.Name)} = {m.Value}{m.Unit}{(m.Target is null ? "" : " (target " + PromptFence.Neutralize(m.Target) + ")")}");
            sb.Append('\n');
        }
        return sb.ToString().TrimEnd('\n');
    }
}
