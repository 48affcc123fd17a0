using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zoom.Connector.Authentication;
using Zoom.Connector.WebSample.Hosting;

namespace Zoom.Connector.WebSample.Pages;

/// <summary>Signs out: revokes the person's Zoom grant and clears their stored tokens (the library's sign-out), then ends the app's session.</summary>
public sealed class SignOutModel(IZoomAuthorizationFlow flow) : PageModel
{
    /// <summary>The confirmation form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Antiforgery-checked, so no other site can sign the person out.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (SignedInPerson.IdentityKeyOf(HttpContext) is { } identityKey)
        {
            await flow.SignOutAsync(identityKey, cancellationToken);
        }

        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect("/signin?signedOut=true");
    }
}
