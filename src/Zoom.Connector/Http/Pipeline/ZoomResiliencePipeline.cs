using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;
using Zoom.Connector.RateLimiting;
using Zoom.Connector.Telemetry;

namespace Zoom.Connector.Http.Pipeline;

/// <summary>
/// The resilience pipeline of every Zoom API client (outermost first): total timeout, retry, circuit breaker,
/// per-attempt timeout. What is retried:
/// <list type="bullet">
/// <item>a per-second 429, any method (Zoom refused it, nothing changed), after <c>Retry-After</c> when Zoom sent one;</item>
/// <item>500, 502, 503, 504, 408, a transient network error or an attempt timeout, for GET, HEAD and OPTIONS only;</item>
/// <item>any method whose attempt never reached the wire: connection refused, host not found, the local limiter's
/// queue full, an attempt timeout while waiting for a permit.</item>
/// </list>
/// Never retried: a daily-limit 429 (surfaces at once with its reset time), a 429 asking to wait longer than
/// <c>Zoom:Resilience:MaxRetryAfter</c>, the client-side daily cap, an answer over <c>Zoom:MaxResponseBodyBytes</c>,
/// and a POST, PATCH, PUT or DELETE that may have reached Zoom (a 5xx, a dropped connection after sending, a timeout
/// after sending): re-sending could create a second meeting.
/// </summary>
internal static partial class ZoomResiliencePipeline
{
    public const string PipelineName = "zoom";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<ZoomResilienceOptions>>().Value;
        var time = ZoomPipelineClock.Get(services);
        var telemetry = services.GetRequiredService<ZoomConnectorTelemetry>();
        var logger = (ILogger?)services.GetService<ILoggerFactory>()?.CreateLogger(typeof(ZoomResiliencePipeline).FullName!) ?? NullLogger.Instance;
        builder.TimeProvider = time;

