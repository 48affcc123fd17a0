namespace Zoom.Connector.AspNetCore;

/// <summary>How <c>MapZoomSupportLog</c> guards and bounds the support-log endpoint.</summary>
public sealed class ZoomSupportLogEndpointOptions
{
    /// <summary>The policy name used when none is set: <c>ZoomSupportLog</c>.</summary>
    public const string DefaultPolicyName = "ZoomSupportLog";

    /// <summary>
    /// The authorization policy a caller must satisfy. Default <see cref="DefaultPolicyName"/>. The host defines it (e.g.
    /// <c>services.AddAuthorizationBuilder().AddPolicy("ZoomSupportLog", p =&gt; p.RequireRole("support"))</c>);
    /// mapping fails at start-up when no such policy exists, unless <see cref="AllowAnonymous"/> is set.
    /// </summary>
    public string PolicyName { get; set; } = DefaultPolicyName;

    /// <summary>
    /// Maps the endpoint with no authorization at all (anyone who reaches it reads the log). Default
    /// <see langword="false"/>. Only for a host whose network or own middleware already keeps strangers off this path.
    /// </summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>How many records an answer holds when the request names no <c>limit</c> (at most <see cref="MaxLimit"/>). Default 200.</summary>
    public int DefaultLimit { get; set; } = 200;

    /// <summary>The largest <c>limit</c> a request may ask for (1 to 100,000). Default 1,000.</summary>
    public int MaxLimit { get; set; } = 1_000;
}
