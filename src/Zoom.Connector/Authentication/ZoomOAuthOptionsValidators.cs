using Microsoft.Extensions.Options;
using Zoom.Connector.Http;

namespace Zoom.Connector.Authentication;

/// <summary>Checks <c>Zoom:Service:RedirectUri</c> when it is set (the admin authorization-code sign-in).</summary>
internal sealed class ZoomServiceOAuthOptionsValidator(ZoomConfigurationPath path) : IValidateOptions<ZoomConnectorOptions>
{
    public ValidateOptionsResult Validate(string? name, ZoomConnectorOptions options)
    {
        var failures = new List<string>();
        if (options.Service.RedirectUri is not null)
        {
            ZoomRedirectUriRules.Check(options.Service.RedirectUri, path.Key("Service:RedirectUri"), failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

/// <summary>Checks <c>Zoom:Actions</c> once per-user actions are enabled (<c>AddUserActions()</c>).</summary>
internal sealed class ZoomActionsOptionsValidator(ZoomConfigurationPath path) : IValidateOptions<ZoomConnectorOptions>
{
    public ValidateOptionsResult Validate(string? name, ZoomConnectorOptions options)
    {
        var failures = new List<string>();
        var actions = options.Actions;
        if (string.IsNullOrWhiteSpace(actions.ClientId))
        {
            failures.Add($"{path.Key("Actions:ClientId")} is required when per-user actions are enabled.");
        }

        if (string.IsNullOrWhiteSpace(actions.ClientSecret))
        {
            failures.Add($"{path.Key("Actions:ClientSecret")} is required when per-user actions are enabled.");
        }

        if (string.IsNullOrWhiteSpace(actions.RedirectUri))
        {
            failures.Add($"{path.Key("Actions:RedirectUri")} is required when per-user actions are enabled (the redirect URI registered on the Zoom app).");
        }
        else
        {
            ZoomRedirectUriRules.Check(actions.RedirectUri, path.Key("Actions:RedirectUri"), failures);
        }

        for (var i = 0; i < actions.Scopes.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(actions.Scopes[i]) || actions.Scopes[i].Contains(' ', StringComparison.Ordinal))
            {
                failures.Add($"{path.Key($"Actions:Scopes:{i}")} must be one scope name without spaces.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

internal static class ZoomRedirectUriRules
{
    public static void Check(string value, string key, List<string> failures)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{key} must be an absolute http(s) URL, exactly as registered on the Zoom app.");
        }
        else if (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback)
        {
            failures.Add($"{key} must use https (plain http is allowed only for loopback hosts such as localhost).");
        }
        else if (!string.IsNullOrEmpty(uri.Fragment))
        {
            failures.Add($"{key} must not contain a fragment (#...).");
        }
    }
}
