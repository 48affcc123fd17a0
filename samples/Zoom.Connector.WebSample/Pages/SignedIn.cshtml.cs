using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zoom.Connector.Api;
using Zoom.Connector.Authentication;
using Zoom.Connector.Clients;
using Zoom.Connector.Http;
using Zoom.Connector.WebSample.Hosting;

namespace Zoom.Connector.WebSample.Pages;

/// <summary>
/// Where <c>MapZoomOAuthCallback</c> sends the browser after storing the person's tokens: asks Zoom who signed in
/// (<c>GET /users/me</c> with their own token) and puts that in the app's cookie.
/// </summary>
public sealed class SignedInModel(IZoomUserClientFactory userClients) : PageModel
{
    /// <summary>The cookie holding the local path to return to after signing in.</summary>
    public const string ReturnCookie = "__Host-websample-return";

    /// <summary>Why the sign-in could not be completed.</summary>
    public string? Problem { get; private set; }

    /// <summary>Completes the app's session.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (SignedInPerson.IdentityKeyOf(HttpContext) is not { } identityKey)
        {
            Problem = "This browser has no sign-in in progress.";
            return Page();
        }

        try
        {
            var me = await userClients.ForUser(identityKey).Users.GetUserAsync(ZoomUserIds.Me, cancellationToken: cancellationToken);
            await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SignedInPerson.Completed(identityKey, me));
        }
        catch (ZoomReauthorizationRequiredException)
        {
            Problem = "Zoom did not give this app access to your account.";
            return Page();
        }
        catch (ZoomApiException ex)
        {
            // E.g. the app lacks the user:read:user scope (code 4700): say so, without a stack trace.
            Problem = $"Zoom refused to say who signed in ({(int)ex.StatusCode}{(ex.ZoomCode is { } code ? $", code {code}" : "")}): {ex.ZoomMessage ?? "no message"}. Check the app's scopes (docs/scopes.md).";
            return Page();
        }

        var returnUrl = Request.Cookies[ReturnCookie];
        Response.Cookies.Delete(ReturnCookie, new CookieOptions { Secure = true, Path = "/" });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/meetings/new");
    }
}
