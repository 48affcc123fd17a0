using Microsoft.Extensions.Options;
using Zoom.Connector.Http;
using Zoom.Connector.RateLimiting;

namespace Zoom.Connector.Health;

/// <summary>Validates <c>Zoom:Health</c>; messages name the key, never the value.</summary>
internal sealed class ZoomHealthCheckOptionsValidator(ZoomConfigurationPath path) : IValidateOptions<ZoomHealthCheckOptions>
{
    public ValidateOptionsResult Validate(string? name, ZoomHealthCheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.TokenProbeInterval <= TimeSpan.Zero)
        {
            failures.Add($"{path.Key("Health:TokenProbeInterval")} must be a positive time span, e.g. 00:00:30.");
        }

        if (options.RateLimitWindow <= TimeSpan.Zero || options.RateLimitWindow > ZoomBudgetStatus.Retention)
        {
            failures.Add($"{path.Key("Health:RateLimitWindow")} must be a positive time span of at most one hour, e.g. 00:05:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
