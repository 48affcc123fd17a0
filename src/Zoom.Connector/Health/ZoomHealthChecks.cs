namespace Zoom.Connector.Health;

/// <summary>The names and the tag of the connector's health checks (<c>AddZoomHealthChecks()</c>).</summary>
public static class ZoomHealthChecks
{
    /// <summary>The tag every connector check carries: <c>zoom</c>. Map or filter by it.</summary>
    public const string Tag = "zoom";

    /// <summary>The service identity's token: <c>zoom-service-token</c>.</summary>
    public const string ServiceToken = "zoom-service-token";

    /// <summary>The account's rate budget: <c>zoom-budget</c>.</summary>
    public const string Budget = "zoom-budget";

    /// <summary>The last sync run against its schedule: <c>zoom-sync</c>.</summary>
    public const string Sync = "zoom-sync";
}

/// <summary>
/// A health check an add-on package contributes (e.g. <c>UseRedis()</c>'s <c>zoom-redis</c>): register one as a
/// singleton and <c>AddZoomHealthChecks()</c> adds it, tagged <see cref="ZoomHealthChecks.Tag"/>, whichever of the two
/// calls comes first. Nothing is added when the host does not call <c>AddZoomHealthChecks()</c>.
/// </summary>
public sealed class ZoomHealthCheckContribution
{
    /// <summary>Creates the contribution.</summary>
    /// <param name="name">The check's name, e.g. <c>zoom-redis</c>.</param>
    /// <param name="factory">Creates the check (called for each probe; return a singleton to keep state between probes).</param>
    public ZoomHealthCheckContribution(string name, Func<IServiceProvider, Microsoft.Extensions.Diagnostics.HealthChecks.IHealthCheck> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        Name = name;
        Factory = factory;
    }

    /// <summary>The check's name.</summary>
    public string Name { get; }

    /// <summary>Creates the check.</summary>
    public Func<IServiceProvider, Microsoft.Extensions.Diagnostics.HealthChecks.IHealthCheck> Factory { get; }
}
