using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Summarizer.Store;

public static class StoreServiceCollectionExtensions
{
    /// <summary>Configuration key of the store's connection string (default <c>Data Source=summarizer.db</c>).</summary>
    public const string ConfigKey = "Summarizer:Store";

    /// <summary>Registers the <see cref="IDigestStore"/> singleton (also the login, key-ring and report-submission store) chosen from <c>Summarizer:Store</c>.</summary>
    public static IServiceCollection AddDigestStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDigestStore>(sp => StoreFactory.Create(
            configuration[ConfigKey],
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILoggerFactory>()));
        // Logins and the key ring live in the same store (one SQLite file or one PostgreSQL database).
        services.TryAddSingleton(sp => (ILoginSessionStore)sp.GetRequiredService<IDigestStore>());
        services.TryAddSingleton(sp => (IProtectionKeyStore)sp.GetRequiredService<IDigestStore>());
        // Submitted reports (mailbox, upload) too, so a backup of the store holds every report the digest read.
        services.TryAddSingleton(sp => (Gather.Sources.IReportSubmissionStore)sp.GetRequiredService<IDigestStore>());
        return services;
    }
}
