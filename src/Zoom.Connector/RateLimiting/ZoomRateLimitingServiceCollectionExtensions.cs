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
            PipelineClock(sp)));
        services.TryAddSingleton<ZoomRequestClassifier>();
        services.TryAddSingleton<IZoomDailyCounterStore, InMemoryZoomDailyCounterStore>();
        services.TryAddSingleton(static sp => new ZoomMeetingWriteCounter(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IZoomDailyCounterStore>()));
        services.TryAddSingleton(static sp => new ZoomConnectorTelemetry(sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        return services;
    }

    /// <summary>
    /// The clock of the request pipeline (limiter pacing, Retry-After waits, timeouts, durations): a
    /// <see cref="TimeProvider"/> registered under <see cref="ZoomTokenBucketRateLimiter.ClockKey"/>, else
    /// <see cref="TimeProvider.System"/>. A host test that swaps in a fake clock for its own logic therefore never
    /// freezes permits or fires timeouts on in-flight calls when it jumps that clock.
    /// </summary>
    public static TimeProvider PipelineClock(IServiceProvider services)
        => services.GetKeyedService<TimeProvider>(ZoomTokenBucketRateLimiter.ClockKey) ?? TimeProvider.System;
}
