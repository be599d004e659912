using Summarizer.Store;

namespace Summarizer.Tests.Store;

public sealed class StoreFactoryTests
{
    [Theory]
    [InlineData("Host=127.0.0.1;Port=5432;Username=s;Password=p;Database=d", true)]
    [InlineData("Server=db;User ID=s;Database=d", true)]
    [InlineData("postgres://s:p@127.0.0.1:5432/d", true)]
    [InlineData("Data Source=summarizer.db", false)]
    [InlineData("Data Source=/var/lib/host=1/summarizer.db", false)]
    public void IsPostgres_ConnectionStrings_ClassifiedByShape(string cs, bool expected) =>
        Assert.Equal(expected, StoreFactory.IsPostgres(cs));

    [Fact]
    public void Create_NoConnectionString_UsesSqliteDefault()
    {
        var store = Assert.IsType<SqliteDigestStore>(StoreFactory.Create(null));
        Assert.Equal("summarizer.db", ((SqliteDialect)store.Dialect).DataSource);
    }

    [Fact]
    public void Create_PostgresUri_BuildsPostgresStore() =>
        Assert.IsType<PostgresDigestStore>(StoreFactory.Create("postgres://s:p%40ss@127.0.0.1:5432/d"));
}
