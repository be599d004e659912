namespace Summarizer.Host.Pages;

/// <summary>Maps the server-rendered pages of <c>summarizer serve</c>.</summary>
public static class ReviewPagesExtensions
{
    /// <summary><c>/login</c>, <c>/</c>, <c>/weeks/{week}</c>, <c>/review/{team}</c>, <c>/missing</c> and their assets.</summary>
    public static IEndpointRouteBuilder MapReviewPages(this IEndpointRouteBuilder app)
    {
        app.MapPageAssets();
        app.MapLoginPage();
        app.MapHomePage();
        app.MapWeekPage();
        app.MapReviewPage();
        app.MapMissingTeamsPage();
        return app;
    }
}
