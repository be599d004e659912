namespace Summarizer.Host.Api;

/// <summary>
/// The folder runs may read from (<c>Summarizer:Input</c>, relative to the working directory). API callers name
/// folders inside it; anything resolving outside is refused so the API cannot be pointed at arbitrary files.
/// </summary>
public sealed class InputRoot
{
    public InputRoot(string path) => FullPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    public string FullPath { get; }

    /// <summary>Resolves a requested folder (absolute or relative to the root; null = the root itself).</summary>
    public bool TryResolveFolder(string? requested, out string fullPath, out string error)
    {
        fullPath = Path.TrimEndingDirectorySeparator(
            Path.GetFullPath(string.IsNullOrWhiteSpace(requested) ? FullPath : Path.Combine(FullPath, requested.Trim())));
        error = "";
        if (!Contains(fullPath))
            error = $"Input '{requested}' is outside the configured input folder '{FullPath}' (Summarizer:Input); name a folder inside it.";
        else if (!Directory.Exists(fullPath))
            error = $"Input folder '{fullPath}' does not exist.";
        return error.Length == 0;
    }

    /// <summary>A file named relative to <paramref name="folder"/> (itself inside the root), or null when it escapes the root.</summary>
    public string? ResolveFile(string folder, string relativeFile)
    {
        var full = Path.GetFullPath(Path.Combine(folder, relativeFile));
        return Contains(full) ? full : null;
    }

    public bool Contains(string fullPath) =>
        string.Equals(fullPath, FullPath, StringComparison.Ordinal)
        || fullPath.StartsWith(FullPath + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
