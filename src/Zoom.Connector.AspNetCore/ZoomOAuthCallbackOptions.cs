using Microsoft.AspNetCore.Http;

namespace Zoom.Connector.AspNetCore;

/// <summary>How <c>MapZoomOAuthCallback</c> finishes a sign-in.</summary>
public sealed class ZoomOAuthCallbackOptions
{
    /// <summary>
    /// Where the browser goes after a successful sign-in: a local path (starting with <c>/</c>, optionally with a query),
    /// never another site. Default <c>/</c>.
    /// </summary>
    public string SuccessPath { get; set; } = "/";

    /// <summary>
    /// When set, returns the identity key of the current web session (e.g. the signed-in person's e-mail); the callback's
    /// state must then have been issued for that key, so one person cannot complete another's sign-in. Default: not checked.
    /// </summary>
    public Func<HttpContext, string?>? ExpectedIdentityKey { get; set; }
}
