using System.Net;
using Zoom.Connector.RateLimiting;
using Zoom.Connector.Telemetry;

namespace Zoom.Connector.Http.Pipeline;

/// <summary>
/// Takes one permit of the account budget (and of the request's category budget, when configured) for every attempt,
/// inside the resilience handler so that each retry waits for a fresh permit. After the response it feeds Zoom's
/// <c>X-RateLimit-*</c> headers back to the limiter and learns the category Zoom reports.
/// </summary>
internal sealed class ZoomBudgetHandler(
    IZoomRateLimiter limiter,
    ZoomRequestClassifier classifier,
    ZoomConnectorTelemetry telemetry,
    TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var info = classifier.Classify(request);
        info.Sent = false;

        var started = time.GetTimestamp();
        try
        {
            await limiter.AcquireAsync(info.Category, cancellationToken).ConfigureAwait(false);
        }
        catch (ZoomRateLimitQueueFullException)
        {
            telemetry.RecordRateLimited("local_queue_full", info.Category);
            throw;
        }

        info.LimiterWait = time.GetElapsedTime(started);
        telemetry.RecordLimiterWait(info.LimiterWait, info.Category);
        info.Sent = true;
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);

        var isRateLimited = response.StatusCode == (HttpStatusCode)429;
        if (isRateLimited || response.Headers.NonValidated.Contains("X-RateLimit-Remaining") || response.Headers.NonValidated.Contains("X-RateLimit-Category"))
        {
            var headers = ZoomRateLimitHeaders.Read(response);
            classifier.Learn(info, headers.Category);
            limiter.OnResponse(info.Category, headers, isRateLimited);
            if (isRateLimited)
            {
                var type = await ZoomResiliencePipeline.IsDailyLimitAsync(response, headers, cancellationToken).ConfigureAwait(false) ? "daily"
                    : headers.Type == ZoomRateLimitType.PerSecond || headers.RetryAfter is not null ? "qps"
                    : "unknown";
                telemetry.RecordRateLimited(type, info.Category);
            }
        }

        return response;
    }
}
