namespace Zoom.Connector.Http.Pipeline;

/// <summary>
/// Timeouts, retries and the circuit breaker of every Zoom API client (<c>Zoom:Resilience</c>). Whatever the figures,
/// a request that may already have changed state at Zoom (POST, PATCH, PUT, DELETE that reached the wire) is never
/// sent twice, and a daily-limit 429 is never retried.
/// </summary>
public sealed class ZoomResilienceOptions
{
    /// <summary>The sub-section these options are bound from, under the connector's section: <c>Resilience</c>.</summary>
    public const string SectionName = "Resilience";

    /// <summary><c>Zoom:Resilience:TotalTimeout</c>: the whole call, retries and waits included. Default 2 minutes.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary><c>Zoom:Resilience:AttemptTimeout</c>: one attempt (permit wait, token, send, response). Default 30 seconds.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary><c>Zoom:Resilience:MaxRetryAttempts</c>: retries after the first attempt; 0 turns retries off. Default 3.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary><c>Zoom:Resilience:RetryBaseDelay</c>: the first backoff delay, doubled per retry with jitter. Default 1 second.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary><c>Zoom:Resilience:MaxRetryDelay</c>: the longest backoff delay. Default 30 seconds.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// <c>Zoom:Resilience:MaxRetryAfter</c>: the longest <c>Retry-After</c> the connector waits out by itself; a 429
    /// asking for longer surfaces at once as <see cref="ZoomRateLimitException"/>. Default 1 minute.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary><c>Zoom:Resilience:CircuitBreakerFailureRatio</c>: failing share of attempts that opens the circuit. Default 0.5.</summary>
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    /// <summary><c>Zoom:Resilience:CircuitBreakerMinimumThroughput</c>: attempts in the sampling window before the ratio counts. Default 20.</summary>
    public int CircuitBreakerMinimumThroughput { get; set; } = 20;

    /// <summary><c>Zoom:Resilience:CircuitBreakerSamplingDuration</c>: the window the ratio is measured over. Default 30 seconds.</summary>
    public TimeSpan CircuitBreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary><c>Zoom:Resilience:CircuitBreakerBreakDuration</c>: how long an open circuit refuses calls. Default 15 seconds.</summary>
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
