using System.Text.Json;
using System.Text.RegularExpressions;

namespace Summarizer.Text;

/// <summary>
/// A <see cref="JsonException"/> as one plain sentence for the person who wrote the JSON (a gold file, an API body):
/// what is wrong in JSON words ("is not a number", "is not a known field") and where (line, JSON path), never .NET type
/// names such as <c>System.Double</c> or <c>Summarizer.Evaluation.GoldItem</c>.
/// </summary>
public static partial class JsonErrorText
{
    /// <summary>E.g. "line 3, at $.items[0].value: the value is not a number".</summary>
    public static string Describe(JsonException ex)
    {
        var what = Plain(ex.Message);
        var where = (ex.LineNumber, ex.Path) switch
        {
            ({ } line, { Length: > 0 } path) => $"line {line + 1}, at {path}",
            ({ } line, _) => $"line {line + 1}",
            (null, { Length: > 0 } path) => $"at {path}",
            _ => null,
        };
        return where is null ? what : $"{where}: {what}";
    }

    private static string Plain(string message)
    {
        var m = LocationTail().Replace(message, "").Trim();
        if (ConvertedTo().Match(m) is { Success: true } c) return "the value is not " + Expected(c.Groups["type"].Value);
        if (Unmapped().Match(m) is { Success: true } u) return $"'{u.Groups["name"].Value}' is not a known field here (a typo?)";
        if (MissingRequired().Match(m) is { Success: true } r) return "required field(s) missing: " + r.Groups["names"].Value.TrimEnd('.');
        return TypeName().Replace(m, "the expected value").TrimEnd('.');
    }

    // The type may be wrapped (Nullable`1[System.Double], IReadOnlyList`1[…]); for a record's constructor parameter the
    // serializer names the record, not the field, so anything else only says the value does not fit the field.
    private static string Expected(string type) => type switch
    {
        _ when type.Contains("List", StringComparison.Ordinal) || type.Contains("Collections", StringComparison.Ordinal) || type.EndsWith("[]", StringComparison.Ordinal) => "a list [ … ]",
        _ when NumberType().IsMatch(type) => "a number",
        _ when type.Contains("System.String", StringComparison.Ordinal) => "a string",
        _ when type.Contains("System.Boolean", StringComparison.Ordinal) => "true or false",
        _ => "of the type this field takes, or not one of its allowed words",
    };

    [GeneratedRegex(@"System\.(?:Double|Single|Decimal|Int16|Int32|Int64|UInt32|UInt64|Byte)\b")]
    private static partial Regex NumberType();

    [GeneratedRegex(@"\s*Path: .*$", RegexOptions.Singleline)]
    private static partial Regex LocationTail();

    [GeneratedRegex(@"could not be converted to (?<type>[\w.`\[\], =]+?)\.?$")]
    private static partial Regex ConvertedTo();

    [GeneratedRegex(@"The JSON property '(?<name>[^']*)' could not be mapped")]
    private static partial Regex Unmapped();

    [GeneratedRegex(@"missing required properties(?:,)? including: (?<names>.+)$")]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"'?\b(?:System|Summarizer|Microsoft)\.[\w.`\[\]]+'?")]
    private static partial Regex TypeName();
}
