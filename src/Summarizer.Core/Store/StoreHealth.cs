namespace Summarizer.Store;

/// <summary>What a store health check found: <paramref name="Problem"/> is one line naming the store and the fault, null when healthy.</summary>
public sealed record StoreHealth(string? Problem)
{
    public static readonly StoreHealth Healthy = new((string?)null);

    public bool IsHealthy => Problem is null;
}

/// <summary>
/// The store cannot be used: missing, read-only, full, corrupt or unreachable. The message is one line naming the
/// store (<c>store /data/summarizer.db is not a database: …</c>); the HTTP API answers it as 503.
/// </summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>This exception, not the provider's: its message names the store and the fault, the provider's does not.</summary>
    public override Exception GetBaseException() => this;
}
