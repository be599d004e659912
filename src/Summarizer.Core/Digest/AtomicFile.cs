using System.Text;

namespace Summarizer.Digest;

/// <summary>Writes files so a reader (a person, a mailer, a crash) never sees one half written.</summary>
public static class AtomicFile
{
    public static Task WriteTextAsync(string path, string content, CancellationToken ct) =>
        WriteAsync(path, s => s.WriteAsync(new UTF8Encoding(false).GetBytes(content), ct).AsTask());

    public static async Task WriteAsync(string path, Func<Stream, Task> write)
    {
        var temp = path + ".tmp";
        await using (var stream = File.Create(temp)) await write(stream);
        File.Move(temp, path, overwrite: true);
    }
}
