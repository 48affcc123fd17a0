namespace Zoom.Connector.Health;

/// <summary>Settings of the connector's health checks (<c>Zoom:Health</c>). Every default is stated on its property.</summary>
public sealed class ZoomHealthCheckOptions
{
    /// <summary>The sub-section these options are bound from, under the connector's section: <c>Health</c>.</summary>
    public const string SectionName = "Health";

    /// <summary>
    /// <c>Zoom:Health:TokenProbeInterval</c>: how long the service-token check reuses its last result. While a token is
    /// cached a probe costs no call to Zoom; when none is, at most one token request is made per interval. Default 30 seconds.
    /// </summary>
    public TimeSpan TokenProbeInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// <c>Zoom:Health:RateLimitWindow</c>: how far back the budget check counts 429s and local refusals (at most one
    /// hour). Default 5 minutes.
    /// </summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(5);
}
