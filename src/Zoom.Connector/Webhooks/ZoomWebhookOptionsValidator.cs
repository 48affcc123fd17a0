using Microsoft.Extensions.Options;
using Zoom.Connector.Http;

namespace Zoom.Connector.Webhooks;

/// <summary>Checks <c>Zoom:Webhooks</c> once webhooks are enabled (<c>AddWebhooks()</c>).</summary>
internal sealed class ZoomWebhookOptionsValidator(ZoomConfigurationPath path) : IValidateOptions<ZoomWebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, ZoomWebhookOptions options)
    {
        var failures = new List<string>();
        var webhooks = options;
        if (string.IsNullOrWhiteSpace(webhooks.SecretToken))
        {
            failures.Add($"{path.Key("Webhooks:SecretToken")} is required when webhooks are enabled (the app's webhook secret token from the Zoom Marketplace).");
        }

        if (webhooks.AllowedClockSkew < TimeSpan.FromSeconds(1) || webhooks.AllowedClockSkew > TimeSpan.FromHours(1))
        {
            failures.Add($"{path.Key("Webhooks:AllowedClockSkew")} must be between 00:00:01 and 01:00:00.");
        }

        if (webhooks.DeduplicationWindow <= TimeSpan.Zero)
        {
            failures.Add($"{path.Key("Webhooks:DeduplicationWindow")} must be a positive time span, e.g. 02:00:00.");
        }

        if (webhooks.DeduplicationCapacity < 1)
        {
            failures.Add($"{path.Key("Webhooks:DeduplicationCapacity")} must be at least 1.");
        }

        // The upper bound keeps the receiver's buffer (MaxBodyBytes + 1) from overflowing and a body from pinning memory.
        if (webhooks.MaxBodyBytes is < 1024 or > ZoomWebhookOptions.MaxBodyBytesLimit)
        {
            failures.Add($"{path.Key("Webhooks:MaxBodyBytes")} must be between 1024 and {ZoomWebhookOptions.MaxBodyBytesLimit} (64 MiB).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
