using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Zoom.Connector.Http;
using Zoom.Connector.RateLimiting;

// DI extensions live in the namespace hosts already import.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the account's rate budget (<c>Zoom:RateLimit</c>).</summary>
public static class ZoomRateLimitingConnectorBuilderExtensions
{
    /// <summary>
    /// Registers the rate budget: <see cref="ZoomRateLimitOptions"/> bound from <c>Zoom:RateLimit</c> and checked at
    /// start-up, and the default <see cref="IZoomRateLimiter"/> (unless one is registered). <c>AddZoomConnector</c>
    /// calls it; call it again to change the options in code. Calling it twice adds nothing twice.
    /// </summary>
    /// <param name="builder">The connector builder.</param>
    /// <param name="configure">Changes the options after binding.</param>
    public static ZoomConnectorBuilder AddRateLimiting(this ZoomConnectorBuilder builder, Action<ZoomRateLimitOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddFeatureOptions(ZoomRateLimitOptions.SectionName, configure, static (options, section) => options.Bind(section));
        builder.Services.AddZoomRateLimitingCore();
        return builder;
    }

    /// <summary>The singletons of the budget (each with TryAdd, so a host can replace them): limiter, daily cap counter, validator.</summary>
    internal static IServiceCollection AddZoomRateLimitingCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ZoomRateLimitOptions>, ZoomRateLimitingOptionsValidator>());
        services.TryAddSingleton<IZoomRateLimiter>(static sp => new ZoomTokenBucketRateLimiter(
            sp.GetRequiredService<IOptions<ZoomRateLimitOptions>>(),
            ZoomPipelineClock.Get(sp)));
        services.TryAddSingleton<IZoomDailyCounterStore, InMemoryZoomDailyCounterStore>();
        services.TryAddSingleton(static sp => new ZoomBudgetStatus(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(static sp => new ZoomMeetingWriteCounter(
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IZoomDailyCounterStore>(), sp.GetRequiredService<ZoomBudgetStatus>()));
        return services;
    }
}
