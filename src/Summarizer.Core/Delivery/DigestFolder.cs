using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Summarizer.Digest;

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
        await AtomicFile.WriteTextAsync(Path.Combine(dir, week + ".html"), html, ct);
        await AtomicFile.WriteTextAsync(Path.Combine(dir, week + ".md"), markdown, ct);
        await AtomicFile.WriteAsync(Path.Combine(dir, week + ".eml"), s => message.WriteToAsync(s, ct));
        logger.LogInformation("Wrote the digest of {Week} to {Folder}", week, dir);
    }
}
