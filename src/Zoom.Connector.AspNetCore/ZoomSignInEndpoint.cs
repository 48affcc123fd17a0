using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Zoom.Connector.Authentication;

namespace Zoom.Connector.AspNetCore;

/// <summary>The request delegate behind <c>MapZoomSignIn</c>: creates the sign-in, binds it to this browser, redirects to Zoom.</summary>
internal sealed partial class ZoomSignInEndpoint(ZoomSignInOptions options)
{
    public async Task HandleAsync(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        var identityKey = options.IdentityKey!(context);
        if (string.IsNullOrWhiteSpace(identityKey))
        {
            var logger = context.RequestServices.GetRequiredService<ILogger<ZoomSignInEndpoint>>();
            LogRefused(logger);
            await ZoomWebhookEndpoint.WriteTextAsync(context, StatusCodes.Status401Unauthorized,
                "Sign in to this application before connecting Zoom.").ConfigureAwait(false);
            return;
        }

        var request = context.RequestServices.GetRequiredService<IZoomAuthorizationFlow>().CreateAuthorizationRequest(identityKey);
        ZoomSignInBinding.Bind(context, request);
        context.Response.Redirect(request.AuthorizationUri.AbsoluteUri);
    }

    [LoggerMessage(EventId = 1413, Level = LogLevel.Information, Message = "Refused to start a Zoom sign-in: the session has no identity key.")]
    private static partial void LogRefused(ILogger logger);
}
