using System.Text;

namespace Summarizer.Tests.TestSupport;

/// <summary>A folder under the system temp directory for one test, removed at dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("summarizer-test-").FullName;

    /// <summary>Creates <paramref name="name"/> under the folder and returns its full path.</summary>
    public string Sub(string name) => Directory.CreateDirectory(System.IO.Path.Combine(Path, name)).FullName;

    /// <summary>Writes <paramref name="text"/> as UTF-8 without BOM to <paramref name="relative"/>, creating folders; returns the full path.</summary>
    public string Write(string relative, string text) => Write(relative, new UTF8Encoding(false).GetBytes(text));

    /// <summary>Writes the bytes to <paramref name="relative"/>, creating folders; returns the full path.</summary>
    public string Write(string relative, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
