using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zoom.Connector.AspNetCore;
using Zoom.Connector.Authentication;
using Zoom.Connector.Webhooks;

// Endpoint mapping extensions live in the namespace ASP.NET Core hosts already import.
namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps Zoom.Connector's endpoints: the webhook receiver and the two halves of a sign-in (start and callback).</summary>
public static class ZoomEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST {pattern}</c> as Zoom's event notification endpoint: reads the raw body (at most
    /// <c>Zoom:Webhooks:MaxBodyBytes</c>, else 413), verifies <c>x-zm-signature</c> / <c>x-zm-request-timestamp</c>
    /// (401 when they do not match), answers <c>endpoint.url_validation</c> itself, drops redeliveries (200), and hands
    /// every new event to the registered <see cref="IZoomWebhookHandler"/>s before answering 200 (500 when one fails, so
    /// Zoom retries). The endpoint allows anonymous callers: the signature is its authentication.
    /// Needs <c>AddZoomConnector(...).AddWebhooks()</c>.
    /// </summary>
    /// <param name="endpoints">The application's route builder.</param>
    /// <param name="pattern">The route; default <c>/zoom/webhooks</c>. Register the full HTTPS URL in the Zoom app.</param>
    public static IEndpointConventionBuilder MapZoomWebhooks(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern = "/zoom/webhooks")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        if (endpoints.ServiceProvider.GetService<ZoomWebhookVerifier>() is null)
        {
            throw new InvalidOperationException(
                "MapZoomWebhooks needs the webhook services: call services.AddZoomConnector(...).AddWebhooks() (or AddWebhookHandler<T>()) first.");
        }

        return endpoints.MapPost(pattern, ZoomWebhookEndpoint.HandleAsync)
            .WithDisplayName("Zoom webhooks")
            .WithMetadata(new AllowAnonymousAttribute());
    }

    /// <summary>
    /// Maps <c>GET {pattern}</c> as the start of a sign-in: creates the authorization request for the session's identity
    /// key (<see cref="ZoomSignInOptions.IdentityKey"/>; 401 when there is none), binds its state to this browser with
    /// the <see cref="ZoomSignInBinding"/> cookie, and redirects to Zoom. <c>MapZoomOAuthCallback</c> completes it.
    /// Put the host's own authorization on the returned builder (e.g. <c>.RequireAuthorization()</c>).
    /// </summary>
    /// <param name="endpoints">The application's route builder.</param>
    /// <param name="pattern">The route; default <c>/zoom/oauth/signin</c>.</param>
    /// <param name="configure">Sets the identity key of the session (required).</param>
    public static IEndpointConventionBuilder MapZoomSignIn(
        this IEndpointRouteBuilder endpoints,
        [StringSyntax("Route")] string pattern = "/zoom/oauth/signin",
        Action<ZoomSignInOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        var options = new ZoomSignInOptions();
        configure?.Invoke(options);
        if (options.IdentityKey is null)
        {
            throw new ArgumentException(
                $"{nameof(ZoomSignInOptions)}.{nameof(ZoomSignInOptions.IdentityKey)} is required: return the identity key of the signed-in session (e.g. its e-mail).",
                nameof(configure));
        }

        if (endpoints.ServiceProvider.GetService<IZoomAuthorizationFlow>() is null)
        {
            throw new InvalidOperationException("MapZoomSignIn needs the connector: call services.AddZoomConnector(...) first.");
        }

        var endpoint = new ZoomSignInEndpoint(options);
        return endpoints.MapGet(pattern, endpoint.HandleAsync).WithDisplayName("Zoom sign-in");
    }

    /// <summary>
    /// Maps <c>GET {pattern}</c> as the OAuth redirect URI: completes the sign-in with the <c>state</c> and <c>code</c>
    /// query parameters through <see cref="IZoomAuthorizationFlow.CompleteAuthorizationAsync"/>, then redirects to
    /// <see cref="ZoomOAuthCallbackOptions.SuccessPath"/>. An unknown, reused, expired or foreign state, a refused code,
    /// a cancelled sign-in (<c>error=access_denied</c>) or missing parameters answer 400 with a plain-text explanation
    /// that never repeats the code, the state or a token. By default the state must have been started in this browser
    /// (<see cref="ZoomSignInBinding"/>; map <c>MapZoomSignIn</c> for the start). The path must match <c>Zoom:Actions:RedirectUri</c>
    /// (or <c>Zoom:Service:RedirectUri</c>) exactly.
    /// </summary>
    /// <param name="endpoints">The application's route builder.</param>
    /// <param name="pattern">The route; default <c>/zoom/oauth/callback</c>.</param>
    /// <param name="configure">Sets the success path and the optional session identity check.</param>
    public static IEndpointConventionBuilder MapZoomOAuthCallback(
        this IEndpointRouteBuilder endpoints,
        [StringSyntax("Route")] string pattern = "/zoom/oauth/callback",
        Action<ZoomOAuthCallbackOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        var options = new ZoomOAuthCallbackOptions();
        configure?.Invoke(options);
        if (!ZoomOAuthCallbackEndpoint.IsLocalPath(options.SuccessPath))
        {
            throw new ArgumentException(
                $"{nameof(ZoomOAuthCallbackOptions)}.{nameof(ZoomOAuthCallbackOptions.SuccessPath)} must be a local path starting with a single '/', e.g. /settings?zoom=connected.",
                nameof(configure));
        }

        if (endpoints.ServiceProvider.GetService<IZoomAuthorizationFlow>() is null)
        {
            throw new InvalidOperationException("MapZoomOAuthCallback needs the connector: call services.AddZoomConnector(...) first.");
        }

        var endpoint = new ZoomOAuthCallbackEndpoint(options);
        return endpoints.MapGet(pattern, endpoint.HandleAsync).WithDisplayName("Zoom OAuth callback");
    }
}
