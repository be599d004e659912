using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Summarizer.Gather.Sources;

public static class MailboxServiceCollectionExtensions
{
    /// <summary>
    /// Registers the mailbox source: <see cref="MailboxOptions"/> (<c>Summarizer:Mailbox</c>) and the team directory
    /// (<see cref="TeamDirectoryOptions"/>, <c>Summarizer:Teams</c>), both validated at start-up, the
    /// <see cref="MailboxFetcher"/> and the <see cref="MailboxReportSource"/> as an <see cref="IReportSource"/>.
    /// Needs an <see cref="IReportSubmissionStore"/>; the source lists nothing while no mailbox host is set.
    /// </summary>
    public static IServiceCollection AddMailboxSource(this IServiceCollection services)
    {
        services.AddOptions<MailboxOptions>().BindConfiguration(MailboxOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddTeamDirectory();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MailboxFetcher>();
        services.TryAddSingleton<MailboxReportSource>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportSource, MailboxReportSource>(sp => sp.GetRequiredService<MailboxReportSource>()));
        return services;
    }
}
