using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zoom.Connector.RateLimiting;
using Zoom.Connector.Telemetry;

namespace Zoom.Connector.Http.Pipeline;

/// <summary>
/// Builds one identity's request pipeline: the one place that states the order (outermost first; see
/// docs/ARCHITECTURE.md, "The request pipeline"):
/// path guard (refuses path ids that would rewrite the route) -> identity (stamps which identity the request is sent as) -> telemetry (one activity and count per logical call) ->
/// resilience (total timeout, retries, circuit breaker, attempt timeout) -> daily cap (meeting creates/updates per
/// host) -> response limit (a success body is read to at most Zoom:MaxResponseBodyBytes by every reader above it) ->
/// budget (one permit per attempt from the one account budget) -> auth (fresh token per attempt, one forced
/// refresh on 401) -> [handlers added with ConfigureHttpClient, e.g. the support log's one record per attempt] ->
/// primary handler.
/// </summary>
internal static class ZoomHttpPipeline
{
    /// <summary>Adds the connector's handlers to <paramref name="client"/>.</summary>
    /// <param name="client">The identity's client.</param>
    /// <param name="identity">
    /// The identity stamped on requests that carry none yet (<see cref="ZoomRequestIdentity.Service"/> for the service
    /// client); <see langword="null"/> when the client's callers stamp it themselves (the shared per-user pipeline).
    /// </param>
    /// <param name="authentication">Creates the identity's auth handler (the Authentication layer owns tokens).</param>
    public static IHttpClientBuilder Add(IHttpClientBuilder client, string? identity, Func<IServiceProvider, DelegatingHandler> authentication)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(authentication);

        // The limiter, classifier, daily counter and instruments are singletons: every client shares one budget.
        client.Services.AddZoomRateLimitingCore();
        client.Services.AddZoomPipelineCore();

        // Path guard: a hostile path id is refused before it is counted, limited, authorised or sent.
        client.AddHttpMessageHandler(static () => new ZoomPathGuardHandler());

        // 0. Identity: which identity the request is sent as, for the daily cap (and the per-user auth handler).
        if (identity is not null)
        {
            client.AddHttpMessageHandler(() => new ZoomRequestIdentityHandler(identity));
        }

        // 1. Telemetry: outside the retries, so a call counts once with its final status.
        client.AddHttpMessageHandler(static sp => new ZoomTelemetryHandler(
            sp.GetRequiredService<ZoomRequestClassifier>(),
            sp.GetRequiredService<ZoomConnectorTelemetry>(),
            ZoomPipelineClock.Get(sp),
            sp.GetService<ILogger<ZoomTelemetryHandler>>()));

        // 2. Resilience: timeouts, retries (never re-sending a write that may have reached Zoom), circuit breaker.
        client.AddResilienceHandler(ZoomResiliencePipeline.PipelineName, static (builder, context) => ZoomResiliencePipeline.Configure(builder, context.ServiceProvider));

        // 3. Daily cap: per attempt, before the permit wait, so a refused write never takes a permit.
        client.AddHttpMessageHandler(static sp => new ZoomDailyCapHandler(
            sp.GetRequiredService<ZoomRequestClassifier>(),
            sp.GetRequiredService<ZoomMeetingWriteCounter>(),
            sp.GetRequiredService<ZoomConnectorTelemetry>(),
            sp.GetService<ILogger<ZoomDailyCapHandler>>()));

        // 4. Response limit: inside the daily cap, which reads create answers, and outside the budget, which still
        // learns Zoom's rate-limit headers from an answer refused for its size. Recording downloads have their own client.
        client.AddHttpMessageHandler(static sp => new ZoomResponseLimitHandler(
            sp.GetRequiredService<IOptions<ZoomConnectorOptions>>().Value.MaxResponseBodyBytes,
            (sp.GetService<ZoomConfigurationPath>() ?? new ZoomConfigurationPath(ZoomConnectorOptions.DefaultSectionName)).Key("MaxResponseBodyBytes")));

        // 5. Budget: one permit per attempt from the account budget (and the category's, when configured).
        client.AddHttpMessageHandler(static sp => new ZoomBudgetHandler(
            sp.GetRequiredService<IZoomRateLimiter>(),
            sp.GetRequiredService<ZoomRequestClassifier>(),
            sp.GetRequiredService<ZoomConnectorTelemetry>(),
            ZoomPipelineClock.Get(sp)));

        // 6. Auth: the identity's bearer token, closest to the wire.
        client.AddHttpMessageHandler(authentication);
        return client;
    }
}
