using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Zoom.Connector.Authentication;

namespace Zoom.Connector.AspNetCore;

/// <summary>
/// Binds a sign-in's <c>state</c> to the browser that started it: a <c>__Host-</c> cookie holding a hash of the state
/// (Secure, HttpOnly, SameSite=Lax, Path=/), set when the sign-in starts and checked by <c>MapZoomOAuthCallback</c>.
/// Without it, a person could be sent a sign-in link started by someone else and have their Zoom tokens stored under
/// that other person's key.
/// </summary>
/// <remarks>
/// <c>MapZoomSignIn</c> sets the cookie itself; a host that starts sign-ins in its own code calls
/// <see cref="Bind"/> with the request before redirecting. The cookie is only sent over HTTPS, so the callback must
/// be served over HTTPS too.
/// </remarks>
public static class ZoomSignInBinding
{
    /// <summary>The cookie's name. The <c>__Host-</c> prefix makes browsers refuse it unless Secure, Path=/ and without Domain.</summary>
    public const string CookieName = "__Host-zoom-signin";

    /// <summary>Sets the binding cookie for <paramref name="request"/> on the response; it expires with the state.</summary>
    /// <param name="context">The request that starts the sign-in.</param>
    /// <param name="request">The sign-in from <see cref="IZoomAuthorizationFlow.CreateAuthorizationRequest"/>.</param>
    public static void Bind(HttpContext context, ZoomAuthorizationRequest request)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        context.Response.Cookies.Append(CookieName, Hash(request.State), new CookieOptions
        {
            Secure = true,
            HttpOnly = true,
            SameSite = SameSiteMode.Lax, // sent on Zoom's top-level redirect back, not on cross-site sub-requests
            Path = "/",
            Expires = request.ExpiresAt,
            IsEssential = true, // the sign-in cannot work without it; it identifies no one
        });
    }

    /// <summary>Whether this browser's cookie is the one set for <paramref name="state"/>.</summary>
    internal static bool Matches(HttpContext context, string state)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var cookie) || string.IsNullOrEmpty(cookie))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Hash(state));
        var actual = Encoding.ASCII.GetBytes(cookie);
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }

    /// <summary>SHA-256 of the state, base64url: the cookie never holds the state itself.</summary>
    private static string Hash(string state)
        => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(state))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
