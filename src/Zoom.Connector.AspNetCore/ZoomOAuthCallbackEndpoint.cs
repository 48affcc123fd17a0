using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Zoom.Connector.Authentication;

namespace Zoom.Connector.AspNetCore;

/// <summary>The request delegate behind <c>MapZoomOAuthCallback</c>.</summary>
internal sealed partial class ZoomOAuthCallbackEndpoint(ZoomOAuthCallbackOptions options)
{
    public async Task HandleAsync(HttpContext context)
    {
        // The URL carries a single-use code: keep the answer out of caches.
        context.Response.Headers.CacheControl = "no-store";
        var query = context.Request.Query;
        var logger = context.RequestServices.GetRequiredService<ILogger<ZoomOAuthCallbackEndpoint>>();
        string? error = query["error"];
        if (!string.IsNullOrEmpty(error))
        {
            var shown = IsErrorCode(error) ? error : "unknown";
            LogRefused(logger, "error:" + shown);
            await ZoomWebhookEndpoint.WriteTextAsync(context, StatusCodes.Status400BadRequest,
                $"The Zoom sign-in was not completed: Zoom answered '{shown}' (e.g. the person declined). Start the sign-in again.").ConfigureAwait(false);
            return;
        }

        string? code = query["code"];
        string? state = query["state"];
        if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(state))
        {
            LogRefused(logger, "missing code or state");
            await ZoomWebhookEndpoint.WriteTextAsync(context, StatusCodes.Status400BadRequest,
                "The Zoom sign-in callback needs both 'code' and 'state' query parameters. Start the sign-in again.").ConfigureAwait(false);
            return;
        }

        // The state must have been started in this browser: otherwise someone else's sign-in link would store this
        // person's tokens under that someone's key.
        if (options.RequireBrowserBinding && !ZoomSignInBinding.Matches(context, state))
        {
            LogRefused(logger, "state not started in this browser");
            await ZoomWebhookEndpoint.WriteTextAsync(context, StatusCodes.Status400BadRequest,
                "This Zoom sign-in was not started by this application in this browser (or its cookie was blocked), so it is refused. Start the sign-in again.").ConfigureAwait(false);
            return;
        }

        string? expected = null;
        if (options.ExpectedIdentityKey is { } expectedIdentityKey)
        {
            // A configured check that finds no session user refuses: null must not mean "anyone".
            expected = expectedIdentityKey(context);
            if (string.IsNullOrWhiteSpace(expected))
            {
                LogRefused(logger, "no session identity");
                await ZoomWebhookEndpoint.WriteTextAsync(context, StatusCodes.Status400BadRequest,
                    "This Zoom sign-in can only be completed by the signed-in user who started it. Sign in here and start the sign-in again.").ConfigureAwait(false);
                return;
            }
        }

        var flow = context.RequestServices.GetRequiredService<IZoomAuthorizationFlow>();
        try
        {
            var result = await flow.CompleteAuthorizationAsync(state, code, expected, context.RequestAborted).ConfigureAwait(false);
            LogCompleted(logger, result.IdentityKey);
            context.Response.Redirect(options.SuccessPath);
        }
        catch (ZoomAuthorizationStateException ex)
        {
            LogRefused(logger, "state " + ex.Problem);
            await ZoomWebhookEndpoint.WriteTextAsync(context, StatusCodes.Status400BadRequest, StateMessage(ex.Problem)).ConfigureAwait(false);
        }
        catch (ZoomOAuthException ex) when (ex.StatusCode is System.Net.HttpStatusCode.BadRequest or System.Net.HttpStatusCode.Unauthorized)
        {
            var shown = ex.Error is { } e && IsErrorCode(e) ? e : "unknown";
            LogRefused(logger, "code refused by Zoom: " + shown);
            await ZoomWebhookEndpoint.WriteTextAsync(context, StatusCodes.Status400BadRequest,
                $"Zoom refused the sign-in's authorization code ({shown}); it may have expired or been used already. Start the sign-in again.").ConfigureAwait(false);
        }
    }

    internal static bool IsLocalPath(string? path)
        => !string.IsNullOrEmpty(path) && path[0] == '/' && (path.Length == 1 || (path[1] != '/' && path[1] != '\\'))
           && !path.Contains("://", StringComparison.Ordinal);

    private static string StateMessage(ZoomAuthorizationStateProblem problem) => problem switch
    {
        ZoomAuthorizationStateProblem.Reused => "This Zoom sign-in link has already been used; each one works once. Start the sign-in again.",
        ZoomAuthorizationStateProblem.Expired => "This Zoom sign-in took too long and has expired. Start the sign-in again.",
        ZoomAuthorizationStateProblem.IdentityMismatch => "This Zoom sign-in was started by another user than the one signed in here. Start the sign-in again.",
        _ => "This Zoom sign-in was not started by this application (or expired long ago), so it is refused. Start the sign-in again.",
    };

    /// <summary>OAuth error codes are short lower-case words (RFC 6749 §4.1.2.1); anything else is not echoed.</summary>
    private static bool IsErrorCode(string value)
        => value.Length is > 0 and <= 64 && value.All(c => c is (>= 'a' and <= 'z') or '_');

    [LoggerMessage(EventId = 1411, Level = LogLevel.Information, Message = "Completed the Zoom sign-in of identity {IdentityKey} through the OAuth callback.")]
    private static partial void LogCompleted(ILogger logger, string identityKey);

    [LoggerMessage(EventId = 1412, Level = LogLevel.Warning, Message = "Refused a Zoom OAuth callback: {Why}.")]
    private static partial void LogRefused(ILogger logger, string why);
}
