using Microsoft.AspNetCore.Http.HttpResults;
using Summarizer.Reminders;

namespace Summarizer.Host.Api;

/// <summary>
/// <c>GET /api/weeks/{week}/missing</c> (analysts): the expected teams with no report for the week, each with its
/// reminder state and when it was reminded (see README "Reminders").
/// </summary>
public static class MissingTeamsApi
{
    /// <param name="Team">The team as the directory or the earlier weeks name it.</param>
    /// <param name="State">The <see cref="ReminderStatus"/> word: <c>noDeadline</c>, <c>notYet</c> (deadline not passed), <c>pending</c>,
    /// <c>sent</c>, <c>failed</c> (retried), <c>noAddress</c> or <c>noRelay</c> (listed only), <c>withdrawn</c>,
    /// <c>missed</c> (deadline passed while no host was reminding).</param>
    /// <param name="RemindedAt">When the relay accepted the reminder (UTC); null until then.</param>
    public sealed record MissingTeam(string Team, string State, DateTimeOffset? RemindedAt, bool HasAddress, string? LastError);

    /// <param name="Deadline">The week's submission deadline (UTC); null when none is configured.</param>
    public sealed record MissingTeams(string Week, DateTimeOffset? Deadline, bool DeadlinePassed, IReadOnlyList<MissingTeam> Missing);

    public static IEndpointRouteBuilder MapMissingTeamsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("api/weeks/{week}/missing", Get).RequireAuthorization(SummarizerAuth.AnalystPolicy).WithTags("Weeks");
        return app;
    }

    public static async Task<Results<Ok<MissingTeams>, ValidationProblem>> Get(string week, ReminderService reminders, CancellationToken ct)
    {
        if (!WeekParameter.TryNormalize(week, out var w, out var problem)) return problem;
        var missing = await reminders.ListMissingAsync(IsoWeek.Parse(w), ct);
        return TypedResults.Ok(new MissingTeams(w, missing.Deadline, missing.DeadlinePassed,
            missing.Teams.Select(t => new MissingTeam(t.Team, EnumWords.Word(missing.StatusOf(t)), t.Reminder?.SentAt, t.RemindTo.Count > 0, t.Reminder?.LastError)).ToList()));
    }
}
