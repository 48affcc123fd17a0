using Microsoft.Extensions.Options;
using Zoom.Connector.Http;

namespace Zoom.Connector.Downloads;

/// <summary>Validates <c>Zoom:Downloads</c>; messages name the key, never the value.</summary>
internal sealed class ZoomRecordingDownloadOptionsValidator(ZoomConfigurationPath path) : IValidateOptions<ZoomRecordingDownloadOptions>
{
    public ValidateOptionsResult Validate(string? name, ZoomRecordingDownloadOptions options)
    {
        var downloads = options;
        var failures = new List<string>();
        if (downloads is null)
        {
            return ValidateOptionsResult.Fail($"{path.Key("Downloads")} must not be null.");
        }

        if (downloads.MaxRedirects is < 0 or > 20)
        {
            failures.Add($"{path.Key("Downloads:MaxRedirects")} must be between 0 and 20.");
        }

        if (downloads.IdleTimeout < ZoomRecordingDownloadOptions.MinIdleTimeout || downloads.IdleTimeout > ZoomRecordingDownloadOptions.MaxIdleTimeout)
        {
            failures.Add($"{path.Key("Downloads:IdleTimeout")} must be between 00:00:01 and 01:00:00 (a TimeSpan, e.g. 00:00:30).");
        }

        if (downloads.TrustedHosts is null || downloads.TrustedHosts.Count == 0 || downloads.TrustedHosts.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add($"{path.Key("Downloads:TrustedHosts")} must list at least one host name (e.g. zoom.us) and no empty entries.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
