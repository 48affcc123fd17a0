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
    /// state must then have been issued for that key, so one person cannot complete another's sign-in. A session without
    /// a key (the function returns <see langword="null"/> or blank) is refused. Default: not checked.
    /// </summary>
    public Func<HttpContext, string?>? ExpectedIdentityKey { get; set; }

    /// <summary>
    /// Whether the callback requires the <see cref="ZoomSignInBinding"/> cookie of the browser that started the sign-in
    /// (set by <c>MapZoomSignIn</c> or <see cref="ZoomSignInBinding.Bind"/>), refusing a state this browser did not start.
    /// Default <see langword="true"/>. Turning it off lets a sign-in link started by one person be completed by another,
    /// storing the second person's tokens under the first one's key; only do so with <see cref="ExpectedIdentityKey"/> set.
    /// </summary>
    public bool RequireBrowserBinding { get; set; } = true;
}
