namespace Summarizer.Host.Pages;

/// <summary>The pages' stylesheet and the little script that follows a run; served as files so the CSP can forbid inline code.</summary>
internal static class PageAssets
{
    public static IEndpointRouteBuilder MapPageAssets(this IEndpointRouteBuilder app)
    {
        app.MapGet("/assets/site.css", () => TypedResults.Text(SiteCss, "text/css; charset=utf-8")).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/assets/week.js", () => TypedResults.Text(WeekJs, "text/javascript; charset=utf-8")).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private const string SiteCss = """
        body{font-family:-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:0;color:#1f2328;background:#f6f8fa;line-height:1.5}
        main{max-width:1000px;margin:0 auto;padding:16px 20px 48px}
        header.top{display:flex;gap:16px;align-items:center;padding:10px 20px;background:#24292f;color:#fff}
        header.top a.brand{color:#fff;font-weight:600;text-decoration:none}
        header.top .who{margin-left:auto;font-size:14px}
        form.inline{display:inline;margin:0}
        button.link{background:none;border:none;color:#9ecbff;cursor:pointer;font:inherit;padding:0}
        h1{font-size:24px;margin:8px 0 4px}h2{font-size:18px;margin-top:28px}
        .muted{color:#59636e;font-size:13px}
        table{border-collapse:collapse;width:100%;background:#fff;font-size:14px}
        th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f6f8fa}
        .notice{background:#dafbe1;border:1px solid #4ac26b;padding:8px 12px;border-radius:6px}
        .error{background:#ffebe9;border:1px solid #ff8182;padding:8px 12px;border-radius:6px}
        .warning{background:#fff8c5;border:1px solid #d4a72c;padding:8px 12px;border-radius:6px}
        article.item{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:12px 16px;margin:14px 0}
        article.item.dismissed{opacity:.65}
        article.item h3{font-size:16px;margin:6px 0}
        .tag{display:inline-block;border-radius:3px;padding:0 6px;font-size:12px;margin-right:4px;background:#eaeef2}
        .sev-high{background:#cf222e;color:#fff}.sev-medium{background:#bf8700;color:#fff}.sev-low{background:#1a7f37;color:#fff}
        .status-confirmed{background:#dafbe1}.status-dismissed{background:#ffebe9}
        figure.source{margin:8px 0;border:1px solid #d0d7de;border-radius:6px;overflow:hidden}
        figure.source figcaption{background:#f6f8fa;font-size:12px;padding:2px 8px;color:#59636e}
        figure.source pre{margin:0;padding:6px 8px;font-size:13px;white-space:pre-wrap;word-break:break-word}
        .ln{display:inline-block;width:3em;color:#8c959f;user-select:none}
        .cited{background:#fff8c5}
        mark{background:#ffd33d;padding:0 1px}
        .actions{display:flex;flex-wrap:wrap;gap:8px;align-items:flex-start}
        .actions input[type=text]{min-width:220px}
        textarea{width:100%;min-height:60px;font:inherit}
        details{margin-top:6px}summary{cursor:pointer;color:#0969da;font-size:14px}
        button{font:inherit;padding:3px 12px;border-radius:6px;border:1px solid #d0d7de;background:#f6f8fa;cursor:pointer}
        button.confirm{background:#1f883d;color:#fff;border-color:#1a7f37}button.dismiss{background:#cf222e;color:#fff;border-color:#a40e26}
        iframe.digest{width:100%;min-height:600px;border:1px solid #d0d7de;border-radius:6px;background:#fff}
        #run-progress{padding:8px 12px;border:1px solid #54aeff;background:#ddf4ff;border-radius:6px;margin:8px 0}
        label{display:block;margin:4px 0;font-size:14px}
        input[type=password],input[type=text],select{font:inherit;padding:3px 6px}
        section.upload{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:2px 16px 12px;margin:14px 0}.upload textarea{min-height:160px;font-family:ui-monospace,monospace;font-size:13px}.preview{border-top:2px solid #54aeff;margin-top:14px}
        """;

    // Follows a run through GET /api/runs/{id} (the login cookie authenticates it) and reloads the digest when done.
    private const string WeekJs = """
        (function () {
          var frame = document.getElementById('digest');
          function fit() { try { frame.style.height = (frame.contentDocument.documentElement.scrollHeight + 24) + 'px'; } catch (e) { } }
          if (frame) { frame.addEventListener('load', fit); fit(); }
          var panel = document.getElementById('run-progress');
          if (!panel) return;
          var text = panel.querySelector('.state');
          var id = panel.getAttribute('data-run-id');
          function show(s) {
            var p = s.progress || {};
            var line = s.state;
            if (p.sectionsTotal) line += ': ' + p.sectionsDone + ' of ' + p.sectionsTotal + ' sections';
            if (p.stage) line += ' (' + p.stage + ')';
            if (s.error) line += ': ' + s.error;
            text.textContent = line;
            panel.setAttribute('data-state', s.state);
          }
          function poll() {
            fetch('/api/runs/' + encodeURIComponent(id), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
              .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
              .then(function (s) {
                show(s);
                if (s.state === 'succeeded') { if (frame) frame.src = frame.getAttribute('data-src') + '?v=' + Date.now(); return; }
                if (s.state !== 'failed') setTimeout(poll, 1000);
              })
              .catch(function (e) { text.textContent = 'Could not read the run (' + e.message + '); retrying'; setTimeout(poll, 3000); });
          }
          poll();
        })();
        """;
}
