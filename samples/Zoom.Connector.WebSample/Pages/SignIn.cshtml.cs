using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zoom.Connector.WebSample.Hosting;

namespace Zoom.Connector.WebSample.Pages;

/// <summary>Starts a sign-in: a fresh session key in the app's cookie, then the library's <c>MapZoomSignIn</c> endpoint.</summary>
public sealed class SignInModel : PageModel
{
    /// <summary>Where to go after signing in (a local path only).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Shown after signing out.</summary>
    [BindProperty(SupportsGet = true)]
    public bool SignedOut { get; set; }

    /// <summary>Shown when Zoom no longer accepts the person's authorization.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Expired { get; set; }

    /// <summary>The page.</summary>
    public void OnGet()
    {
    }

    /// <summary>Antiforgery-checked (Razor Pages): another site cannot start a sign-in in this browser.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SignedInPerson.Pending());
        if (Url.IsLocalUrl(ReturnUrl))
        {
            // Kept for after the callback; a local path only, so it cannot send the browser elsewhere.
            Response.Cookies.Append(SignedInModel.ReturnCookie, ReturnUrl!, new CookieOptions { Secure = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Path = "/", MaxAge = TimeSpan.FromMinutes(10) });
        }

        return Redirect("/zoom/oauth/signin");
    }
}
