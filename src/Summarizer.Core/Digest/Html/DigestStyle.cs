namespace Summarizer.Digest.Html;

/// <summary>
/// The digest's one stylesheet, inline in the page's head (mail clients drop linked ones). Dates, durations, figures
/// and citations never wrap; citations take only their own width; below 600 px tables turn into stacked cards so a
/// phone never scrolls sideways.
/// </summary>
internal static class DigestStyle
{
    public const string Css =
        "body{font-family:-apple-system,'Segoe UI','PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;max-width:960px;margin:0 auto;padding:16px;color:#1f2328;line-height:1.5;overflow-wrap:anywhere}" +
        "h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;border-bottom:1px solid #d0d7de;padding-bottom:4px;margin-top:24px}h3{font-size:16px;margin-top:18px}" +
        ".meta,.more,.footer{color:#59636e;font-size:13px}ol,ul{padding-left:22px}li{margin:3px 0}" +
        "table{border-collapse:collapse;width:100%;font-size:13px}th,td{border:1px solid #d0d7de;padding:4px 6px;text-align:left;vertical-align:top}th{background:#f6f8fa;white-space:nowrap}" +
        ".nw,.due{white-space:nowrap}.num{white-space:nowrap;text-align:right}td.cite,td.chart{width:1%;white-space:nowrap}" +
        ".cite{color:#59636e;font-size:12px;white-space:nowrap;text-decoration:none}li .cite{margin-left:6px}img{max-width:100%;height:auto;vertical-align:middle}" +
        ".sev{display:inline-block;border-radius:3px;padding:0 6px;font-size:12px;color:#fff;margin-right:4px;white-space:nowrap}" +
        ".sev-high{background:#cf222e}.sev-medium{background:#9a6700}.sev-low{background:#1a7f37}.due{font-weight:600}.overdue{color:#cf222e}" +
        "blockquote{margin:4px 0;padding:2px 8px;border-left:3px solid #d0d7de;color:#59636e;font-size:13px}.ok{color:#1a7f37}" +
        "@media (max-width:600px){body{padding:10px}table,thead,tbody,tr,td{display:block;width:auto}thead{display:none}" +
        "tr{border:1px solid #d0d7de;margin:0 0 8px;padding:4px 0}td,td.cite,td.chart{border:none;padding:1px 8px;width:auto}td:empty{display:none}" +
        "td[data-label]::before{content:attr(data-label) \": \";color:#59636e;font-size:12px}td.num{text-align:left}}";
}
