using System.Diagnostics;
using System.Diagnostics.Metrics;
using Zoom.Connector.RateLimiting;

namespace Zoom.Connector.Telemetry;

/// <summary>The connector's instruments, created from <see cref="IMeterFactory"/> when the host registered one.</summary>
internal sealed class ZoomConnectorTelemetry : IDisposable
{
    public static readonly ActivitySource ActivitySource = new(ZoomConnectorDiagnostics.ActivitySourceName);

    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly ZoomBudgetStatus? _budgetStatus;

    /// <param name="meterFactory">The host's meter factory, when it registered one.</param>
    /// <param name="budgetStatus">Also told about every rate-limit refusal (the budget health check reads it).</param>
    public ZoomConnectorTelemetry(IMeterFactory? meterFactory, ZoomBudgetStatus? budgetStatus = null)
    {
        _budgetStatus = budgetStatus;
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(ZoomConnectorDiagnostics.MeterName) ?? new Meter(ZoomConnectorDiagnostics.MeterName);
        Requests = _meter.CreateCounter<long>(ZoomConnectorDiagnostics.Requests, "{request}", "Logical Zoom API calls by operation and final status.");
        RequestDuration = _meter.CreateHistogram<double>(ZoomConnectorDiagnostics.RequestDuration, "s", "Duration of logical Zoom API calls, retries included.");
        RateLimited = _meter.CreateCounter<long>(ZoomConnectorDiagnostics.RateLimited, "{request}", "Requests refused by a rate limit, Zoom's or the connector's own.");
        LimiterWait = _meter.CreateHistogram<double>(ZoomConnectorDiagnostics.LimiterWait, "s", "Time an attempt waited for a permit of the rate budget.");
        Retries = _meter.CreateCounter<long>(ZoomConnectorDiagnostics.Retries, "{retry}", "Retried attempts.");
        RetryDelay = _meter.CreateHistogram<double>(ZoomConnectorDiagnostics.RetryDelay, "s", "Delay chosen before a retry.");
    }

    public Counter<long> Requests { get; }

    public Histogram<double> RequestDuration { get; }

    public Counter<long> RateLimited { get; }

    public Histogram<double> LimiterWait { get; }

    public Counter<long> Retries { get; }

    public Histogram<double> RetryDelay { get; }

    public void RecordRateLimited(string type, ZoomRateLimitCategory category)
    {
        _budgetStatus?.RecordRateLimited(type);
        RateLimited.Add(1, new TagList { { "zoom.rate_limit.type", type }, { "zoom.rate_limit.category", ZoomRateLimitCategories.Name(category) } });
    }

    public void RecordLimiterWait(TimeSpan wait, ZoomRateLimitCategory category)
    {
        if (LimiterWait.Enabled)
        {
            LimiterWait.Record(wait.TotalSeconds, new KeyValuePair<string, object?>("zoom.rate_limit.category", ZoomRateLimitCategories.Name(category)));
        }
    }

    public void RecordRetry(string operation, string method, string reason, TimeSpan delay)
    {
        var tags = new TagList { { "zoom.operation", operation }, { "http.request.method", method }, { "zoom.retry.reason", reason } };
        Retries.Add(1, tags);
        RetryDelay.Record(delay.TotalSeconds, tags);
    }

    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }
}
