namespace Summarizer.Gather;

/// <summary>What reading one directory entry gave: lines to use, a rejection, or nothing (hidden files, folders).</summary>
public sealed record LoadedFile(string RelativePath, string Stem, FormatReadResult? Content, string? Format, RejectedFile? Rejected)
{
    public bool Ignored => Content is null && Rejected is null;

    public static LoadedFile Ignore(string rel) => new(rel, "", null, null, null);

    public static LoadedFile Reject(string rel, string stem, string reason) => new(rel, stem, null, null, new RejectedFile(rel, reason));
}
