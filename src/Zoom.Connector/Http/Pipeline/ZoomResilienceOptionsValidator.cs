using Microsoft.Extensions.Options;

namespace Zoom.Connector.Http.Pipeline;

/// <summary>Validates <c>Zoom:Resilience</c> (timeouts, retries, circuit breaker); messages name the key, never the value.</summary>
internal sealed class ZoomResilienceOptionsValidator(ZoomConfigurationPath path) : IValidateOptions<ZoomResilienceOptions>
{
    private static readonly TimeSpan MinTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MinBreakerSpan = TimeSpan.FromMilliseconds(500);

    public ValidateOptionsResult Validate(string? name, ZoomResilienceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var r = options;
        if (r.TotalTimeout < MinTimeout || r.TotalTimeout > TimeSpan.FromDays(1))
        {
            failures.Add($"{path.Key("Resilience:TotalTimeout")} must be between 10 ms and 1 day.");
        }

        if (r.AttemptTimeout < MinTimeout || r.AttemptTimeout > r.TotalTimeout)
        {
            failures.Add($"{path.Key("Resilience:AttemptTimeout")} must be at least 10 ms and no longer than {path.Key("Resilience:TotalTimeout")}.");
        }

        if (r.MaxRetryAttempts is < 0 or > 10)
        {
            failures.Add($"{path.Key("Resilience:MaxRetryAttempts")} must be between 0 and 10.");
        }

        if (r.RetryBaseDelay < TimeSpan.Zero || r.RetryBaseDelay > r.MaxRetryDelay)
        {
            failures.Add($"{path.Key("Resilience:RetryBaseDelay")} must be zero or more and no longer than {path.Key("Resilience:MaxRetryDelay")}.");
        }

        if (r.MaxRetryDelay < TimeSpan.Zero || r.MaxRetryDelay > TimeSpan.FromDays(1))
        {
            failures.Add($"{path.Key("Resilience:MaxRetryDelay")} must be between zero and 1 day.");
        }

        if (r.MaxRetryAfter < TimeSpan.Zero)
        {
            failures.Add($"{path.Key("Resilience:MaxRetryAfter")} must be zero or more.");
        }

        if (!(r.CircuitBreakerFailureRatio > 0 && r.CircuitBreakerFailureRatio <= 1))
        {
            failures.Add($"{path.Key("Resilience:CircuitBreakerFailureRatio")} must be more than 0 and at most 1.");
        }

        if (r.CircuitBreakerMinimumThroughput < 2)
        {
            failures.Add($"{path.Key("Resilience:CircuitBreakerMinimumThroughput")} must be at least 2.");
        }

        if (r.CircuitBreakerSamplingDuration < MinBreakerSpan || r.CircuitBreakerSamplingDuration > TimeSpan.FromDays(1))
        {
            failures.Add($"{path.Key("Resilience:CircuitBreakerSamplingDuration")} must be between 500 ms and 1 day.");
        }

        if (r.CircuitBreakerBreakDuration < MinBreakerSpan || r.CircuitBreakerBreakDuration > TimeSpan.FromDays(1))
        {
            failures.Add($"{path.Key("Resilience:CircuitBreakerBreakDuration")} must be between 500 ms and 1 day.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
