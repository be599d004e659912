using Microsoft.AspNetCore.Http.HttpResults;

namespace Summarizer.Host.Api;

/// <summary>Normalises a week from a route or query (<c>2024-w26</c> → <c>2024-W26</c>) or explains what is wrong.</summary>
public static class WeekParameter
{
    public static bool TryNormalize(string? text, out string week, out ValidationProblem problem)
    {
        var ok = IsoWeek.TryParse(text, out var parsed);
        week = ok ? parsed.ToString() : "";
        problem = TypedResults.ValidationProblem(new Dictionary<string, string[]>
        {
            ["week"] = [$"Week '{EchoedValue.Show(text)}' is not an ISO week; write it as YYYY-Www, e.g. 2024-W26."],
        });
        return ok;
    }
}
