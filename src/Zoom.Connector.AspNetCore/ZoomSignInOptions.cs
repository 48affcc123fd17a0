using Microsoft.AspNetCore.Http;

namespace Zoom.Connector.AspNetCore;

/// <summary>How <c>MapZoomSignIn</c> starts a sign-in.</summary>
public sealed class ZoomSignInOptions
{
    /// <summary>
    /// Required: the identity key to sign in for the current web session (e.g. the signed-in person's e-mail, or
    /// <c>ZoomTokenKeys.Service</c> on an admin page). When it returns <see langword="null"/> or blank, the endpoint
    /// answers 401 and starts nothing.
    /// </summary>
    public Func<HttpContext, string?>? IdentityKey { get; set; }
}
