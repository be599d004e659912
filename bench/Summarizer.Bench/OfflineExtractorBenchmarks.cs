using System.Text;
using BenchmarkDotNet.Attributes;
using Summarizer.Extraction;
using Summarizer.Sections;

namespace Summarizer.Bench;

/// <summary>
/// Throughput of the offline engine over parsed heading units (parsing excluded). Goal: at least 5 MB/s of report
/// text on one core. Run with <c>dotnet run -c Release --project bench/Summarizer.Bench -- --filter *Offline*</c>
/// once Program.cs hands its arguments to BenchmarkSwitcher.
/// </summary>
[MemoryDiagnoser]
public class OfflineExtractorBenchmarks
{
    private const string Report = """
        # 2024-W26

        - 【清结算】
            - 北京业务切量后，交易运行稳定。试点问题：
                - 存量合同导入时触发银行子账户开立限制，当前已协调解决。
                - 开户限流方案正在细化，应对存量合同账户集中开立问题。
            - 交行: 跨行方案存在问题，优先推进本行对接。

        ## 【O1 业务服务】

        1. 装修存管项目：完成内部联调，上线时间由7月9日调整至7月16日，因银行排期延后。
        2. 新银当量：技术方案进度85%，依赖专线进度预计30%
        3. 惠居芝麻免押：13城展业，授权7515人，成功5711人，核销签约4749人，成功率76%；二期目标7月30日。
        4. 贝易转v1.1和1.2版本已于618试点运行，目前已上线。
        5. Checkout p95 latency dropped from 310 ms to 245 ms; Uptime 99.95% (target 99.9%).
        6. Payments API GA slipped from 2024-06-28 to 2024-07-12 due to vendor certificate renewal.

        | Project | Status | Owner | Due | Notes |
        |---|---|---|---|---|
        | Ledger v2 | Amber | Li | Jul 12 (was Jun 28) | waiting on DBA review |
        | Risk engine | Red | Wang | Aug 1 | blocked by data access approval |

        ## 【系统运行数据】

        - 入金有效成功率：99.993%
        - 出金有效成功率：99.981%（目标≥99.99%）
        - 事故数AB级0次，C级0.5次，D级0次

        ## 【生产事件】

        06/24 05:20  结算记账请求账户系统超时，导致记账失败，影响217笔结算记账。09:56手动补偿记账成功。
        06/27 23:30  批量代付渠道超时，00:15恢复。
        - Jun 24 14:05–14:47 UTC: Checkout API returned 5xx, affecting 3% of users.

        # 下周工作及目标

        1. 装修存管联调与上线准备
        2. 支付安全方案汇报与落实
        """;

    private readonly OfflineExtractor _engine = new();
    private List<ReportSection> _units = [];

    [Params(100)]
    public int Reports { get; set; }

    /// <summary>UTF-8 bytes of report text processed per invocation: divide by the mean time for MB/s.</summary>
    public long Bytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var parser = new SectionParser();
        _units = [.. Enumerable.Range(0, Reports).SelectMany(i => parser.Parse(new ReportDocument
        {
            Team = $"team{i}",
            File = $"2024-W26/team{i}.md",
            Encoding = "utf-8",
            Format = "md",
            Lines = Report.Split('\n'),
            Week = IsoWeek.Parse("2024-W26"),
            ContentHash = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).HeadingUnits())];
        Bytes = (long)Encoding.UTF8.GetByteCount(Report) * Reports;
    }

    [Benchmark]
    public int ExtractAllUnits()
    {
        int count = 0;
        foreach (var unit in _units) count += _engine.Extract(unit).Count;
        return count;
    }
}
