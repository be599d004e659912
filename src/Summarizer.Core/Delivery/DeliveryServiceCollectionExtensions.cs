using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Summarizer.Delivery;

public static class DeliveryServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="DeliveryService"/>, the SMTP sender and the folder copy, with options from
    /// <c>Summarizer:Delivery</c> and <c>Summarizer:Delivery:Smtp</c>. Needs an <see cref="Store.IDigestStore"/> (AddDigestStore).
    /// </summary>
    public static IServiceCollection AddDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDigestSender, SmtpDigestSender>();
        services.TryAddSingleton<DigestFolder>();
        services.TryAddSingleton<DeliveryService>();
        return services;
    }
}
