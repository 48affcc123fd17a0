using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Zoom.Connector.Authentication;

namespace Zoom.Connector.Http;

/// <summary>
/// Builds one identity's request pipeline. Order (outermost first), as in docs/ARCHITECTURE:
/// resilience (timeouts, retries, circuit breaker) -> rate limit (one permit per attempt) -> auth (fresh token per
/// attempt, one forced refresh on 401) -> primary handler.
/// </summary>
internal static class ZoomHttpPipeline
{
    public static IHttpClientBuilder Add(IHttpClientBuilder client, Func<IServiceProvider, IZoomAccessTokenProvider> tokens)
    {
        // 1. Resilience: added by the rate-limit and resilience feature (RateLimiting/).
        // 2. Rate limit: one permit per attempt from the account budget.
        // 3. Auth.
        client.AddHttpMessageHandler(sp => new ZoomAuthenticationHandler(tokens(sp), sp.GetService<ILogger<ZoomAuthenticationHandler>>()));
        return client;
    }
}
