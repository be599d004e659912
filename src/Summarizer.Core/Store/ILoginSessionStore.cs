namespace Summarizer.Store;

/// <summary>
/// Page logins of <c>serve</c>, kept server-side so signing out ends a login on every instance sharing the store:
/// the cookie carries only the session id, and a revoked id is refused however valid the cookie still looks.
/// </summary>
public interface ILoginSessionStore
{
    /// <summary>Records a new login of <paramref name="tokenId"/> (a token's id, never the token).</summary>
    Task CreateLoginSessionAsync(string sessionId, string tokenId, CancellationToken ct = default);

    /// <summary>True while the session exists and has not been revoked.</summary>
    Task<bool> IsLoginSessionActiveAsync(string sessionId, CancellationToken ct = default);

    /// <summary>Ends the session (sign-out); idempotent.</summary>
    Task RevokeLoginSessionAsync(string sessionId, CancellationToken ct = default);
}

/// <summary>
/// The ASP.NET Core Data Protection key ring (the keys that protect login cookies and antiforgery tokens), kept in the
/// store so every instance on it accepts the same logins and a restart keeps them. Elements are the key ring's XML.
/// </summary>
public interface IProtectionKeyStore
{
    Task<IReadOnlyList<string>> GetProtectionKeysAsync(CancellationToken ct = default);

    /// <summary>Adds a key element under its friendly name (a key is never changed once written).</summary>
    Task SaveProtectionKeyAsync(string name, string xml, CancellationToken ct = default);
}
