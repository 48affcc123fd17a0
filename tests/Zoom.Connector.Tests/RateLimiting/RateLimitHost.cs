using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Zoom.Connector.RateLimiting;
using Zoom.Connector.Telemetry;
using Zoom.Connector.Tests.Infrastructure;
using Zoom.Connector.Http;
using Zoom.Connector.Http.Pipeline;

namespace Zoom.Connector.Tests.RateLimiting;

/// <summary>
/// <see cref="ZoomTestHost"/> with a <see cref="FakeTimeProvider"/> (limiter replenishment, Retry-After waits and
/// timeouts all run on it) and a meter factory for <see cref="MetricCollector{T}"/>.
/// </summary>
internal sealed class RateLimitHost : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    private RateLimitHost(ZoomTestHost host, FakeTimeProvider time)
    {
        Host = host;
        Time = time;
    }

    public ZoomTestHost Host { get; }

    public FakeTimeProvider Time { get; }

    public T Get<T>() where T : notnull => Host.Get<T>();

    public ZoomTokenBucketRateLimiter Limiter => (ZoomTokenBucketRateLimiter)Host.Get<IZoomRateLimiter>();

    public static RateLimitHost Create(Action<TestConnectorOptions>? configure = null, Action<IServiceCollection>? services = null, FakeTimeProvider? clock = null)
    {
        var time = clock ?? new FakeTimeProvider(Start);
        var host = ZoomTestHost.Create(
            options =>
            {
                // Backoff without Retry-After is immediate here; tests about delays use Retry-After.
                options.Resilience.RetryBaseDelay = TimeSpan.Zero;
                options.Resilience.MaxRetryAttempts = 3;
                // A budget that never binds unless a test sets its own.
                options.RateLimit.PermitsPerWindow = 1_000_000;
                configure?.Invoke(options);
            },
            collection =>
            {
                collection.AddSingleton<TimeProvider>(time);
                collection.AddKeyedSingleton<TimeProvider>(ZoomPipelineClock.Key, time);
                collection.AddMetrics();
                services?.Invoke(collection);
            });
        return new RateLimitHost(host, time);
    }

    public MetricCollector<T> Collect<T>(string instrument) where T : struct
        => new(Host.Get<System.Diagnostics.Metrics.IMeterFactory>(), ZoomConnectorDiagnostics.MeterName, instrument);

    /// <summary>
    /// Advances the fake clock in <paramref name="step"/>s until <paramref name="call"/> has completed, then awaits
    /// it. Returns the fake time advanced: the call cannot complete before its fake deadline, so the result is never
    /// below it (it may be above it when the pipeline armed its timer late). Fails instead of hanging when the call
    /// waits for something else (see <see cref="FakeClock.AdvanceUntilAsync"/>).
    /// </summary>
    public Task<TimeSpan> AdvanceUntilAsync(Task call, TimeSpan step)
    {
        // The pipeline's total timeout, on this clock, ends any call; a little past it the call must be done.
        var limit = Host.Get<IOptions<ZoomResilienceOptions>>().Value.TotalTimeout + step;
        return FakeClock.AdvanceUntilAsync(Time, call, step, limit);
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json)
        => new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public static HttpResponseMessage Meeting(long id = 97763643886, string host = "30R7kT7bTIKSNUFEuH_Qlg")
        => Json(HttpStatusCode.OK, $$"""{"id":{{id}},"host_id":"{{host}}","topic":"Design review","type":2}""");

    public static HttpResponseMessage PerSecond429(string retryAfter)
    {
        var response = Json((HttpStatusCode)429, """{"code":429,"message":"You have reached the maximum per-second rate limit for this API. Try again later."}""");
        response.Headers.TryAddWithoutValidation("X-RateLimit-Category", "Light");
        response.Headers.TryAddWithoutValidation("X-RateLimit-Type", "QPS");
        response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        return response;
    }

    /// <summary>
    /// Disposes the host while moving its fake clock (see <see cref="FakeClock.DisposeWhileAdvancing"/>): a failed test
    /// with a call still in flight ends instead of hanging.
    /// </summary>
    public void Dispose() => FakeClock.DisposeWhileAdvancing(Time, Host.Dispose);
}
