namespace Summarizer.Gather;

/// <summary>
/// Where a path really leads once every symbolic link along it is followed (the realpath), and whether that lies
/// inside a root. Roots are checked on resolved paths because a link inside the input folder (a week folder, a
/// report file, the folder named as input) can point anywhere on the machine.
/// </summary>
public static class ResolvedPath
{
    private const int MaxLinks = 40; // as Linux's ELOOP limit

    /// <summary>
    /// The absolute path with every link along it followed; parts that do not exist are kept as written.
    /// </summary>
    /// <exception cref="IOException">A link loops or the chain is longer than 40 links.</exception>
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var parts = new Queue<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        var current = root;
        int links = 0;
        while (parts.Count > 0)
        {
            var next = Path.Combine(current, parts.Dequeue());
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (++links > MaxLinks) throw new IOException($"'{path}' has more than {MaxLinks} links in a chain (a loop?)");
                // The target is resolved from the link's folder; its own parts are walked again, links and all.
                var resolved = Path.GetFullPath(target, current);
                var rest = parts.ToList();
                var targetRoot = Path.GetPathRoot(resolved)!;
                parts = new Queue<string>(resolved[targetRoot.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(rest));
                current = targetRoot;
                continue;
            }
            current = next;
        }
        return Path.TrimEndingDirectorySeparator(current);
    }

    /// <summary>True when <paramref name="resolved"/> is <paramref name="resolvedRoot"/> or lies under it (both already resolved).</summary>
    public static bool IsInside(string resolved, string resolvedRoot)
    {
        var root = Path.TrimEndingDirectorySeparator(resolvedRoot);
        return string.Equals(resolved, root, StringComparison.Ordinal)
            || resolved.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || root == Path.GetPathRoot(root);
    }
}
