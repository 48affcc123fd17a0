namespace Zoom.Connector.Telemetry;

/// <summary>
/// Names of the connector's <see cref="System.Diagnostics.Metrics.Meter"/>, <see cref="System.Diagnostics.ActivitySource"/>
/// and instruments, for OpenTelemetry registration (<c>AddMeter(ZoomConnectorDiagnostics.MeterName)</c>,
/// <c>AddSource(ZoomConnectorDiagnostics.ActivitySourceName)</c>).
/// </summary>
public static class ZoomConnectorDiagnostics
{
    /// <summary>The meter name: <c>Zoom.Connector</c>.</summary>
    public const string MeterName = "Zoom.Connector";

    /// <summary>The activity source name: <c>Zoom.Connector</c>.</summary>
    public const string ActivitySourceName = "Zoom.Connector";

    /// <summary>Counter of logical calls, tagged <c>zoom.operation</c>, <c>http.request.method</c> and <c>http.response.status_code</c> (or <c>error.type</c>).</summary>
    public const string Requests = "zoom.connector.requests";

    /// <summary>Histogram of logical call duration in seconds, retries included; same tags as <see cref="Requests"/>.</summary>
    public const string RequestDuration = "zoom.connector.request.duration";

    /// <summary>Counter of rate-limit refusals, tagged <c>zoom.rate_limit.type</c> (qps, daily, unknown, local_queue_full, local_daily) and <c>zoom.rate_limit.category</c>.</summary>
    public const string RateLimited = "zoom.connector.rate_limited";

    /// <summary>Histogram of the time an attempt waited for its permit, in seconds, tagged <c>zoom.rate_limit.category</c>.</summary>
    public const string LimiterWait = "zoom.connector.limiter.wait";

    /// <summary>Counter of retries, tagged <c>zoom.operation</c>, <c>http.request.method</c> and <c>zoom.retry.reason</c>.</summary>
    public const string Retries = "zoom.connector.retries";

    /// <summary>Histogram of the delay chosen before a retry, in seconds (Retry-After when Zoom sent one), tagged like <see cref="Retries"/>.</summary>
    public const string RetryDelay = "zoom.connector.retry.delay";
}
