using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Zoom.Connector.Http;
using Zoom.Connector.Scheduling;
using Zoom.Connector.Sync;

// DI extensions live in the namespace hosts already import.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the sync engine, its schedules and the sink.</summary>
public static class ZoomSyncServiceCollectionExtensions
{
    /// <summary>
    /// Registers the sync engine (<see cref="IZoomSyncEngine"/>), the trigger (<see cref="IZoomSyncTrigger"/>), the
    /// in-process <see cref="IZoomSyncLock"/> (unless one is registered) and the hosted service that runs the schedules
    /// of <c>Zoom:Sync</c> (when the host runs hosted services and <c>Zoom:Sync:ScheduleEnabled</c> is true), and the
    /// <see cref="IZoomSyncChangeJournal"/> (in memory unless one is registered before) fed by every successful meeting
    /// write on the connector's API clients, so the next run re-reads the meetings the connector changed. A sink must
    /// be registered too, with <see cref="AddSyncSink{TSink}"/> or one of its overloads.
    /// </summary>
    /// <param name="builder">The connector builder.</param>
    /// <param name="configure">Changes the sync options after binding.</param>
    public static ZoomConnectorBuilder AddSync(this ZoomConnectorBuilder builder, Action<ZoomSyncOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        builder.AddFeatureOptions(ZoomSyncOptions.SectionName, configure, static (options, section) => options.Bind(section));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ZoomSyncOptions>, ZoomSyncOptionsValidator>());
        services.TryAddSingleton<IZoomSyncLock, InProcessZoomSyncLock>();
        services.TryAddSingleton(static sp => new ZoomSyncEngine(
            sp.GetRequiredService<Zoom.Connector.Api.IZoomUsersApi>(),
            sp.GetRequiredService<Zoom.Connector.Api.IZoomMeetingsApi>(),
            sp.GetRequiredService<Zoom.Connector.Api.IZoomRecordingsApi>(),
            sp.GetService<IZoomSyncSink>() ?? throw new InvalidOperationException(
                "No Zoom sync sink is registered: call AddSyncSink(...) on the connector builder (e.g. with an InMemoryZoomSyncSink or a JsonLinesZoomSyncSink)."),
            sp.GetRequiredService<IOptions<ZoomSyncOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<ZoomSyncEngine>>(),
            sp.GetRequiredService<IZoomSyncChangeJournal>()));
        services.TryAddSingleton<IZoomSyncEngine>(static sp => sp.GetRequiredService<ZoomSyncEngine>());
        services.TryAddSingleton<ZoomSyncMetrics>();
        services.TryAddSingleton<ZoomSyncRunner>();
        services.TryAddSingleton<IZoomSyncTrigger>(static sp => sp.GetRequiredService<ZoomSyncRunner>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ZoomSyncHostedService>());
        AddChangeJournal(builder);
        return builder;
    }

    /// <summary>Registers the sink sync runs write to, and the write-through listener that keeps it current after meeting changes.</summary>
    /// <typeparam name="TSink">The sink type (a singleton).</typeparam>
    /// <param name="builder">The connector builder.</param>
    public static ZoomConnectorBuilder AddSyncSink<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TSink>(this ZoomConnectorBuilder builder)
        where TSink : class, IZoomSyncSink
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<IZoomSyncSink, TSink>();
        return AddWriteThrough(builder);
    }

    /// <summary>Registers a sink instance, and the write-through listener.</summary>
    /// <param name="builder">The connector builder.</param>
    /// <param name="sink">The sink.</param>
    public static ZoomConnectorBuilder AddSyncSink(this ZoomConnectorBuilder builder, IZoomSyncSink sink)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(sink);
        builder.Services.TryAddSingleton(sink);
        return AddWriteThrough(builder);
    }

    /// <summary>Registers a sink created by a factory, and the write-through listener.</summary>
    /// <param name="builder">The connector builder.</param>
    /// <param name="factory">Creates the sink (once).</param>
    public static ZoomConnectorBuilder AddSyncSink(this ZoomConnectorBuilder builder, Func<IServiceProvider, IZoomSyncSink> factory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(factory);
        builder.Services.TryAddSingleton(factory);
        return AddWriteThrough(builder);
    }

    /// <summary>
    /// The change journal (in memory unless the host registered one) and its handler, innermost on every Zoom API client
    /// (service and per-user), so that a meeting write through any of them marks the meeting for the next run. Once.
    /// </summary>
    private static void AddChangeJournal(ZoomConnectorBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton<IZoomSyncChangeJournal, InMemoryZoomSyncChangeJournal>();
        if (services.Any(static d => d.ServiceType == typeof(ZoomSyncChangeJournalMarker)))
        {
            return;
        }

        services.AddSingleton<ZoomSyncChangeJournalMarker>();
        builder.ConfigureHttpClient(static client => client.AddHttpMessageHandler(static sp => new ZoomSyncChangeJournalHandler(
            sp.GetRequiredService<Zoom.Connector.Http.Pipeline.ZoomRequestClassifier>(),
            sp.GetRequiredService<IZoomSyncChangeJournal>(),
            sp.GetService<Microsoft.Extensions.Logging.ILogger<ZoomSyncChangeJournalHandler>>())));
    }

    private static ZoomConnectorBuilder AddWriteThrough(ZoomConnectorBuilder builder)
    {
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IMeetingChangeListener, ZoomSyncMeetingChangeListener>());
        return builder;
    }

    private sealed class ZoomSyncChangeJournalMarker;
}
