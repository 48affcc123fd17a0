using Zoom.Connector.Http;

namespace Zoom.Connector.RateLimiting;

/// <summary>
/// The account's request budget, shared by every client of the connector (service and per-user action clients).
/// The default is an in-process token bucket; register another implementation (e.g. a Redis-backed one for hosts
/// running many instances) before or after <c>AddZoomConnector</c> to replace it.
/// </summary>
public interface IZoomRateLimiter
{
    /// <summary>
    /// Waits for one permit for one attempt of a request of <paramref name="category"/>. Throws
    /// <see cref="ZoomRateLimitQueueFullException"/> when the local queue is full (the request is then not sent) and
    /// <see cref="OperationCanceledException"/> when cancelled while waiting.
    /// </summary>
    /// <param name="category">The request's rate-limit category (<see cref="ZoomRateLimitCategory.Unknown"/> when not known).</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    ValueTask AcquireAsync(ZoomRateLimitCategory category, CancellationToken cancellationToken = default);

    /// <summary>
    /// Tells the limiter what Zoom reported about the room left (<c>X-RateLimit-*</c>, <c>Retry-After</c>), so it can
    /// hold back when Zoom reports less room than the local budget assumes.
    /// </summary>
    /// <param name="category">The category the response belongs to.</param>
    /// <param name="headers">The response's rate-limit headers.</param>
    /// <param name="isRateLimited">Whether the response was a 429.</param>
    void OnResponse(ZoomRateLimitCategory category, ZoomRateLimitHeaders headers, bool isRateLimited);
}
