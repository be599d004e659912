namespace Summarizer.Pipeline;

/// <summary>What an analyst, the schedule or the API asks the pipeline to do.</summary>
public sealed record RunRequest
{
    /// <summary>Input folder holding <c>&lt;YYYY-Www&gt;/&lt;team&gt;.md</c>; defaults to <c>Summarizer:Input</c>.</summary>
    public required string InputDir { get; init; }

    /// <summary>Week to digest; when null it comes from the folder name or the report text.</summary>
    public IsoWeek? Week { get; init; }

    /// <summary>Output folder; default <c>out/&lt;week&gt;/</c>.</summary>
    public string? OutDir { get; init; }

    /// <summary>auto, offline or llm.</summary>
    public string Engine { get; init; } = "auto";

    /// <summary>Only these teams (all when empty); a run of some teams leaves the other teams' stored items as they were.</summary>
    public IReadOnlyList<string> Teams { get; init; } = [];

    /// <summary>
    /// The input holds only part of the week (the API's <c>input</c> naming a folder below the week's): the run updates
    /// the teams it reads and keeps the others. Implied by <see cref="Teams"/>. See <see cref="WeekCoverage"/>.
    /// </summary>
    public bool PartOfWeek { get; init; }

    /// <summary>Ignore stored section results and extract again.</summary>
    public bool NoCache { get; init; }
}

/// <summary>What a finished run produced.</summary>
public sealed record RunOutcome(
    Store.RunRecord Run,
    Store.WeekSnapshot Snapshot,
    string OutDir,
    int DroppedCandidates);

/// <summary>Progress of a run, for the console and the API.</summary>
public sealed record RunProgress(string Stage, int SectionsDone, int SectionsTotal);
