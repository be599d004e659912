namespace Summarizer.Gather;

/// <summary>What to gather: the input folder, optionally one week and a team filter (case-insensitive; all teams when null or empty).</summary>
public sealed record GatherRequest(string InputDir, IsoWeek? Week = null, IReadOnlyCollection<string>? Teams = null);
