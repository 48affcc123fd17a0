using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Zoom.Connector.Authentication;
using Zoom.Connector.Http;
using Zoom.Connector.RateLimiting;
using Zoom.Connector.Redis;
using Zoom.Connector.Sync;
using Zoom.Connector.Webhooks;

// DI extensions live in the namespace hosts already import.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Moves the connector's shared state to Redis, for hosts running several instances.</summary>
public static class ZoomRedisConnectorBuilderExtensions
{
    /// <summary>
    /// Shares the connector's state through Redis (<c>Zoom:Redis:Configuration</c>, a StackExchange.Redis configuration
    /// string; <c>Zoom:Redis:KeyPrefix</c>, default <c>zoom:</c>): the account and category budgets with their 429
    /// holds, the daily meeting create/update counters, the token store (encrypted with Data Protection) with a
    /// refresh lease per identity, the Server-to-Server token, pending sign-ins, the sync lock, the sync change journal
    /// (meetings the connector changed, re-read by the next run), the webhook de-duplication window, and the support log
    /// when <c>AddSupportLog()</c> is on. With <c>AddZoomHealthChecks()</c> a <c>zoom-redis</c> check pings Redis.
    /// Redis unreachable at
    /// start-up fails the start naming <c>Zoom:Redis:Configuration</c> (never its value). Every instance must share
    /// the Data Protection key ring (see docs/fleet.md). Calling it twice adds nothing the second time.
    /// </summary>
    /// <param name="builder">The connector builder from <c>AddZoomConnector(section)</c>.</param>
    public static ZoomConnectorBuilder UseRedis(this ZoomConnectorBuilder builder)
        => builder.UseRedis(connection: null, configure: null);

    /// <summary>As <see cref="UseRedis(ZoomConnectorBuilder)"/>, with options set (or overridden) in code.</summary>
    /// <param name="builder">The connector builder.</param>
    /// <param name="configure">Sets the Redis options after <c>Zoom:Redis</c> is bound.</param>
    public static ZoomConnectorBuilder UseRedis(this ZoomConnectorBuilder builder, Action<ZoomRedisOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return builder.UseRedis(connection: null, configure);
    }

    /// <summary>
    /// As <see cref="UseRedis(ZoomConnectorBuilder)"/>, on a connection the host already has (e.g. the
    /// <see cref="IConnectionMultiplexer"/> registered in DI: <c>UseRedis(sp =&gt; sp.GetRequiredService&lt;IConnectionMultiplexer&gt;())</c>).
    /// <c>Zoom:Redis:Configuration</c> is then not read; <c>Zoom:Redis:KeyPrefix</c> and the other options still are.
    /// </summary>
    /// <param name="builder">The connector builder.</param>
    /// <param name="connection">Returns the connection to use (the host owns and disposes it).</param>
    public static ZoomConnectorBuilder UseRedis(this ZoomConnectorBuilder builder, Func<IServiceProvider, IConnectionMultiplexer> connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return builder.UseRedis(connection, configure: null);
    }

    private static ZoomConnectorBuilder UseRedis(this ZoomConnectorBuilder builder, Func<IServiceProvider, IConnectionMultiplexer>? connection, Action<ZoomRedisOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(ZoomRedisSettings)))
        {
            return builder;
        }

        var section = builder.Configuration?.GetSection("Redis");
        var path = (builder.Configuration as IConfigurationSection)?.Path ?? ZoomConnectorOptions.DefaultSectionName;
        services.AddSingleton(new ZoomRedisSettings(path + ":Redis:Configuration", connection));
        var options = services.AddOptions<ZoomRedisOptions>();
        if (section is not null)
        {
            options.Bind(section);
        }

        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ZoomRedisOptions>>(new ZoomRedisOptionsValidator(path, connection is not null)));
        options.ValidateOnStart();

        // Tokens and sign-in state are encrypted at rest; a fleet must share the key ring (docs/fleet.md).
        services.AddDataProtection();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ZoomRedisConnection>();
        services.TryAddSingleton<ZoomTokenProtector>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ZoomRedisStartupCheck>());
        // Reported by AddZoomHealthChecks() when the host calls it (the core knows no Redis).
        services.AddSingleton(new Zoom.Connector.Health.ZoomHealthCheckContribution(
            ZoomRedisHealthCheck.Name, static sp => new ZoomRedisHealthCheck(sp.GetRequiredService<ZoomRedisConnection>())));

        // Replace the in-memory defaults (whether AddZoomConnector registered them already or does later).
        services.RemoveAll<IZoomRateLimiter>();
        services.AddSingleton<IZoomRateLimiter>(static sp => new RedisZoomRateLimiter(
            sp.GetRequiredService<ZoomRedisConnection>(), sp.GetRequiredService<IOptions<ZoomRateLimitOptions>>(), TimeProvider.System,
            sp.GetRequiredService<ILogger<RedisZoomRateLimiter>>()));
        services.RemoveAll<IZoomDailyCounterStore>();
        services.AddSingleton<IZoomDailyCounterStore, RedisZoomDailyCounterStore>();
        services.RemoveAll<IZoomTokenStore>();
        services.AddSingleton<IZoomTokenStore, RedisZoomTokenStore>();
        services.RemoveAll<IZoomRefreshCoordinator>();
        services.AddSingleton<IZoomRefreshCoordinator, RedisZoomRefreshCoordinator>();
        services.RemoveAll<IZoomAuthorizationStateStore>();
        services.AddSingleton<IZoomAuthorizationStateStore, RedisZoomAuthorizationStateStore>();
        services.RemoveAll<IZoomSyncLock>();
        services.AddSingleton<IZoomSyncLock, RedisZoomSyncLock>();
        services.RemoveAll<IZoomSyncChangeJournal>();
        services.AddSingleton<IZoomSyncChangeJournal, RedisZoomSyncChangeJournal>();
        services.RemoveAll<IZoomWebhookDeliveryStore>();
        services.AddSingleton<IZoomWebhookDeliveryStore, RedisZoomWebhookDeliveryStore>();
        // The support log too, when AddSupportLog() is (or will be) called: records from every instance in one place.
        ZoomRedisSupportLogExtensions.RegisterStore(services, replaceHostStore: false);
        return builder;
    }
}

/// <summary>Checks <c>Zoom:Redis</c> at start-up, naming keys and never values.</summary>
internal sealed class ZoomRedisOptionsValidator(string path, bool hasConnection) : IValidateOptions<ZoomRedisOptions>
{
    public ValidateOptionsResult Validate(string? name, ZoomRedisOptions options)
    {
        var failures = new List<string>();
        if (!hasConnection && string.IsNullOrWhiteSpace(options.Configuration))
        {
            failures.Add($"{path}:Redis:Configuration is required by UseRedis() (a StackExchange.Redis configuration string, e.g. localhost:6379).");
        }

        if (string.IsNullOrEmpty(options.KeyPrefix) || options.KeyPrefix.Any(char.IsWhiteSpace))
        {
            failures.Add($"{path}:Redis:KeyPrefix must be non-empty and without spaces.");
        }

        if (options.LeaseTime <= TimeSpan.Zero)
        {
            failures.Add($"{path}:Redis:LeaseTime must be positive.");
        }

        if (options.WaitTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{path}:Redis:WaitTimeout must be positive.");
        }

        if (options.SafetyMargin is { } margin && margin < TimeSpan.Zero)
        {
            failures.Add($"{path}:Redis:SafetyMargin must be zero or more.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