        builder.AddTimeout(options.TotalTimeout);
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldHandle = args => ShouldRetryAsync(args.Outcome, args.Context, options.MaxRetryAfter, time),
                // ShouldHandle already refused a Retry-After beyond MaxRetryAfter; the clamp keeps the two rules one.
                DelayGenerator = args => ValueTask.FromResult(CappedRetryAfterDelay(args.Outcome, time, options.MaxRetryAfter)),
                OnRetry = args =>
                {
                    var request = args.Context.GetRequestMessage();
                    var info = request is not null && request.Options.TryGetValue(ZoomRequestInfo.Key, out var known) ? known : null;
                    var operation = info?.OperationId ?? "unknown";
                    if (info is not null)
                    {
                        info.RetryDelay = args.RetryDelay;
                    }

                    var reason = args.Outcome.Exception?.GetType().Name
                        ?? ((int)args.Outcome.Result!.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    telemetry.RecordRetry(operation, request?.Method.Method ?? "unknown", reason, args.RetryDelay);
                    LogRetry(logger, request?.Method.Method, operation, reason, args.RetryDelay, args.AttemptNumber + 1);
                    return default;
                },
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            FailureRatio = options.CircuitBreakerFailureRatio,
            MinimumThroughput = options.CircuitBreakerMinimumThroughput,
            SamplingDuration = options.CircuitBreakerSamplingDuration,
            BreakDuration = options.CircuitBreakerBreakDuration,
            ShouldHandle = args => ValueTask.FromResult(IsServerFailure(args.Outcome)),
        });

        builder.AddTimeout(options.AttemptTimeout);
    }

    /// <summary>Whether Zoom's or the network's answer counts against the circuit: 5xx, network errors, attempt timeouts.</summary>
    internal static bool IsServerFailure(Outcome<HttpResponseMessage> outcome)
        => outcome.Exception is HttpRequestException or TimeoutRejectedException
           || (outcome.Result is { } r && (int)r.StatusCode >= 500);

    internal static async ValueTask<bool> ShouldRetryAsync(Outcome<HttpResponseMessage> outcome, ResilienceContext context, TimeSpan maxRetryAfter, TimeProvider time)
    {
        var request = context.GetRequestMessage() ?? outcome.Result?.RequestMessage;
        var safe = request is null || IsSafe(request.Method);
        var info = request is not null && request.Options.TryGetValue(ZoomRequestInfo.Key, out var i) ? i : null;

        switch (outcome.Exception)
        {
            case null:
                break;
            case ZoomRateLimitQueueFullException:
                return true;
            case ZoomRateLimitException:
                return false;
            case ZoomResponseTooLargeException:
                // Zoom answered (a create may have happened) and would send the same body again.
                return false;
            case TimeoutRejectedException:
                return safe || info is { Sent: false };
            case HttpRequestException http:
                return safe || IsConnectFailure(http) || info is { Sent: false };
            default:
                return false;
        }

        var response = outcome.Result!;
        var status = (int)response.StatusCode;
        if (status == 429)
        {
            var headers = ZoomRateLimitHeaders.Read(response);
            if (await IsDailyLimitAsync(response, headers, context.CancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            var wait = RetryAfterDelay(outcome, time);
            return wait is null || wait <= maxRetryAfter;
        }

        if (!safe || status is not (408 or 500 or 502 or 503 or 504))
        {
            return false;
        }

        // A Retry-After on a 5xx gets the same cap as on a 429: beyond it the failure surfaces instead of waiting.
        var serverWait = RetryAfterDelay(outcome, time);
        return serverWait is null || serverWait <= maxRetryAfter;
    }

    /// <summary>The Retry-After delay, never beyond <paramref name="max"/> (the pipeline's MaxRetryAfter).</summary>
    internal static TimeSpan? CappedRetryAfterDelay(Outcome<HttpResponseMessage> outcome, TimeProvider time, TimeSpan max)
    {
        var wait = RetryAfterDelay(outcome, time);
        return wait > max ? max : wait;
    }

    /// <summary>The delay Zoom asked for in <c>Retry-After</c> (seconds or a date), or <see langword="null"/> for the backoff.</summary>
    internal static TimeSpan? RetryAfterDelay(Outcome<HttpResponseMessage> outcome, TimeProvider time)
    {
        if (outcome.Result is not { } response || !response.Headers.NonValidated.TryGetValues("Retry-After", out var values))
        {
            return null;
        }

        var (after, at) = ZoomRateLimitHeaders.ParseRetryAfter(values.FirstOrDefault());
        return ZoomRateLimitHeaders.DelayFrom(after, at, time.GetUtcNow());
    }

    /// <summary>Whether a 429 is a daily limit: <c>X-RateLimit-Type: Daily-limit</c>, a dated <c>Retry-After</c>, or Zoom's "daily" message.</summary>
    internal static async ValueTask<bool> IsDailyLimitAsync(HttpResponseMessage response, ZoomRateLimitHeaders headers, CancellationToken cancellationToken)
    {
        switch (headers.Type)
        {
            case ZoomRateLimitType.Daily:
                return true;
            case ZoomRateLimitType.PerSecond:
                return false;
        }

        if (headers.RetryAt is not null)
        {
            return true;
        }

        // Buffered, so Refit and the error mapper can still read the body.
        var body = await ZoomErrorMapper.ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
        var message = body?.Message ?? string.Empty;
        return message.Contains("daily", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether an attempt that failed with <paramref name="exception"/> may have reached Zoom (and changed state):
    /// false when it never got past the connector's own handlers or the connection was never made.
    /// </summary>
    internal static bool MayHaveReachedZoom(ZoomRequestInfo info, Exception exception)
        => info.Sent && !(exception is HttpRequestException http && IsConnectFailure(http));

    /// <summary>Connection refused, host not found or unreachable: the request never left the machine.</summary>
    internal static bool IsConnectFailure(HttpRequestException exception)
    {
        if (exception.HttpRequestError == HttpRequestError.NameResolutionError)
        {
            return true;
        }

        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is SocketException socket)
            {
                return socket.SocketErrorCode is SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.HostUnreachable
                    or SocketError.NetworkUnreachable or SocketError.TryAgain or SocketError.NoData;
            }
        }

        return false;
    }

    private static bool IsSafe(HttpMethod method)
        => method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options;

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Retrying {Method} ({Operation}) after {Reason} in {Delay} (retry {Retry}).")]
    private static partial void LogRetry(ILogger logger, string? method, string operation, string reason, TimeSpan delay, int retry);
}
