using System.Text.Json.Nodes;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.AI;

/// <summary>
/// docs/schema/llm-extraction.schema.json owns the shape of the model's answer; the extraction prompts carry it again
/// in OpenAI's strict form (every property required, no extras). The two must name the same fields and kinds.
/// </summary>
public sealed class ExtractionSchemaTests
{
    [Theory]
    [InlineData("ExtractItems")]
    [InlineData("RepairItems")]
    public void PromptResponseFormat_NamesTheFieldsAndKindsOfTheOwnedSchema(string function)
    {
        var owned = Item(JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Schemas, "llm-extraction.schema.json")))!);
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Prompts, "Extraction", function, "config.json")))!;
        var strict = Item(config["execution_settings"]!["default"]!["response_format"]!["json_schema"]!["schema"]!);

        Assert.Equal(Names(owned), Names(strict));
        Assert.Equal(Enum(owned["properties"]!["kind"]!), Enum(strict["properties"]!["kind"]!));
        foreach (var fact in new[] { "metric", "delay", "incident" })
            Assert.Equal(Names(owned["properties"]![fact]!), Names(Object(strict["properties"]![fact]!)));
    }

    private static JsonNode Item(JsonNode schema) => schema["properties"]!["items"]!["items"]!;

    private static string[] Names(JsonNode objectSchema) => [.. objectSchema["properties"]!.AsObject().Select(p => p.Key).Order()];

    private static string?[] Enum(JsonNode node) => [.. node["enum"]!.AsArray().Select(v => v?.GetValue<string>()).Order()];

    /// <summary>The strict form writes a nullable object as anyOf [object, null].</summary>
    private static JsonNode Object(JsonNode node) =>
        node["anyOf"] is JsonArray any ? any.First(n => n!["type"]?.GetValue<string>() == "object")! : node;
}
