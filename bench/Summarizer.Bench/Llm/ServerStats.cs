namespace Summarizer.Bench.Llm;

/// <summary>What the loopback model server saw: calls by prompt, throttled attempts, tokens, and the most in flight.</summary>
public sealed class ServerStats
{
    private readonly Lock _gate = new();
    private int _inFlight;
    private List<(long Start, long End, PromptKind Kind)> _calls = [];

    public int Requests { get; private set; }
    public int Throttled { get; private set; }
    public int ExtractionCalls { get; private set; }
    public int SummaryCalls { get; private set; }
    public int OtherCalls { get; private set; }
    public long PromptTokens { get; private set; }
    public long ExtractionPromptTokens { get; private set; }
    /// <summary>Prompt + completion tokens of extraction calls: what they charged against the TPM quota.</summary>
    public long ExtractionTokens { get; private set; }
    public long CompletionTokens { get; private set; }
    /// <summary>o200k tokens of the fenced section texts the extraction calls carried.</summary>
    public long SectionTokens { get; private set; }
    public int SectionsSeen { get; private set; }
    /// <summary>o200k tokens of the fixed leading system message extraction calls share (0 until one was seen).</summary>
    public long FixedPrefixTokens { get; private set; }
    /// <summary>Extraction prompt tokens a provider would serve from its prompt cache: the shared prefix of every call after the first, when ≥ 1,024 tokens.</summary>
    public long ExtractionCachedTokens { get; private set; }
    public int MaxInFlight { get; private set; }

    public ServerStats Snapshot()
    {
        lock (_gate)
        {
            var copy = (ServerStats)MemberwiseClone();
            copy._calls = [.. _calls];
            return copy;
        }
    }

    /// <summary>Answered calls so far: a mark for <see cref="SpanSince"/>.</summary>
    public int Mark { get { lock (_gate) return _calls.Count; } }

    /// <summary>Arrival of the first and end of the last extraction call answered after <paramref name="mark"/> (Stopwatch timestamps).</summary>
    public (long First, long Last) WindowSince(int mark)
    {
        lock (_gate)
        {
            var calls = _calls.Skip(mark).Where(c => c.Kind == PromptKind.Extraction).ToList();
            return calls.Count == 0 ? (0, 0) : (calls.Min(c => c.Start), calls.Max(c => c.End));
        }
    }

    /// <summary>From the arrival of the first extraction call answered after <paramref name="mark"/> to the last such answer.</summary>
    public TimeSpan SpanSince(int mark)
    {
        lock (_gate)
        {
            var calls = _calls.Skip(mark).Where(c => c.Kind == PromptKind.Extraction).ToList();
            return calls.Count == 0 ? TimeSpan.Zero : System.Diagnostics.Stopwatch.GetElapsedTime(calls.Min(c => c.Start), calls.Max(c => c.End));
        }
    }

    internal void Received() { lock (_gate) Requests++; }
    internal void Rejected() { lock (_gate) Throttled++; }

    internal void Started() { lock (_gate) MaxInFlight = Math.Max(MaxInFlight, ++_inFlight); }
    internal void Ended() { lock (_gate) _inFlight--; }

    internal void Answered(long arrived, PromptKind kind, int promptTokens, int completionTokens, int sections, long sectionTokens, int prefixTokens = 0, bool prefixSeenBefore = false)
    {
        lock (_gate)
        {
            if (kind == PromptKind.Extraction)
            {
                FixedPrefixTokens = Math.Max(FixedPrefixTokens, prefixTokens);
                if (prefixSeenBefore && prefixTokens >= 1024) ExtractionCachedTokens += prefixTokens;
            }
            _calls.Add((arrived, System.Diagnostics.Stopwatch.GetTimestamp(), kind));
            if (kind == PromptKind.Extraction) ExtractionCalls++;
            else if (kind == PromptKind.Summary) SummaryCalls++;
            else OtherCalls++;
            PromptTokens += promptTokens;
            if (kind == PromptKind.Extraction)
            {
                ExtractionPromptTokens += promptTokens;
                ExtractionTokens += promptTokens + completionTokens;
            }
            CompletionTokens += completionTokens;
            SectionsSeen += sections;
            SectionTokens += sectionTokens;
        }
    }

    /// <summary>Calls answered (all prompts), i.e. what was paid for.</summary>
    public int Calls => ExtractionCalls + SummaryCalls + OtherCalls;

    public ServerStats Minus(ServerStats before) => new()
    {
        Requests = Requests - before.Requests, Throttled = Throttled - before.Throttled,
        ExtractionCalls = ExtractionCalls - before.ExtractionCalls, SummaryCalls = SummaryCalls - before.SummaryCalls,
        OtherCalls = OtherCalls - before.OtherCalls, PromptTokens = PromptTokens - before.PromptTokens,
        CompletionTokens = CompletionTokens - before.CompletionTokens,
        ExtractionPromptTokens = ExtractionPromptTokens - before.ExtractionPromptTokens,
        ExtractionTokens = ExtractionTokens - before.ExtractionTokens, SectionTokens = SectionTokens - before.SectionTokens,
        SectionsSeen = SectionsSeen - before.SectionsSeen, MaxInFlight = MaxInFlight,
        FixedPrefixTokens = FixedPrefixTokens, ExtractionCachedTokens = ExtractionCachedTokens - before.ExtractionCachedTokens,
    };
}

public enum PromptKind { Extraction, Summary, Other }
