using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Zoom.Connector.DependencyInjection;
using Zoom.Connector.Telemetry;

namespace Zoom.Connector.RateLimiting;

/// <summary>Registers the singletons behind the rate-limit and resilience handlers (each with TryAdd, so a host can replace them).</summary>
internal static class ZoomRateLimitingServiceCollectionExtensions
{
    public static IServiceCollection AddZoomRateLimitingCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ZoomConnectorOptions>, ZoomRateLimitingOptionsValidator>());
        services.TryAddSingleton<IZoomRateLimiter>(static sp => new ZoomTokenBucketRateLimiter(
            sp.GetRequiredService<IOptions<ZoomConnectorOptions>>(),
            sp.GetKeyedService<TimeProvider>(ZoomTokenBucketRateLimiter.ClockKey) ?? TimeProvider.System));
        services.TryAddSingleton<ZoomRequestClassifier>();
        services.TryAddSingleton<ZoomMeetingWriteCounter>();
        services.TryAddSingleton(static sp => new ZoomConnectorTelemetry(sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        return services;
    }
}
