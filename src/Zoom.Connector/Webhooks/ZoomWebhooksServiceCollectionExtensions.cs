using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Zoom.Connector.Http;
using Zoom.Connector.Webhooks;

// DI extensions live in the namespace hosts already import.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the webhook receiver: signature checks, URL validation, de-duplication and handlers.</summary>
public static class ZoomWebhooksServiceCollectionExtensions
{
    /// <summary>
    /// Enables webhooks: registers <see cref="ZoomWebhookVerifier"/>, <see cref="ZoomWebhookDeduplicator"/> (singletons)
    /// and <see cref="ZoomWebhookReceiver"/> (transient, so handlers may use scoped services), and checks
    /// <c>Zoom:Webhooks:SecretToken</c>, <c>AllowedClockSkew</c>, <c>DeduplicationWindow</c>, <c>DeduplicationCapacity</c>
    /// and <c>MaxBodyBytes</c> at start-up.
    /// </summary>
    /// <param name="builder">The connector builder returned by <c>AddZoomConnector</c>.</param>
    /// <param name="configure">Changes the webhook options after binding.</param>
    public static ZoomConnectorBuilder AddWebhooks(this ZoomConnectorBuilder builder, Action<ZoomWebhookOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        builder.AddFeatureOptions(ZoomWebhookOptions.SectionName, configure, static (options, section) => options.Bind(section));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ZoomWebhookOptions>, ZoomWebhookOptionsValidator>());
        services.TryAddSingleton(static sp => new ZoomWebhookVerifier(
            sp.GetRequiredService<IOptions<ZoomWebhookOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ZoomConfigurationPath>()));
        services.TryAddSingleton<ZoomWebhookDeduplicator>();
        services.TryAddSingleton<IZoomWebhookDeliveryStore>(static sp => sp.GetRequiredService<ZoomWebhookDeduplicator>());
        services.TryAddTransient<ZoomWebhookReceiver>();
        return builder;
    }

    /// <summary>
    /// Enables webhooks (see <see cref="AddWebhooks"/>) and adds a handler that receives every verified, new event.
    /// Handlers are transient; several may be added and run in registration order.
    /// </summary>
    /// <typeparam name="THandler">The handler type.</typeparam>
    /// <param name="builder">The connector builder returned by <c>AddZoomConnector</c>.</param>
    public static ZoomConnectorBuilder AddWebhookHandler<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(this ZoomConnectorBuilder builder)
        where THandler : class, IZoomWebhookHandler
    {
        builder.AddWebhooks();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Transient<IZoomWebhookHandler, THandler>());
        return builder;
    }
}
