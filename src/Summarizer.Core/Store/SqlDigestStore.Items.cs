using System.Data.Common;

namespace Summarizer.Store;

public abstract partial class SqlDigestStore
{
    // Reviews are a history of changes: each field keeps the value of the newest review that set it (a review leaves
    // a field it did not change NULL), so confirming an item later never undoes an edited summary or severity.
    private const string ItemSelect =
        """
        SELECT i.payload,
          (SELECT x.status FROM reviews x WHERE x.item_id = i.item_id ORDER BY x.review_id DESC LIMIT 1),
          (SELECT x.summary FROM reviews x WHERE x.item_id = i.item_id AND x.summary IS NOT NULL AND x.summary <> '' ORDER BY x.review_id DESC LIMIT 1),
          (SELECT x.severity FROM reviews x WHERE x.item_id = i.item_id AND x.severity IS NOT NULL AND x.severity <> '' ORDER BY x.review_id DESC LIMIT 1)
        FROM items i
        """;

    public async Task<IReadOnlyList<ExtractedItem>> GetItemsAsync(ItemQuery query, CancellationToken ct = default)
    {
        var where = new List<string>();
        var args = new List<(string, object?)>();
        if (query.Week is not null) { where.Add("i.week = @week"); args.Add(("week", query.Week)); }
        if (query.Team is not null) { where.Add("LOWER(i.team) = LOWER(@team)"); args.Add(("team", query.Team)); }
        if (query.Kind is { } kind) { where.Add("i.kind = @kind"); args.Add(("kind", kind.ToString())); }
        var sql = ItemSelect + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "") + " ORDER BY i.week, i.ordinal";

        await using var conn = await OpenAsync(ct);
        await using var cmd = Command(conn, sql, [.. args]);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var items = new List<ExtractedItem>();
        while (await r.ReadAsync(ct))
        {
            var item = query.WithReviews ? ReadReviewedItem(r) : StoreJson.Read<ExtractedItem>(r.GetString(0));
            if (query.IncludeDismissed || item.Status != ReviewStatus.Dismissed) items.Add(item);
        }
        return items;
    }

    public async Task<ExtractedItem?> GetItemAsync(string itemId, CancellationToken ct = default)
    {
        await using var conn = await OpenAsync(ct);
        await using var cmd = Command(conn, ItemSelect + " WHERE i.item_id = @id ORDER BY i.week DESC LIMIT 1", ("id", itemId));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? ReadReviewedItem(r) : null;
    }

    public async Task SaveReviewAsync(ItemReview review, CancellationToken ct = default)
    {
        await using var conn = await OpenAsync(ct);
        await using var cmd = Command(conn,
            "INSERT INTO reviews (item_id, reviewer, status, summary, severity, note, at) VALUES (@id, @who, @status, @summary, @severity, @note, @at)",
            ("id", review.ItemId), ("who", review.Reviewer), ("status", review.Status.ToString()), ("summary", review.Summary),
            ("severity", review.Severity?.ToString()), ("note", review.Note), ("at", Stamp(review.At)));
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Every review of the item, oldest first.</summary>
    public async Task<IReadOnlyList<ItemReview>> GetReviewsAsync(string itemId, CancellationToken ct = default) =>
        (await GetReviewsAsync([itemId], ct)).GetValueOrDefault(itemId) ?? [];

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<ItemReview>>> GetReviewsAsync(IReadOnlyCollection<string> itemIds, CancellationToken ct = default)
    {
        var reviews = new Dictionary<string, List<ItemReview>>(StringComparer.Ordinal);
        await using var conn = await OpenAsync(ct);
        // In chunks: a preview of a very long report holds thousands of ids, more than a statement may bind.
        foreach (var chunk in itemIds.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            var names = chunk.Select((_, i) => "@id" + i).ToArray();
            await using var cmd = Command(conn,
                $"SELECT item_id, reviewer, status, summary, severity, note, at FROM reviews WHERE item_id IN ({string.Join(", ", names)}) ORDER BY review_id",
                [.. chunk.Select((id, i) => (names[i][1..], (object?)id))]);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                var id = r.GetString(0);
                if (!reviews.TryGetValue(id, out var list)) reviews[id] = list = [];
                list.Add(new ItemReview(id, r.GetString(1), ParseEnum<ReviewStatus>(r.GetString(2)), NullableString(r, 3),
                    NullableString(r, 4) is { } s ? ParseEnum<Severity>(s) : null, NullableString(r, 5), ParseStamp(r.GetString(6))));
            }
        }
        return reviews.ToDictionary(p => p.Key, p => (IReadOnlyList<ItemReview>)p.Value, StringComparer.Ordinal);
    }

    private static ExtractedItem ReadReviewedItem(DbDataReader r)
    {
        var item = StoreJson.Read<ExtractedItem>(r.GetString(0));
        return item with
        {
            Status = NullableString(r, 1) is { } status ? ParseEnum<ReviewStatus>(status) : item.Status,
            Summary = NullableString(r, 2) ?? item.Summary,
            SummaryEdited = NullableString(r, 2) is { } edited && edited != item.Summary,
            Severity = NullableString(r, 3) is { } s ? ParseEnum<Severity>(s) : item.Severity,
        };
    }
}
