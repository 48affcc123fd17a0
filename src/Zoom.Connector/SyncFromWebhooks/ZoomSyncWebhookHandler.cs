using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Zoom.Connector.Sync;
using Zoom.Connector.Webhooks;

namespace Zoom.Connector.SyncFromWebhooks;

/// <summary>
/// Near-real-time sync: applies verified Zoom events to the sync sink. Every event only names the entity; the entity is
/// re-read from Zoom and written through <see cref="ZoomSyncRefresher"/>, the same storage and hash rules as a sync run,
/// so a redelivered, replayed or late event changes nothing the sink does not already show. Events of other families
/// are ignored; an event whose object has no usable id is ignored with a warning (Zoom would only send it again).
/// </summary>
internal sealed class ZoomSyncWebhookHandler(ZoomSyncRefresher refresher, ZoomSyncMetrics metrics, ILogger<ZoomSyncWebhookHandler> logger) : IZoomWebhookHandler
{
    /// <summary>The <c>kind</c> tag of the sync metrics for event-driven changes.</summary>
    public const string MetricsKind = "webhook";

    /// <summary>The events applied, by the entity they name.</summary>
    public static readonly IReadOnlyDictionary<string, ZoomSyncEntityType> AppliedEvents = new Dictionary<string, ZoomSyncEntityType>(StringComparer.Ordinal)
    {
        [ZoomWebhookEventNames.MeetingCreated] = ZoomSyncEntityType.Meeting,
        [ZoomWebhookEventNames.MeetingUpdated] = ZoomSyncEntityType.Meeting,
        [ZoomWebhookEventNames.MeetingDeleted] = ZoomSyncEntityType.Meeting,
        [ZoomWebhookEventNames.MeetingRecovered] = ZoomSyncEntityType.Meeting,
        [ZoomWebhookEventNames.MeetingPermanentlyDeleted] = ZoomSyncEntityType.Meeting,
        [ZoomWebhookEventNames.RecordingCompleted] = ZoomSyncEntityType.Recording,
        [ZoomWebhookEventNames.RecordingTrashed] = ZoomSyncEntityType.Recording,
        [ZoomWebhookEventNames.RecordingDeleted] = ZoomSyncEntityType.Recording,
        [ZoomWebhookEventNames.RecordingRecovered] = ZoomSyncEntityType.Recording,
        [ZoomWebhookEventNames.UserCreated] = ZoomSyncEntityType.User,
        [ZoomWebhookEventNames.UserUpdated] = ZoomSyncEntityType.User,
        [ZoomWebhookEventNames.UserDeactivated] = ZoomSyncEntityType.User,
        [ZoomWebhookEventNames.UserActivated] = ZoomSyncEntityType.User,
        [ZoomWebhookEventNames.UserDeleted] = ZoomSyncEntityType.User,
    };

    public async Task HandleAsync(ZoomWebhookEvent webhookEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(webhookEvent);
        if (!AppliedEvents.TryGetValue(webhookEvent.Event, out var type))
        {
            return;
        }

        // Names and ids come from the request body: only well-formed ones reach a URL or a log line.
        var eventName = webhookEvent.Event;
        ZoomSyncCounters counts;
        string id;
        switch (type)
        {
            case ZoomSyncEntityType.Meeting when MeetingId(webhookEvent.PayloadObject) is { } meetingId:
                id = meetingId.ToString(CultureInfo.InvariantCulture);
                counts = await refresher.RefreshMeetingAsync(meetingId, MetricsKind, cancellationToken).ConfigureAwait(false);
                break;
            case ZoomSyncEntityType.Recording when Text(webhookEvent.PayloadObject, "uuid") is { } uuid && IsUuid(uuid):
                id = uuid;
                counts = await refresher.RefreshRecordingAsync(uuid, MetricsKind, cancellationToken).ConfigureAwait(false);
                break;
            case ZoomSyncEntityType.User when Text(webhookEvent.PayloadObject, "id") is { } userId && IsUserId(userId):
                id = userId;
                counts = await refresher.RefreshUserAsync(userId, MetricsKind, cancellationToken).ConfigureAwait(false);
                break;
            default:
                ZoomSyncWebhookLog.NoUsableId(logger, eventName);
                CountEvent(eventName, "ignored");
                return;
        }

        var tally = counts[type];
        CountEvent(eventName, tally.Upserted + tally.Deleted > 0 ? "changed" : "unchanged");
        ZoomSyncLog.EventApplied(logger, eventName, type, id, tally.Upserted, tally.Unchanged, tally.Deleted, counts.Requests);
    }

    /// <summary>One per event this handler applies; the event name is one of <see cref="AppliedEvents"/>, never free text.</summary>
    private void CountEvent(string eventName, string result)
        => metrics.Events.Add(1, new("kind", MetricsKind), new("event", eventName), new("result", result));

    private static long? MeetingId(JsonElement? payloadObject)
    {
        if (payloadObject is not { ValueKind: JsonValueKind.Object } o || !o.TryGetProperty("id", out var id))
        {
            return null;
        }

        // Zoom sends the meeting id as a number; some event shapes send it as a string.
        return id.ValueKind switch
        {
            JsonValueKind.Number when id.TryGetInt64(out var n) && n > 0 => n,
            JsonValueKind.String when long.TryParse(id.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 => n,
            _ => null,
        };
    }

    private static string? Text(JsonElement? payloadObject, string name)
        => payloadObject is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>A Zoom user id: letters, digits, '-' and '_' (Zoom's are 22 characters).</summary>
    private static bool IsUserId(string value)
        => value.Length is > 0 and <= 64 && value.All(static c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>A meeting instance UUID: base64 (with '/', '+', '=') as Zoom writes it.</summary>
    private static bool IsUuid(string value)
        => value.Length is > 0 and <= 128 && value.All(static c => char.IsAsciiLetterOrDigit(c) || c is '/' or '+' or '=' or '-' or '_');
}

internal static partial class ZoomSyncWebhookLog
{
    [LoggerMessage(EventId = 7020, Level = LogLevel.Warning, Message = "Zoom sync ignored event {EventName}: its payload.object has no usable id")]
    public static partial void NoUsableId(ILogger logger, string eventName);
}
