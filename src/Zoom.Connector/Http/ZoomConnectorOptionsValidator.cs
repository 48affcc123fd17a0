using Microsoft.Extensions.Options;

namespace Zoom.Connector.Http;

/// <summary>
/// Validates the root <see cref="ZoomConnectorOptions"/> (URLs, the response-size cap and the service identity) at start-up. Messages name the key and never its value, because a
/// value may be a secret.
/// </summary>
internal sealed class ZoomConnectorOptionsValidator(ZoomConfigurationPath path) : IValidateOptions<ZoomConnectorOptions>
{
    public ValidateOptionsResult Validate(string? name, ZoomConnectorOptions options)
    {
        var failures = new List<string>();
        CheckUrl(options.BaseUrl, path.Key("BaseUrl"), requireHttps: true, failures);
        CheckUrl(options.TokenUrl, path.Key("TokenUrl"), requireHttps: true, failures);
        CheckUrl(options.AuthorizeUrl, path.Key("AuthorizeUrl"), requireHttps: true, failures);

        if (options.MaxResponseBodyBytes is < ZoomConnectorOptions.MinResponseBodyBytes or > ZoomConnectorOptions.MaxResponseBodyBytesLimit)
        {
            failures.Add($"{path.Key("MaxResponseBodyBytes")} must be between {ZoomConnectorOptions.MinResponseBodyBytes} (64 KiB) and {ZoomConnectorOptions.MaxResponseBodyBytesLimit} (1 GiB) bytes.");
        }

        var service = options.Service;
        var anyS2S = service.AccountId is not null || service.ClientId is not null || service.ClientSecret is not null;
        if (anyS2S && service.AccessToken is null)
        {
            if (string.IsNullOrWhiteSpace(service.AccountId) && !string.IsNullOrWhiteSpace(service.ClientId))
            {
                // Client id and secret without an account id is the admin authorization-code grant: allowed.
            }
            else if (string.IsNullOrWhiteSpace(service.ClientId))
            {
                failures.Add($"{path.Key("Service:ClientId")} is required when {path.Key("Service:AccountId")} is set.");
            }

            if (!string.IsNullOrWhiteSpace(service.ClientId) && string.IsNullOrWhiteSpace(service.ClientSecret))
            {
                failures.Add($"{path.Key("Service:ClientSecret")} is required when {path.Key("Service:ClientId")} is set.");
            }
        }

        if (service.TokenIndex is < 0)
        {
            failures.Add($"{path.Key("Service:TokenIndex")} must be zero or more.");
        }

        if (service.AccessToken is not null && string.IsNullOrWhiteSpace(service.AccessToken))
        {
            failures.Add($"{path.Key("Service:AccessToken")} is empty.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckUrl(string? value, string key, bool requireHttps, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{key} is required.");
            return;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{key} must be an absolute http(s) URL.");
            return;
        }

        if (requireHttps && uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback)
        {
            failures.Add($"{key} must use https (plain http is allowed only for loopback hosts such as localhost).");
        }
    }
}
