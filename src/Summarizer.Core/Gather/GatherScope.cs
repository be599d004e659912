namespace Summarizer.Gather;

/// <summary>
/// Which folder holds the week's reports. <see cref="Week"/> is known from the request or the folder name;
/// when <see cref="FromText"/> is set the files sit loose in the input folder and each report's text names its week.
/// </summary>
public sealed record GatherScope(string Root, string Folder, IsoWeek? Week, bool FromText)
{
    /// <summary>
    /// <c>DIR/&lt;week&gt;/</c> when that folder exists; DIR itself when its name is a week; without a week the newest
    /// week folder under DIR; otherwise the files directly in DIR, weeks taken from their text.
    /// </summary>
    public static GatherScope Resolve(string inputDir, IsoWeek? week)
    {
        var root = Path.GetFullPath(inputDir);
        if (!Directory.Exists(root))
            throw new DirectoryNotFoundException($"Input folder '{inputDir}' does not exist; pass the folder that holds <YYYY-Www>/<team>.md reports.");
        var rootWeek = WeekDetector.FromFolderName(Path.GetFileName(Path.TrimEndingDirectorySeparator(root)));
        if (week is { } w)
        {
            var sub = Path.Combine(root, w.ToString());
            if (Directory.Exists(sub)) return new GatherScope(root, sub, w, false);
            return rootWeek == w ? new GatherScope(root, root, w, false) : new GatherScope(root, root, w, true);
        }
        if (rootWeek is { } own) return new GatherScope(root, root, own, false);
        var newest = WeekDirectories(root).LastOrDefault();
        return newest.Dir is not null ? new GatherScope(root, newest.Dir, newest.Week, false) : new GatherScope(root, root, null, true);
    }

    /// <summary>The weeks that have a folder under <paramref name="inputDir"/>, oldest first; empty when it does not exist.</summary>
    public static IReadOnlyList<IsoWeek> WeekFolders(string inputDir) =>
        Directory.Exists(inputDir) ? WeekDirectories(Path.GetFullPath(inputDir)).Select(x => x.Week).ToList() : [];

    private static IEnumerable<(string Dir, IsoWeek Week)> WeekDirectories(string root) =>
        Directory.EnumerateDirectories(root)
            .Select(d => (Dir: d, Week: WeekDetector.FromFolderName(Path.GetFileName(d))))
            .Where(x => x.Week is not null)
            .Select(x => (x.Dir, x.Week!.Value))
            .OrderBy(x => x.Item2);
}
