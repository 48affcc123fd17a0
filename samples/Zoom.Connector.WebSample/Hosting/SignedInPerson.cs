using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.Cookies;
using Zoom.Connector.Models;

namespace Zoom.Connector.WebSample.Hosting;

/// <summary>
/// The person of this browser session, from the app's own cookie: a random token-store key from the moment they start
/// signing in, and their Zoom user (id, e-mail, name, role, time zone) once the sign-in completed.
/// </summary>
public sealed class SignedInPerson(IHttpContextAccessor accessor)
{
    /// <summary>The authorization policy of pages that need a person signed in with Zoom.</summary>
    public const string Policy = "SignedInWithZoom";

    /// <summary>The claim holding the key the person's Zoom tokens are stored under.</summary>
    public const string IdentityKeyClaim = "zoom_identity_key";

    /// <summary>The claim holding the person's Zoom user id.</summary>
    public const string ZoomUserIdClaim = "zoom_user_id";

    private const string RoleIdClaim = "zoom_role_id";
    private const string TimeZoneClaim = "zoom_timezone";

    private ClaimsPrincipal User => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    /// <summary>Whether a Zoom sign-in completed in this session.</summary>
    public bool IsSignedIn => ZoomUserId is not null;

    /// <summary>The token-store key of this session, or <see langword="null"/>.</summary>
    public string? IdentityKey => User.FindFirst(IdentityKeyClaim)?.Value;

    /// <summary>The Zoom user id, or <see langword="null"/> before the sign-in completed.</summary>
    public string? ZoomUserId => User.FindFirst(ZoomUserIdClaim)?.Value;

    /// <summary>The person's e-mail.</summary>
    public string? Email => User.FindFirst(ClaimTypes.Email)?.Value;

    /// <summary>The person's display name.</summary>
    public string? Name => User.FindFirst(ClaimTypes.Name)?.Value;

    /// <summary>The person's Zoom time zone (IANA), if Zoom has one.</summary>
    public string? TimeZone => User.FindFirst(TimeZoneClaim)?.Value;

    /// <summary>Zoom's account owner (role id 0) and admins (1) may confirm a vetoed sync run.</summary>
    public bool IsAccountAdministrator => User.FindFirst(RoleIdClaim)?.Value is "0" or "1";

    /// <summary>The identity key of a request's session (for <c>MapZoomSignIn</c> / <c>MapZoomOAuthCallback</c>).</summary>
    public static string? IdentityKeyOf(HttpContext context) => context.User.FindFirst(IdentityKeyClaim)?.Value;

    /// <summary>A session that has started signing in: only a fresh random key, no Zoom user yet.</summary>
    public static ClaimsPrincipal Pending()
        => new(new ClaimsIdentity([new Claim(IdentityKeyClaim, NewIdentityKey())], CookieAuthenticationDefaults.AuthenticationScheme));

    /// <summary>The session once Zoom said who signed in (<c>GET /users/me</c> with the person's own token).</summary>
    public static ClaimsPrincipal Completed(string identityKey, ZoomUser me)
    {
        ArgumentNullException.ThrowIfNull(me);
        var claims = new List<Claim>
        {
            new(IdentityKeyClaim, identityKey),
            new(ZoomUserIdClaim, me.Id ?? throw new InvalidOperationException("Zoom answered GET /users/me without an id.")),
            new(ClaimTypes.Email, me.Email ?? string.Empty),
            new(ClaimTypes.Name, me.DisplayName is { Length: > 0 } display ? display : $"{me.FirstName} {me.LastName}".Trim()),
            new(RoleIdClaim, me.RoleId ?? string.Empty),
        };
        if (me.Timezone is { Length: > 0 } zone)
        {
            claims.Add(new Claim(TimeZoneClaim, zone));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, null));
    }

    /// <summary>256 random bits: not guessable, and it names no one (it may appear in logs).</summary>
    private static string NewIdentityKey() => "web-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}
