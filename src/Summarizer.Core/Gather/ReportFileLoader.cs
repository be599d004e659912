using Microsoft.Extensions.Logging;

namespace Summarizer.Gather;

/// <summary>
/// Reads one input file with every check a shared folder needs: links, type, size (before reading), permissions,
/// emptiness, encoding and format. Each failure becomes a reason a person can act on.
/// </summary>
public sealed class ReportFileLoader(GatherOptions options, ILogger logger)
{
    private static readonly string[] SilentNames = ["thumbs.db", "desktop.ini"];

    private static readonly IReportFormatReader[] Readers =
        [new PlainTextFormatReader("md", ".md", ".markdown"), new PlainTextFormatReader("txt", ".txt"), new HtmlFormatReader(), new DocxFormatReader()];

    public static string SupportedExtensions => ".md, .markdown, .txt, .html, .htm or .docx";

    /// <summary>True when <paramref name="fileName"/>'s extension (any case) is one of <see cref="SupportedExtensions"/>.</summary>
    public static bool Reads(string fileName) => Readers.Any(r => r.Extensions.Contains(Path.GetExtension(fileName).ToLowerInvariant()));

    /// <param name="entry">The directory entry (file, folder or link).</param>
    /// <param name="rel">Its path relative to the input folder, as reports and items cite it.</param>
    /// <param name="resolvedRoot">The input folder with its links resolved (<see cref="ResolvedPath.Of"/>): an entry
    /// that leads outside it — through a link of its own or of a folder above it — is rejected with that reason.</param>
    public async Task<LoadedFile> LoadAsync(FileSystemInfo entry, string rel, string resolvedRoot, CancellationToken ct)
    {
        var name = entry.Name;
        if (name.StartsWith('.') || name.StartsWith("~$", StringComparison.Ordinal) || SilentNames.Contains(name.ToLowerInvariant()))
            return LoadedFile.Ignore(rel);
        var stem = Path.GetFileNameWithoutExtension(name);
        if (OutsideRoot(entry, rel, stem, resolvedRoot) is { } outside) return outside;
        FileSystemInfo target = entry;
        if (entry.LinkTarget is { } link)
        {
            try
            {
                target = entry.ResolveLinkTarget(returnFinalTarget: true) ?? entry;
            }
            catch (IOException)
            {
                return LoadedFile.Reject(rel, stem, $"is a symbolic link that loops (or has too many levels; it points to '{link}'); replace it with the report file");
            }
            target.Refresh();
            if (!target.Exists && !Directory.Exists(target.FullName))
                return LoadedFile.Reject(rel, stem, $"is a broken symbolic link: its target '{link}' does not exist");
        }
        if (target is DirectoryInfo || Directory.Exists(target.FullName))
        {
            logger.LogInformation("Ignoring folder {File}: reports sit directly in the week folder", rel);
            return LoadedFile.Ignore(rel);
        }
        if (Pick(name) is not ({ } reader, var limit)) return UnsupportedType(name, rel, stem);
        // Sizes come from the directory entry, before any open: a huge file costs nothing, and a FIFO or device
        // (size 0) is never opened, so it cannot block the run.
        var file = target as FileInfo ?? new FileInfo(target.FullName);
        if (file.Length > limit) return TooLarge(rel, stem, file.Length, limit);
        if (file.Length == 0) return LoadedFile.Reject(rel, stem, "is empty (0 bytes) or not a regular file; write the week's report into it");
        var loaded = await ReadAsync(target.FullName, rel, stem, reader, limit, ct).ConfigureAwait(false);
        return loaded with { WrittenAt = new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero) };
    }

    /// <summary>
    /// Reads a report handed over as bytes (a mail attachment, an upload) with the same readers, limits and reasons
    /// as a file on disk: <paramref name="fileName"/>'s extension picks the reader; <paramref name="rel"/> is how
    /// reasons and items cite it.
    /// </summary>
    public LoadedFile Load(string fileName, byte[] bytes, string rel)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        if (Pick(fileName) is not ({ } reader, var limit)) return UnsupportedType(fileName, rel, stem);
        if (bytes.Length > limit) return TooLarge(rel, stem, bytes.Length, limit);
        return Decode(bytes, rel, stem, reader);
    }

    /// <summary>The reader for <paramref name="name"/>'s extension and its size limit in bytes, or null for an unsupported type.</summary>
    private (IReportFormatReader Reader, long Limit)? Pick(string name)
    {
        var ext = Path.GetExtension(name).ToLowerInvariant();
        var reader = Readers.FirstOrDefault(r => r.Extensions.Contains(ext));
        return reader is null ? null : (reader, reader.Format == "docx" ? options.MaxDocxBytes : options.MaxFileBytes);
    }

    private static LoadedFile UnsupportedType(string name, string rel, string stem)
    {
        var ext = Path.GetExtension(name).ToLowerInvariant();
        return LoadedFile.Reject(rel, stem, $"has an unsupported file type '{(ext.Length == 0 ? "(none)" : ext)}'; save the report as {SupportedExtensions}");
    }

    private static LoadedFile? OutsideRoot(FileSystemInfo entry, string rel, string stem, string resolvedRoot)
    {
        string real;
        try { real = ResolvedPath.Of(entry.FullName); }
        catch (IOException) { return null; } // a looping link: rejected below with its own reason
        return ResolvedPath.IsInside(real, resolvedRoot) ? null : LoadedFile.Reject(rel, stem,
            $"leads outside the input folder through a symbolic link (to '{real}'); copy the report into the input folder instead of linking it");
    }

    private static LoadedFile TooLarge(string rel, string stem, long size, long limit) =>
        LoadedFile.Reject(rel, stem, $"is too large ({Megabytes(size)}, the limit is {Megabytes(limit)}); split the report or remove embedded content");

    private async Task<LoadedFile> ReadAsync(string path, string rel, string stem, IReportFormatReader reader, long limit, CancellationToken ct)
    {
        byte[] bytes;
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous);
            // Checked again on the open handle: the file may have grown since it was listed.
            if (stream.Length > limit) return TooLarge(rel, stem, stream.Length, limit);
            bytes = new byte[stream.Length];
            await stream.ReadExactlyAsync(bytes, ct).ConfigureAwait(false);
        }
        catch (UnauthorizedAccessException)
        {
            return LoadedFile.Reject(rel, stem, "cannot be read: permission denied; make the file readable by the summarizer's account");
        }
        catch (Exception e) when (e is IOException and not EndOfStreamException)
        {
            return LoadedFile.Reject(rel, stem, $"cannot be read: {e.Message}");
        }
        catch (EndOfStreamException)
        {
            return LoadedFile.Reject(rel, stem, "cannot be read: it was truncated while being read; try again once it is fully written");
        }
        return Decode(bytes, rel, stem, reader);
    }

    /// <summary>The checks after the bytes are read, the same for a file and for submitted bytes.</summary>
    private LoadedFile Decode(byte[] bytes, string rel, string stem, IReportFormatReader reader)
    {
        if (bytes.Length == 0) return LoadedFile.Reject(rel, stem, "is empty (0 bytes); write the week's report into it");
        var content = reader.Read(bytes);
        if (content.Error is { } error) return LoadedFile.Reject(rel, stem, error);
        var lines = content.Lines!;
        if (lines.All(string.IsNullOrWhiteSpace))
            return LoadedFile.Reject(rel, stem, "is empty: it holds only whitespace; write the week's report into it");
        if (lines.Sum(l => (long)l.Length + 1) > options.MaxFileBytes)
            return LoadedFile.Reject(rel, stem, $"holds more than {Megabytes(options.MaxFileBytes)} of text; split the report");
        if (OverLimits(lines) is { } overLimit) return LoadedFile.Reject(rel, stem, overLimit);
        return new LoadedFile(rel, stem, content, reader.Format, null);
    }

    /// <summary>Why the decoded lines break <see cref="GatherOptions.MaxLinesPerReport"/>, <see cref="GatherOptions.MaxLineChars"/> or <see cref="GatherOptions.MaxReportChars"/>, or null.</summary>
    private string? OverLimits(IReadOnlyList<string> lines)
    {
        if (lines.Count > options.MaxLinesPerReport)
            return $"has {lines.Count:N0} lines, more than the limit of {options.MaxLinesPerReport:N0} (Summarizer:Gather:MaxLinesPerReport); split the report or remove pasted data";
        long total = 0;
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length > options.MaxLineChars)
                return $"has {lines[i].Length:N0} characters on line {i + 1}, more than the limit of {options.MaxLineChars:N0} per line " +
                    "(Summarizer:Gather:MaxLineChars); break the line up or remove pasted data";
            total += lines[i].Length;
        }
        return total > options.MaxReportChars
            ? $"has {total:N0} characters, more than the limit of {options.MaxReportChars:N0} (Summarizer:Gather:MaxReportChars); split the report"
            : null;
    }

    private static string Megabytes(long bytes) => $"{bytes / 1024d / 1024d:0.#} MB";
}
