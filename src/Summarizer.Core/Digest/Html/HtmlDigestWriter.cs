using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Digest.Sections;

namespace Summarizer.Digest.Html;

/// <summary>
/// Renders a <see cref="DigestView"/> to one self-contained HTML page with the Razor components of this folder and
/// ASP.NET Core's <see cref="HtmlRenderer"/>: every piece of report text is encoded by the template engine.
/// Pictures are data: URIs; the mail turns them into CID parts (<see cref="Delivery.DigestMessage"/>).
/// </summary>
public sealed class HtmlDigestWriter
{
    // Encodes markup characters but keeps Chinese readable in the file (the default encoder escapes all non-ASCII).
    private static readonly IServiceProvider Services = new ServiceCollection()
        .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
        .BuildServiceProvider();

    public async Task<string> WriteAsync(DigestView view)
    {
        await using var renderer = new HtmlRenderer(Services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(DigestPage.View)] = view });
            var output = await renderer.RenderComponentAsync<DigestPage>(parameters);
            return output.ToHtmlString();
        });
    }
}
