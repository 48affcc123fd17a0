using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zoom.Connector.Http;
using Zoom.Connector.Redis;
using Zoom.Connector.SupportLog;

// DI extensions live in the namespace hosts already import.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Keeps the support log on Redis, shared by the fleet.</summary>
public static class ZoomRedisSupportLogExtensions
{
    /// <summary>
    /// Turns on the support log (<c>AddSupportLog()</c>, options from <c>Zoom:SupportLog</c>) and keeps it on Redis
    /// (<c>UseRedis()</c>, options from <c>Zoom:Redis</c>): one sorted set per key prefix, trimmed on every write to
    /// <c>Zoom:SupportLog:Retention</c> and <c>Zoom:SupportLog:MaxEntries</c>, which every instance appends to and
    /// any instance queries. <c>UseRedis()</c> together with <c>AddSupportLog()</c> does the same in either order,
    /// unless <c>Zoom:SupportLog:Store</c> is <c>File</c> or the host registered its own store;
    /// this method replaces a host's store too. Calling it twice adds nothing twice.
    /// </summary>
    /// <param name="builder">The connector builder.</param>
    /// <param name="configure">Changes the support-log options after binding.</param>
    public static ZoomConnectorBuilder UseRedisSupportLog(this ZoomConnectorBuilder builder, Action<ZoomSupportLogOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseRedis().AddSupportLog(configure);
        RegisterStore(builder.Services, replaceHostStore: true);
        return builder;
    }

    /// <summary>
    /// Called by <c>UseRedis</c>: the support log's default store becomes the Redis one (a store the host registered
    /// itself stays). With no <c>AddSupportLog()</c> the registration is never resolved.
    /// </summary>
    internal static void RegisterStore(IServiceCollection services, bool replaceHostStore)
    {
        var existing = services.LastOrDefault(static d => d.ServiceType == typeof(IZoomSupportLogStore) && !d.IsKeyedService);
        if (existing is not null && !replaceHostStore && !IsConnectorDefault(existing))
        {
            return;
        }

        services.RemoveAll<IZoomSupportLogStore>();
        services.AddSingleton<IZoomSupportLogStore>(static sp =>
        {
            var options = sp.GetRequiredService<IOptions<ZoomSupportLogOptions>>();
            var time = sp.GetService<TimeProvider>() ?? TimeProvider.System;
            var settings = options.Value;
            // A host that asked for files gets files (e.g. one instance whose log must survive a Redis outage).
            return settings.Store == ZoomSupportLogStoreKind.File
                ? new ZoomFileSupportLogStore(settings.Directory!, settings.Retention, time)
                : new RedisZoomSupportLogStore(sp.GetRequiredService<ZoomRedisConnection>(), options, time, sp.GetRequiredService<ILogger<RedisZoomSupportLogStore>>());
        });
    }

    // AddSupportLog's own default (memory ring or file store) is a factory declared in the connector's assembly.
    private static bool IsConnectorDefault(ServiceDescriptor descriptor)
        => descriptor.ImplementationFactory?.Method.DeclaringType?.Assembly == typeof(IZoomSupportLogStore).Assembly;
}
