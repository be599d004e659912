using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Summarizer.Digest.Html;

/// <summary>
/// Renders a Razor component to an HTML string with ASP.NET Core's <see cref="HtmlRenderer"/>: every value a template
/// writes is HTML-encoded, Chinese stays readable in the source. The digest and the host's pages both render through it.
/// </summary>
public static class ComponentHtml
{
    // Encodes markup characters but keeps Chinese readable in the file (the default encoder escapes all non-ASCII).
    private static readonly IServiceProvider Services = new ServiceCollection()
        .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
        .BuildServiceProvider();

    /// <param name="parameters">The component's parameters by property name.</param>
    public static async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters) where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(Services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
    }
}
