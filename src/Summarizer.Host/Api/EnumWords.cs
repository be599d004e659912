using System.Reflection;
using System.Text.Json.Serialization;

namespace Summarizer.Host.Api;

/// <summary>Enum values as the lowercase words of items.json (<c>dismissed</c>, <c>high</c>), in and out; numbers are not words.</summary>
public static class EnumWords
{
    public static string Word<T>(T value) where T : struct, Enum =>
        typeof(T).GetField(value.ToString())?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
        ?? value.ToString().ToLowerInvariant();

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        foreach (var v in Enum.GetValues<T>())
        {
            if (string.Equals(Word(v), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = v;
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>"open, confirmed or dismissed": for error messages.</summary>
    public static string Choices<T>() where T : struct, Enum
    {
        var words = Enum.GetValues<T>().Select(Word).ToList();
        return string.Join(", ", words[..^1]) + " or " + words[^1];
    }
}
