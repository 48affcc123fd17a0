using Microsoft.Extensions.DependencyInjection.Extensions;
using Zoom.Connector.Http;
using Zoom.Connector.Sync;
using Zoom.Connector.SyncFromWebhooks;

// DI extensions live in the namespace hosts already import.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers near-real-time sync: verified Zoom webhook events applied to the sync sink.</summary>
public static class ZoomSyncFromWebhooksServiceCollectionExtensions
{
    /// <summary>
    /// Applies Zoom's change events to the sync sink as they arrive: <c>meeting.created/updated/deleted</c> (and
    /// <c>recovered</c>/<c>permanently_deleted</c>), <c>recording.completed/trashed/deleted/recovered</c> and
    /// <c>user.created/updated/deactivated/activated/deleted</c>. Each event re-reads its entity from Zoom and writes it
    /// through the same rules as a sync run (idempotent: a redelivered or late event changes nothing); counted in the sync
    /// metrics with <c>kind</c> = <c>webhook</c>. Calls <c>AddSync()</c> and <c>AddWebhooks()</c>; a sink must be
    /// registered (<c>AddSyncSink</c>), and the host maps the endpoint (<c>app.MapZoomWebhooks()</c>) and subscribes the
    /// events in its Zoom app. Keep the scheduled incremental run as a safety net (docs/sync.md).
    /// </summary>
    /// <param name="builder">The connector builder.</param>
    public static ZoomConnectorBuilder AddSyncFromWebhooks(this ZoomConnectorBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddSync();
        builder.AddWebhookHandler<ZoomSyncWebhookHandler>();
        builder.Services.TryAddSingleton(static sp => new ZoomSyncRefresher(
            sp.GetRequiredService<Zoom.Connector.Api.IZoomUsersApi>(),
            sp.GetRequiredService<Zoom.Connector.Api.IZoomMeetingsApi>(),
            sp.GetRequiredService<Zoom.Connector.Api.IZoomRecordingsApi>(),
            sp.GetService<IZoomSyncSink>() ?? throw new InvalidOperationException(
                "AddSyncFromWebhooks needs a Zoom sync sink: call AddSyncSink(...) on the connector builder (e.g. with an InMemoryZoomSyncSink or a JsonLinesZoomSyncSink)."),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ZoomSyncOptions>>(),
            sp.GetRequiredService<ZoomSyncMetrics>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<ZoomSyncRefresher>>()));
        return builder;
    }
}
