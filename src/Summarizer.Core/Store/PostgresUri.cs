using Npgsql;

namespace Summarizer.Store;

/// <summary>Turns <c>postgres://user:pass@host:port/db</c> into an Npgsql connection string.</summary>
internal static class PostgresUri
{
    public static string ToConnectionString(string uri)
    {
        var u = new Uri(uri);
        var userInfo = u.UserInfo.Split(':', 2);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = u.Host,
            Port = u.IsDefaultPort || u.Port <= 0 ? 5432 : u.Port,
            Database = u.AbsolutePath.Trim('/'),
            Username = Uri.UnescapeDataString(userInfo[0]),
        };
        if (userInfo.Length > 1) builder.Password = Uri.UnescapeDataString(userInfo[1]);
        return builder.ToString();
    }
}
