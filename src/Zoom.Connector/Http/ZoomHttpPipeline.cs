using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Zoom.Connector.Authentication;
using Zoom.Connector.RateLimiting;
using Zoom.Connector.Telemetry;

namespace Zoom.Connector.Http;

/// <summary>
/// Builds one identity's request pipeline. Order (outermost first), as in docs/ARCHITECTURE:
/// telemetry (one activity and count per logical call) -> resilience (total timeout, retries, circuit breaker,
/// attempt timeout) -> rate limit (one permit per attempt from the one account budget) -> auth (fresh token per
/// attempt, one forced refresh on 401) -> primary handler.
/// </summary>
internal static class ZoomHttpPipeline
{
    public static IHttpClientBuilder Add(IHttpClientBuilder client, Func<IServiceProvider, IZoomAccessTokenProvider> tokens)
    {
        // The limiter, classifier, daily counter and instruments are singletons: every client shares one budget.
        client.Services.AddZoomRateLimitingCore();

        // Path guard: a hostile path id is refused before it is counted, limited, authorised or sent.
        client.AddHttpMessageHandler(static _ => new ZoomPathGuardHandler());

        // 0. Telemetry: outside the retries, so a call counts once with its final status.
        client.AddHttpMessageHandler(static sp => new ZoomTelemetryHandler(
            sp.GetRequiredService<ZoomRequestClassifier>(), sp.GetRequiredService<ZoomConnectorTelemetry>(), ZoomRateLimitingServiceCollectionExtensions.PipelineClock(sp)));

        // 1. Resilience: timeouts, retries (never re-sending a write that may have reached Zoom), circuit breaker.
        client.AddResilienceHandler(ZoomResiliencePipeline.PipelineName, static (builder, context) => ZoomResiliencePipeline.Configure(builder, context.ServiceProvider));

        // 2. Rate limit: one permit per attempt from the account budget (and the category's, when configured).
        client.AddHttpMessageHandler(sp => new ZoomRateLimitHandler(
            sp.GetRequiredService<IZoomRateLimiter>(),
            sp.GetRequiredService<ZoomRequestClassifier>(),
            sp.GetRequiredService<ZoomMeetingWriteCounter>(),
            sp.GetRequiredService<ZoomConnectorTelemetry>(),
            ZoomRateLimitingServiceCollectionExtensions.PipelineClock(sp),
            tokens(sp),
            sp.GetService<ILogger<ZoomRateLimitHandler>>()));

        // 3. Auth.
        client.AddHttpMessageHandler(sp => new ZoomAuthenticationHandler(tokens(sp), sp.GetService<ILogger<ZoomAuthenticationHandler>>()));
        return client;
    }
}
