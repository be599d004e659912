using System.Text;

namespace Summarizer.Tests.Robustness.Corpus;

/// <summary>A Notion-style Chinese weekly report: nested lists, 【】 headings, run data, production events, next week.</summary>
internal static class ChineseReport
{
    private static readonly string[] Products = ["贝易转", "聚合收银", "钱包中台", "跨境收单", "会员积分"];
    private static readonly string[] Projects =
    [
        "装修存管", "资金安全", "交易路由", "协议配置化", "支付营销", "POS建设", "实时数仓", "账户大表治理",
        "国密改造", "机房迁移", "对账平台", "清结算重构", "风控规则引擎", "发票中台", "分账系统", "退款链路优化",
    ];
    private static readonly string[] Banks = ["工行", "交行", "农行", "中行", "建行", "招行", "平安银行", "浦发银行"];
    private static readonly string[] Systems = ["营销系统", "账户系统", "清算系统", "对账系统", "成本中心", "收银台", "网关"];
    private static readonly string[] Symptoms = ["到账通知缺失", "记账请求超时", "字段映射错误", "退款回调失败", "签名验签异常"];
    private static readonly string[] Reasons = ["依赖方接口延期交付", "银行专线未开通", "测试环境不稳定", "需求范围调整", "安全评审未通过"];
    private static readonly string[] Risks =
    [
        "银行开户限流方案未定，存量合同集中开户可能失败", "专线供应商交付时间不确定", "核心人员请假，联调人力不足",
        "监管检测时间提前，整改窗口压缩", "第三方SDK版本停止维护，存在安全隐患",
    ];
    private static readonly string[] Reflections =
    [
        "本周参加团队述职，看到目标、动机与颗粒度三者在工作中的重要性。",
        "目标为我们指明了方向，动机提供了前进的动力，而颗粒度决定了实现目标的策略和效率。",
        "复盘近期事件，变更评审与灰度发布仍需加强，尤其是涉及资金的链路。",
        "跨团队协作中，提前对齐接口约定能显著减少联调返工。",
    ];

    public static string Write(CorpusPicker p, IsoWeek week, int index)
    {
        var sb = new StringBuilder();
        var friday = p.Day(4);
        sb.Append($"# {week}\n\nCreated: {friday.Year}年{friday.Month}月{friday.Day}日 09:{p.Int(10, 59)}\n\n");
        sb.Append($"- 【{p.One(Products)}】\n    1. 业务：\n");
        sb.Append($"        - {p.One(Projects)}业务切量后，交易运行稳定。试点问题：\n");
        sb.Append("            - 存量合同导入过程中，触发银行子账户开立限制，当前已协调解决。\n");
        sb.Append($"        - {p.One(Projects)}: 预计{Md(p.Later(3, 12))}进入产品方案对接，下周讨论推广方案。\n    2. 银行：\n");
        foreach (var bank in p.Some(Banks, p.Int(2, 4)))
            sb.Append($"        - {bank}: {p.One(["对接方案启动", "已获取接口，联调中", "收款入账方案评估中"])}，进度{p.Int(10, 95)}%。\n");

        int group = 1;
        foreach (var title in new[] { "业务服务", "能力升级", "平台治理" })
        {
            sb.Append($"\n## 【O{group++} {title}】\n\n");
            int n = 1;
            foreach (var project in p.Some(Projects, p.Int(3, 6)))
                sb.Append($"{n++}. {project}：{Progress(p, project)}\n");
        }

        sb.Append("\n## 【系统运行数据】\n\n支付成功率：\n\n");
        sb.Append($"- 入金有效成功率：99.9{p.Int(50, 99)}%\n- 出金有效成功率：99.9{p.Int(50, 99)}%\n\n系统可用性：\n\n");
        sb.Append($"- 年度可用性：99.99{p.Int(1, 9)}%\n- 事故数AB级0次，C级{p.Int(0, 2)}次，D级{p.Int(0, 3)}次\n");

        sb.Append("\n## 【生产事件】\n\n");
        for (int e = 0, events = p.Int(1, 3); e < events; e++)
        {
            var day = p.Day(p.Int(0, 4));
            int h = p.Int(1, 20), m = p.Int(10, 59);
            sb.Append($"{day.Month:D2}/{day.Day:D2} {h:D2}:{m:D2}  {p.One(Systems)}{p.One(Symptoms)}，影响{p.Int(3, 300)}笔交易。");
            sb.Append($"{h + p.Int(1, 3):D2}:{p.Int(10, 59):D2}完成修复，数据无异常。\n\n");
        }

        sb.Append("## 【风险与问题】\n\n");
        int r = 1;
        foreach (var risk in p.Some(Risks, p.Int(1, 3)))
            sb.Append($"{r++}. 风险：{risk}，可能影响{Md(p.Later(10, 40))}上线。\n");

        sb.Append("\n## 收获与反思\n\n");
        foreach (var line in p.Some(Reflections, p.Int(2, 3))) sb.Append(line).Append("\n\n");

        sb.Append("# 下周工作及目标\n\n");
        int k = 1;
        foreach (var project in p.Some(Projects, p.Int(3, 5)))
            sb.Append($"{k++}. {project}{p.One(["方案评审", "联调测试", "灰度上线", "压测与演练", "进度跟进"])}\n");
        return sb.ToString();
    }

    private static string Progress(CorpusPicker p, string project) => p.Int(0, 5) switch
    {
        0 => $"完成内部联调，{Md(p.Later(3, 8))}提测，预计{Md(p.Later(9, 20))}上线。",
        1 => $"技术方案进度{p.Int(30, 95)}%，依赖专线进度预计{p.Int(10, 60)}%。",
        2 => $"原计划{Md(p.Later(0, 6))}上线，延期至{Md(p.Later(14, 30))}，原因：{p.One(Reasons)}。",
        3 => $"{p.Int(3, 25)}城上线，授权{p.Int(1000, 9000)}人，成功率{p.Int(60, 98)}%；二期目标{Md(p.Later(20, 45))}。",
        4 => $"{project}一期功能上线完成，启动旁路验证。",
        _ => $"风险盘点完毕，测试用例梳理中，整体进度{p.Int(20, 90)}%，预计下周二确认。",
    };

    private static string Md(DateOnly d) => $"{d.Month}月{d.Day}日";
}
