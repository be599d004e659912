using System.Text.Json;
using System.Text.Json.Nodes;
using Summarizer.Store;

namespace Summarizer.Digest;

/// <summary>Writes items.json as docs/schema/items.schema.json describes it.</summary>
public static class ItemsJsonWriter
{
    public static string Write(WeekSnapshot week)
    {
        var doc = new JsonObject
        {
            ["schemaVersion"] = 1,
            ["week"] = week.Week,
            ["engine"] = week.Engine,
            ["reports"] = JsonSerializer.SerializeToNode(week.Reports, SummarizerJson.Options),
            ["rejected"] = JsonSerializer.SerializeToNode(week.Rejected, SummarizerJson.Options),
            ["items"] = JsonSerializer.SerializeToNode(week.Items, SummarizerJson.Options),
            ["changes"] = JsonSerializer.SerializeToNode(week.Changes, SummarizerJson.Options),
            ["degradedSections"] = JsonSerializer.SerializeToNode(week.DegradedSections, SummarizerJson.Options),
            ["dropped"] = JsonSerializer.SerializeToNode(week.Dropped, SummarizerJson.Options),
        };
        return doc.ToJsonString(SummarizerJson.Indented);
    }
}
