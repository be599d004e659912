using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Summarizer.Delivery;

/// <summary>Writes a copy of each digest to <see cref="DeliveryOptions.Folder"/>: <c>&lt;week&gt;.html</c>, <c>.md</c> and <c>.eml</c>.</summary>
public sealed class DigestFolder(IOptions<DeliveryOptions> options, ILogger<DigestFolder> logger)
{
    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.Folder);

    public async Task WriteAsync(string week, string markdown, string html, MimeMessage message, CancellationToken ct)
    {
        if (!IsConfigured) return;
        var dir = Path.GetFullPath(options.Value.Folder!);
        Directory.CreateDirectory(dir);
        await WriteAtomicAsync(Path.Combine(dir, week + ".html"), s => s.WriteAsync(Encoding.UTF8.GetBytes(html), ct).AsTask());
        await WriteAtomicAsync(Path.Combine(dir, week + ".md"), s => s.WriteAsync(Encoding.UTF8.GetBytes(markdown), ct).AsTask());
        await WriteAtomicAsync(Path.Combine(dir, week + ".eml"), s => message.WriteToAsync(s, ct));
        logger.LogInformation("Wrote the digest of {Week} to {Folder}", week, dir);
    }

    // Readers of the folder never see a half-written file.
    private static async Task WriteAtomicAsync(string path, Func<Stream, Task> write)
    {
        var tmp = path + ".tmp";
        await using (var stream = File.Create(tmp)) await write(stream);
        File.Move(tmp, path, overwrite: true);
    }
}
