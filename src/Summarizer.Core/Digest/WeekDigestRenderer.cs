namespace Summarizer.Digest;

/// <summary>Renders a stored week (with team reviews applied) to Markdown and HTML, so reviews show in the digest at once.</summary>
public sealed class WeekDigestRenderer
{
    public Task<(string Markdown, string Html)?> RenderAsync(string week, CancellationToken ct = default)
        => throw new NotImplementedException("being written on main");
}
