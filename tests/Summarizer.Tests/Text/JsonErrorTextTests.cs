using System.Text.Json;
using Summarizer.Evaluation;
using Summarizer.Text;

namespace Summarizer.Tests.Text;

/// <summary>A JSON mistake told in JSON words with its line and path, never a .NET type name.</summary>
public sealed class JsonErrorTextTests
{
    [Theory]
    [InlineData("""{"style":"s","language":"en","week":"2024-W20","items":[{"kind":"metric","anchor":"abcd","value":"4.1%"}]}""", "$.items[0].value: the value is not of the type this field takes")]
    [InlineData("""{"style":"s","language":"en","week":"2024-W20","items":[{"kind":"metric","anchor":"abcd","valu":4.1}]}""", "'valu' is not a known field here")]
    [InlineData("""{"style":"s","language":"en","week":"2024-W20","items":[{"kind":"metrc","anchor":"abcd"}]}""", "$.items[0].kind: the value is not of the type this field takes, or not one of its allowed words")]
    [InlineData("""{"style":"s","language":"en","week":"2024-W20","items":{"kind":"risk"}}""", "$.items: the value is not a list")]
    [InlineData("{\n\"style\": \"s\",\n\"language\" \"en\"}", "line 3")]
    public void Describe_SaysWhatAndWhereInJsonWords(string json, string expected)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<GoldReport>(json, GoldLoader.Json));

        var text = JsonErrorText.Describe(ex);

        Assert.Contains(expected, text);
        Assert.DoesNotContain("System.", text);
        Assert.DoesNotContain("Summarizer.", text);
    }
}
