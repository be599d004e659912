namespace Summarizer.Gather;

/// <summary>What reading one directory entry gave: lines to use, a rejection, or nothing (hidden files, folders).</summary>
public sealed record LoadedFile(string RelativePath, string Stem, FormatReadResult? Content, string? Format, RejectedFile? Rejected)
{
    /// <summary>When the file was last written (UTC), for files on disk: it orders a folder file against submissions of the same team.</summary>
    public DateTimeOffset? WrittenAt { get; init; }

    public bool Ignored => Content is null && Rejected is null;

    public static LoadedFile Ignore(string rel) => new(rel, "", null, null, null);

    public static LoadedFile Reject(string rel, string stem, string reason) => new(rel, stem, null, null, new RejectedFile(rel, reason));
}
