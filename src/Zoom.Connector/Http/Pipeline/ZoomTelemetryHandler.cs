using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Zoom.Connector.RateLimiting;
using Zoom.Connector.Telemetry;

namespace Zoom.Connector.Http.Pipeline;

/// <summary>
/// The outermost handler: one activity and one <c>zoom.connector.requests</c> count per logical call (all its
/// retries included), tagged with the Zoom operation id and the final status, and at Debug one log line with the
/// operation, status and duration (never the path: it carries e-mails and ids).
/// </summary>
internal sealed partial class ZoomTelemetryHandler(
    ZoomRequestClassifier classifier,
    ZoomConnectorTelemetry telemetry,
    TimeProvider time,
    ILogger<ZoomTelemetryHandler>? logger = null) : DelegatingHandler
{
    private readonly ILogger _logger = logger ?? NullLogger<ZoomTelemetryHandler>.Instance;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var info = classifier.Classify(request);
        using var activity = ZoomConnectorTelemetry.ActivitySource.HasListeners()
            ? ZoomConnectorTelemetry.ActivitySource.StartActivity("Zoom " + info.OperationId, ActivityKind.Client)
            : null;
        activity?.SetTag("zoom.operation", info.OperationId);
        activity?.SetTag("http.request.method", request.Method.Method);
        activity?.SetTag("zoom.rate_limit.category", ZoomRateLimitCategories.Name(info.Category));

        var started = time.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            activity?.SetTag("http.response.status_code", status);
            if (!response.IsSuccessStatusCode)
            {
                activity?.SetStatus(ActivityStatusCode.Error);
            }

            Record(info, request.Method.Method, "http.response.status_code", status, started);
            if (_logger.IsEnabled(LogLevel.Debug))
            {
                var elapsed = time.GetElapsedTime(started).TotalMilliseconds;
                LogAnswered(_logger, request.Method.Method, info.OperationId, status, elapsed);
            }

            return response;
        }
        catch (Exception exception)
        {
            var type = exception.GetType().Name;
            activity?.SetTag("error.type", type);
            activity?.SetStatus(ActivityStatusCode.Error, type);
            Record(info, request.Method.Method, "error.type", type, started);
            if (_logger.IsEnabled(LogLevel.Debug))
            {
                var elapsed = time.GetElapsedTime(started).TotalMilliseconds;
                LogFailed(_logger, request.Method.Method, info.OperationId, type, elapsed);
            }

            throw;
        }
    }

    private void Record(ZoomRequestInfo info, string method, string outcomeKey, object outcome, long started)
    {
        if (!telemetry.Requests.Enabled && !telemetry.RequestDuration.Enabled)
        {
            return;
        }

        var tags = new TagList
        {
            { "zoom.operation", info.OperationId },
            { "http.request.method", method },
            { outcomeKey, outcome },
        };
        telemetry.Requests.Add(1, tags);
        telemetry.RequestDuration.Record(time.GetElapsedTime(started).TotalSeconds, tags);
    }

    [LoggerMessage(EventId = 4003, Level = LogLevel.Debug, Message = "{Method} ({Operation}) answered {StatusCode} in {ElapsedMilliseconds:0} ms.")]
    private static partial void LogAnswered(ILogger logger, string method, string operation, int statusCode, double elapsedMilliseconds);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Debug, Message = "{Method} ({Operation}) failed after {ElapsedMilliseconds:0} ms: {ErrorType}.")]
    private static partial void LogFailed(ILogger logger, string method, string operation, string errorType, double elapsedMilliseconds);
}
