using Summarizer.Store;

namespace Summarizer.Host.Serve;

/// <summary>Creates or migrates the store's schema before the server takes requests (idempotent).</summary>
internal sealed class StoreInitializer(IDigestStore store, ILogger<StoreInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        logger.LogInformation("Store ready");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
