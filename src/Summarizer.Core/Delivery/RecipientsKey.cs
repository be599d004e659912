namespace Summarizer.Delivery;

/// <summary>The outbox key of a recipient list: addresses trimmed, lower-cased, de-duplicated, sorted and joined with ';'.</summary>
public static class RecipientsKey
{
    public static string From(IEnumerable<string> recipients)
    {
        var list = recipients.Select(r => r.Trim().ToLowerInvariant()).Where(r => r.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
        if (list.Count == 0) throw new ArgumentException("A delivery needs at least one recipient.", nameof(recipients));
        return string.Join(';', list);
    }

    public static IReadOnlyList<string> Split(string key) => key.Split(';', StringSplitOptions.RemoveEmptyEntries);
}
