using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Zoom.Connector.Http;
using Zoom.Connector.Http.Pipeline;
using Zoom.Connector.Telemetry;

// DI extensions live in the namespace hosts already import.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the request pipeline's resilience settings (<c>Zoom:Resilience</c>).</summary>
public static class ZoomResilienceConnectorBuilderExtensions
{
    /// <summary>
    /// Registers <see cref="ZoomResilienceOptions"/> bound from <c>Zoom:Resilience</c> and checked at start-up.
    /// <c>AddZoomConnector</c> calls it; call it again to change the options in code. Calling it twice adds nothing twice.
    /// </summary>
    /// <param name="builder">The connector builder.</param>
    /// <param name="configure">Changes the options after binding.</param>
    public static ZoomConnectorBuilder AddResilience(this ZoomConnectorBuilder builder, Action<ZoomResilienceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddFeatureOptions(ZoomResilienceOptions.SectionName, configure, static (options, section) => options.Bind(section));
        builder.Services.AddZoomPipelineCore();
        return builder;
    }

    /// <summary>The pipeline's singletons (each with TryAdd): classifier, instruments, the resilience validator.</summary>
    internal static IServiceCollection AddZoomPipelineCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ZoomResilienceOptions>, ZoomResilienceOptionsValidator>());
        services.TryAddSingleton<ZoomRequestClassifier>();
        services.TryAddSingleton(static sp => new ZoomConnectorTelemetry(
            sp.GetService<System.Diagnostics.Metrics.IMeterFactory>(), sp.GetService<Zoom.Connector.RateLimiting.ZoomBudgetStatus>()));
        return services;
    }
}
