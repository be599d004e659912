using Json.Schema;

namespace Summarizer.Tests.TestSupport;

/// <summary>
/// docs/schema/items.schema.json, loaded once: JsonSchema.Net registers a schema's $id globally, so two tests loading
/// it at the same moment would collide.
/// </summary>
public static class ItemsSchema
{
    public static JsonSchema Schema { get; } = JsonSchema.FromText(File.ReadAllText(Path.Combine(RepoPaths.Schemas, "items.schema.json")));
}
