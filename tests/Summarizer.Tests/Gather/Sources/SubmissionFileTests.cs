using Summarizer.Gather.Sources;

namespace Summarizer.Tests.Gather.Sources;

public class SubmissionFileTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 27, 8, 12, 45, TimeSpan.Zero);

    [Theory]
    [InlineData("mailbox", "周报", "ops", "mailbox:2026-11-27T08-12-45Z/ops.mail")]
    [InlineData("mailbox", "周报", null, "mailbox:2026-11-27T08-12-45Z/(unknown team).mail")]
    [InlineData("upload", "x.EXE", "ops", "upload:2026-11-27T08-12-45Z/ops.exe")]   // named as it was sent, not as a mail
    [InlineData("upload", "report", "ops", "upload:2026-11-27T08-12-45Z/ops.upload")]
    public void Of_ARefusal_NamesItsSourceTimeTeamAndKind(string source, string subject, string? team, string expected)
    {
        var refused = new RefusedSubmission(new IsoWeek(2026, 48), team, new ReportProvenance(source, "ref", At, "someone", subject), "why");
        Assert.Equal(expected, SubmissionFile.Of(refused));
    }
}
