using System.Text.Json;
using Summarizer.Digest;

namespace Summarizer.Store;

/// <summary>JSON of the payload columns: the same shape as items.json and the API (<see cref="SummarizerJson"/>).</summary>
internal static class StoreJson
{
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, SummarizerJson.Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, SummarizerJson.Options) ?? throw new InvalidDataException($"Stored JSON for {typeof(T).Name} is null.");
}
