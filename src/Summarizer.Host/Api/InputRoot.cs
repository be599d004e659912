using Summarizer.Gather;

namespace Summarizer.Host.Api;

/// <summary>
/// The folder runs may read from (<c>Summarizer:Input</c>, relative to the working directory). API callers name
/// folders inside it; anything resolving outside is refused so the API cannot be pointed at arbitrary files. Paths are
/// checked after following symbolic links (<see cref="ResolvedPath"/>): a link inside the root that leads out is outside.
/// </summary>
public sealed class InputRoot
{
    public InputRoot(string path) => FullPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    public string FullPath { get; }

    /// <summary>The root with its own links followed (an operator may well keep the reports behind a link).</summary>
    public string ResolvedFullPath => ResolvedPath.Of(FullPath);

    /// <summary>Resolves a requested folder (absolute or relative to the root; null = the root itself).</summary>
    public bool TryResolveFolder(string? requested, out string fullPath, out string error)
    {
        fullPath = Path.TrimEndingDirectorySeparator(
            Path.GetFullPath(string.IsNullOrWhiteSpace(requested) ? FullPath : Path.Combine(FullPath, requested.Trim())));
        error = "";
        if (!Contains(fullPath))
            error = $"Input '{requested}' is outside the configured input folder '{FullPath}' (Summarizer:Input); name a folder inside it.";
        else if (!LeadsInside(fullPath))
            error = $"Input '{requested}' leads outside the configured input folder '{FullPath}' (Summarizer:Input) through a symbolic link; name a real folder inside it.";
        else if (!Directory.Exists(fullPath))
            error = $"Input folder '{fullPath}' does not exist.";
        return error.Length == 0;
    }

    /// <summary>A file named relative to <paramref name="folder"/> (itself inside the root), or null when it escapes the root, also through a link.</summary>
    public string? ResolveFile(string folder, string relativeFile)
    {
        var full = Path.GetFullPath(Path.Combine(folder, relativeFile));
        return Contains(full) && LeadsInside(full) ? full : null;
    }

    /// <summary>
    /// True when <paramref name="input"/> is a folder below the week's (or any folder but the root and the root's
    /// week folder): such a run reads only some of the week's teams and must leave the others as they are.
    /// </summary>
    public bool IsPartOfWeek(string? input, string week)
    {
        if (input is null) return false;
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(input));
        return !string.Equals(full, FullPath, StringComparison.Ordinal)
            && !string.Equals(full, Path.Combine(FullPath, week), StringComparison.Ordinal);
    }

    public bool Contains(string fullPath) =>
        string.Equals(fullPath, FullPath, StringComparison.Ordinal)
        || fullPath.StartsWith(FullPath + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private bool LeadsInside(string fullPath)
    {
        try { return ResolvedPath.IsInside(ResolvedPath.Of(fullPath), ResolvedFullPath); }
        catch (IOException) { return false; } // a looping link leads nowhere usable
    }
}
