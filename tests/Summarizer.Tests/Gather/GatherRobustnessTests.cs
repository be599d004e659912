using Summarizer.Tests.TestSupport;
using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Gather;

namespace Summarizer.Tests.Gather;

/// <summary>A week folder full of bad files: each bad one gets its reason, every good one is gathered.</summary>
public sealed class GatherRobustnessTests : IDisposable
{
    private readonly TempFolder _dir = new();
    private readonly ReportGatherer _gatherer = new(NullLogger<ReportGatherer>.Instance);

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task GatherAsync_FolderOfBadFiles_RejectsEachWithReasonAndGathersEveryGoodOne()
    {
        var week = _dir.Sub("2024-W26");
        // Bad files.
        _dir.Write("2024-W26/empty.md", "");
        _dir.Write("2024-W26/blank.md", " \r\n\t\n\u3000\n");
        _dir.Write("2024-W26/binary.md", [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0]);
        using (var big = File.Create(Path.Combine(week, "huge.md"))) big.SetLength(50L * 1024 * 1024);
        _dir.Write("2024-W26/invalid.md", [(byte)'#', (byte)' ', 0xC3, 0x28, 0xFF, 0xFE, 0x80, (byte)'\n']);
        _dir.Write("2024-W26/report.pdf", "%PDF-1.7"u8.ToArray());
        _dir.Write("2024-W26/corrupt.docx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);
        _dir.Write("2024-W26/traversal.md", "---\nteam: ../../../etc/cron.d\n---\n# x\n");
        File.CreateSymbolicLink(Path.Combine(week, "loop-a.md"), Path.Combine(week, "loop-b.md"));
        File.CreateSymbolicLink(Path.Combine(week, "loop-b.md"), Path.Combine(week, "loop-a.md"));
        File.CreateSymbolicLink(Path.Combine(week, "dangling.md"), Path.Combine(week, "missing.md"));
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(week, "pipe.md"))) mkfifo.WaitForExit();
        // Good files.
        _dir.Write("2024-W26/gbk-labelled-utf8.md", TestEncodings.Gbk.GetBytes("---\nencoding: utf-8\n---\n# 清算\n- 对账差错自动处理率：87%\n"));
        _dir.Write("2024-W26/支付 技术部.md", "# 支付技术部\n- 上线完成\n");
        _dir.Write("2024-W26/nested.md", string.Join('\n', Enumerable.Range(0, 1000).Select(i => new string(' ', 2 * i) + "- level " + i)));
        _dir.Write("2024-W26/table.md", "| a | b |\n|---|---|\n" + string.Join('\n', Enumerable.Range(0, 10_000).Select(i => $"| r{i} | {i}% |")));
        _dir.Write("2024-W26/linked-target.txt", "目标报告");
        File.CreateSymbolicLink(Path.Combine(week, "linked.md"), Path.Combine(week, "linked-target.txt"));

        var clock = Stopwatch.StartNew();
        var result = await _gatherer.GatherAsync(new GatherRequest(_dir.Path));
        clock.Stop();

        var reasons = result.Rejected.ToDictionary(r => r.File, r => r.Reason);
        Assert.Equal(["2024-W26/binary.md", "2024-W26/blank.md", "2024-W26/corrupt.docx", "2024-W26/dangling.md", "2024-W26/empty.md",
            "2024-W26/huge.md", "2024-W26/invalid.md", "2024-W26/loop-a.md", "2024-W26/loop-b.md", "2024-W26/pipe.md", "2024-W26/report.pdf", "2024-W26/traversal.md"],
            reasons.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("binary", reasons["2024-W26/binary.md"]);
        Assert.Contains("only whitespace", reasons["2024-W26/blank.md"]);
        Assert.Contains("corrupt .docx", reasons["2024-W26/corrupt.docx"]);
        Assert.Contains("broken symbolic link", reasons["2024-W26/dangling.md"]);
        Assert.Contains("empty (0 bytes)", reasons["2024-W26/empty.md"]);
        Assert.Contains("too large (50 MB, the limit is 5 MB)", reasons["2024-W26/huge.md"]);
        Assert.Contains("undecodable", reasons["2024-W26/invalid.md"]);
        Assert.Contains("loops", reasons["2024-W26/loop-a.md"]);
        Assert.Contains("not a regular file", reasons["2024-W26/pipe.md"]);
        Assert.Contains("unsupported file type '.pdf'", reasons["2024-W26/report.pdf"]);
        Assert.Contains("../../../etc/cron.d", reasons["2024-W26/traversal.md"]);

        Assert.Equal(["gbk-labelled-utf8", "linked", "linked-target", "nested", "table", "支付 技术部"], result.Reports.Select(r => r.Team).Order(StringComparer.Ordinal));
        var gbk = result.Reports.Single(r => r.Team == "gbk-labelled-utf8");
        Assert.Equal(("gb18030", "- 对账差错自动处理率：87%"), (gbk.Encoding, gbk.Line(5)));
        Assert.Equal(10_002, result.Reports.Single(r => r.Team == "table").Lines.Count);
        Assert.Equal("目标报告", result.Reports.Single(r => r.Team == "linked").Line(1));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"gather took {clock.Elapsed}");
    }

    [Fact]
    public async Task GatherAsync_FileLockedByAnotherWriter_IsRejectedAsUnreadable()
    {
        var path = _dir.Write("2024-W26/locked.md", "# x");
        _dir.Write("2024-W26/ok.md", "# y");
        using var writer = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        var result = await _gatherer.GatherAsync(new GatherRequest(_dir.Path));
        Assert.Equal("ok", Assert.Single(result.Reports).Team);
        Assert.Contains("cannot be read", Assert.Single(result.Rejected).Reason);
    }

    [Fact]
    public async Task GatherAsync_DocxLargerThanTextLimit_IsAcceptedUpToDocxLimit()
    {
        var bytes = new DocxBuilder().Para("汇报").Build();
        _dir.Write("2024-W26/a.docx", bytes);
        var options = Microsoft.Extensions.Options.Options.Create(new GatherOptions { MaxFileBytes = 10, MaxDocxBytes = 1024 * 1024 });
        var result = await new ReportGatherer(NullLogger<ReportGatherer>.Instance, options).GatherAsync(new GatherRequest(_dir.Path));
        Assert.Equal("汇报", Assert.Single(result.Reports).Line(1));
    }

    [Fact]
    public async Task GatherAsync_Utf16WithoutBom_IsRejectedWithHint()
    {
        _dir.Write("2024-W26/a.md", new UnicodeEncoding(false, false).GetBytes("# 周报"));
        var result = await _gatherer.GatherAsync(new GatherRequest(_dir.Path));
        Assert.Contains("UTF-16 without a byte-order mark", Assert.Single(result.Rejected).Reason);
    }
}
