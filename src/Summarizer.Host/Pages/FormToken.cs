namespace Summarizer.Host.Pages;

/// <summary>The antiforgery field a page's forms carry: the form field's name and the request token (<see cref="PageContext.Token"/>).</summary>
public sealed record FormToken(string Name, string Value);
