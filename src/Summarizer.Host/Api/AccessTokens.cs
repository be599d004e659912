using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Summarizer.Host.Api;

/// <summary>The configured tokens, kept as SHA-256 hashes and compared in constant time.</summary>
public sealed class AccessTokens
{
    private readonly IReadOnlyList<(byte[] Hash, AccessGrant Grant)> _entries;

    public AccessTokens(IOptions<AuthOptions> options)
    {
        _entries = options.Value.Tokens
            .Select(t => (Hash(t.Key), AccessGrant.ParseRole(t.Value)))
            .Where(t => t.Item2 is not null)
            .Select(t => (t.Item1, new AccessGrant(t.Item2 is "" ? null : t.Item2, TokenId(t.Item1))))
            .ToList();
    }

    /// <summary>The grant of a presented token, or null. Every entry is compared, so timing does not tell which matched.</summary>
    public AccessGrant? Find(string? presented)
    {
        if (string.IsNullOrEmpty(presented)) return null;
        var hash = Hash(presented);
        AccessGrant? found = null;
        foreach (var (entryHash, grant) in _entries)
            if (CryptographicOperations.FixedTimeEquals(hash, entryHash)) found = grant;
        return found;
    }

    /// <summary>True while a token id is still configured with the same role (a removed token ends its page sessions).</summary>
    public bool IsCurrent(AccessGrant grant) => _entries.Any(e => e.Grant == grant);

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    private static string TokenId(byte[] hash) => "tok-" + Convert.ToHexStringLower(hash)[..8];
}
