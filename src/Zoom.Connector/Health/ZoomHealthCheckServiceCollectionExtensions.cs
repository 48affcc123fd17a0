using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Zoom.Connector.Health;
using Zoom.Connector.Http;
using Zoom.Connector.Sync;

// DI extensions live in the namespace hosts already import.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the connector's health checks.</summary>
public static class ZoomHealthCheckServiceCollectionExtensions
{
    /// <summary>
    /// Adds the connector's checks to <c>services.AddHealthChecks()</c>, each tagged <see cref="ZoomHealthChecks.Tag"/>
    /// (<c>zoom</c>): <see cref="ZoomHealthChecks.ServiceToken"/> (the service identity can get a token; no call to Zoom
    /// while one is cached), <see cref="ZoomHealthChecks.Budget"/> (queue, recent 429s, hosts at their daily cap) and
    /// <see cref="ZoomHealthChecks.Sync"/> (the last sync run and its age against the schedule), plus the checks of
    /// add-ons such as <c>UseRedis()</c> (<see cref="ZoomHealthCheckContribution"/>). Options: <c>Zoom:Health</c>.
    /// Map them with <c>app.MapZoomHealthChecks()</c> (Zoom.Connector.AspNetCore) or any health endpoint filtered by
    /// the tag. Calling it twice adds nothing the second time.
    /// </summary>
    /// <param name="builder">The connector builder.</param>
    /// <param name="configure">Changes the health options after binding.</param>
    public static ZoomConnectorBuilder AddZoomHealthChecks(this ZoomConnectorBuilder builder, Action<ZoomHealthCheckOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        builder.AddFeatureOptions(ZoomHealthCheckOptions.SectionName, configure, static (options, section) => options.Bind(section));
        if (services.Any(static d => d.ServiceType == typeof(ZoomServiceTokenHealthCheck)))
        {
            return builder;
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ZoomHealthCheckOptions>, ZoomHealthCheckOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ZoomServiceTokenHealthCheck>();
        services.AddSingleton<ZoomBudgetHealthCheck>();
        services.AddSingleton<ZoomSyncHealthState>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IZoomSyncObserver, ZoomSyncHealthState>(static sp => sp.GetRequiredService<ZoomSyncHealthState>()));
        services.AddSingleton<ZoomSyncHealthCheck>();

        string[] tags = [ZoomHealthChecks.Tag];
        services.AddHealthChecks()
            .Add(new HealthCheckRegistration(ZoomHealthChecks.ServiceToken, static sp => sp.GetRequiredService<ZoomServiceTokenHealthCheck>(), null, tags))
            .Add(new HealthCheckRegistration(ZoomHealthChecks.Budget, static sp => sp.GetRequiredService<ZoomBudgetHealthCheck>(), null, tags))
            .Add(new HealthCheckRegistration(ZoomHealthChecks.Sync, static sp => sp.GetRequiredService<ZoomSyncHealthCheck>(), null, tags));

        // Add-ons register their checks as contributions, before or after this call.
        services.AddOptions<HealthCheckServiceOptions>().Configure<IEnumerable<ZoomHealthCheckContribution>>((health, contributions) =>
        {
            foreach (var contribution in contributions)
            {
                if (!health.Registrations.Any(r => string.Equals(r.Name, contribution.Name, StringComparison.Ordinal)))
                {
                    health.Registrations.Add(new HealthCheckRegistration(contribution.Name, contribution.Factory, null, tags));
                }
            }
        });
        return builder;
    }
}
