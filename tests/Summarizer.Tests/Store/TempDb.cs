using Microsoft.Data.Sqlite;

namespace Summarizer.Tests.Store;

/// <summary>A SQLite file in a fresh temp folder, deleted with its folder afterwards.</summary>
public sealed class TempDb : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("summarizer-store-").FullName;

    public string Path => System.IO.Path.Combine(_dir, "summarizer.db");

    public string ConnectionString => $"Data Source={Path}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
