using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;
using Zoom.Connector.RateLimiting;
using Zoom.Connector.Telemetry;
using Zoom.Connector.Tests.Infrastructure;
using Zoom.Connector.Http;

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

    public static RateLimitHost Create(Action<TestConnectorOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        var time = new FakeTimeProvider(Start);
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
    /// Advances the fake clock in steps until <paramref name="call"/> has completed or <paramref name="max"/> (a little
    /// past the call's fake deadline) is reached, then awaits it. Returns the fake time advanced: the call cannot
    /// complete before its fake deadline, so the result is never below it.
    /// </summary>
    public async Task<TimeSpan> AdvanceUntilAsync(Task call, TimeSpan step, TimeSpan max)
    {
        var advanced = TimeSpan.Zero;
        while (!call.IsCompleted && advanced < max)
        {
            Time.Advance(step);
            advanced += step;
            // Give the continuations released by the timers a moment to run. This only paces the polling: no result
            // depends on how long it takes, and the fake clock alone decides when the call may complete.
            await Task.WhenAny(call, Task.Delay(TimeSpan.FromMilliseconds(2), TimeProvider.System));
        }

        // Past the deadline the fake clock has done its part: wait for the call itself.
        await call;
        return advanced;
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
    /// Disposes the host. Polly waits for running executions on the (fake) clock when its pipelines are disposed, so
    /// the clock keeps moving until disposal is done: a failed test with a call still in flight ends instead of hanging.
    /// </summary>
    public void Dispose()
    {
        var dispose = Task.Run(Host.Dispose);
        for (var i = 0; i < 100_000 && !dispose.IsCompleted; i++)
        {
            Time.Advance(TimeSpan.FromSeconds(1));
            Thread.Yield();
        }

        dispose.GetAwaiter().GetResult();
    }
}
