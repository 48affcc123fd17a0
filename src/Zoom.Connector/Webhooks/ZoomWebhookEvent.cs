using System.Globalization;
using System.Text.Json;
using Zoom.Connector.Models;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Webhooks;

/// <summary>
/// One webhook notification: Zoom's envelope <c>{"event", "event_ts", "payload": {"account_id", "operator", ...,
/// "object": {...}}}</c>. Any event name parses, known or not; <see cref="PayloadObject"/> keeps the whole object, and
/// <see cref="GetMeeting"/> / <see cref="GetRecording"/> read it as the connector's models. <see cref="DownloadToken"/>
/// and <see cref="PlainToken"/> are left out of <see cref="ToString"/>.
/// </summary>
public sealed record ZoomWebhookEvent
{
    /// <summary>The event name, e.g. <c>meeting.created</c> or <c>recording.completed</c>.</summary>
    public required string Event { get; init; }

    /// <summary>When the event happened (<c>event_ts</c>, epoch milliseconds).</summary>
    public required DateTimeOffset EventTs { get; init; }

    /// <summary><c>event_ts</c> as sent: epoch milliseconds.</summary>
    public required long EventTsMilliseconds { get; init; }

    /// <summary><c>payload.account_id</c>: the account the event belongs to.</summary>
    public string? AccountId { get; init; }

    /// <summary><c>payload.operator</c>: the e-mail of the user who caused the event, when Zoom names one.</summary>
    public string? Operator { get; init; }

    /// <summary><c>payload.operator_id</c>: the id of that user.</summary>
    public string? OperatorId { get; init; }

    /// <summary><c>payload.operation</c>, e.g. <c>single</c> or <c>all</c> for a deleted occurrence or series.</summary>
    public string? Operation { get; init; }

    /// <summary>The whole <c>payload</c> (an undefined element when the body had none).</summary>
    public JsonElement Payload { get; init; }

    /// <summary><c>payload.object</c>: the meeting, recording, user, ... the event is about; null when absent.</summary>
    public JsonElement? PayloadObject { get; init; }

    /// <summary><c>payload.old_object</c>: the previous values on <c>*.updated</c> events; null when absent.</summary>
    public JsonElement? OldPayloadObject { get; init; }

    /// <summary><c>payload.object.id</c> as text (a meeting id, user id, ...), else <c>payload.object.uuid</c>; null when neither is there.</summary>
    public string? ObjectId { get; init; }

    /// <summary>
    /// A secret: the top-level <c>download_token</c> of <c>recording.completed</c> (and similar) events, the bearer token
    /// for the recording files' <c>download_url</c>. Valid 24 hours. Never log it.
    /// </summary>
    public string? DownloadToken { get; init; }

    /// <summary><c>payload.plainToken</c> of the <c>endpoint.url_validation</c> challenge.</summary>
    public string? PlainToken { get; init; }

    /// <summary>Whether this is Zoom's <c>endpoint.url_validation</c> challenge.</summary>
    public bool IsUrlValidation => string.Equals(Event, ZoomWebhookEventNames.EndpointUrlValidation, StringComparison.Ordinal);

    /// <summary>
    /// The key redeliveries share: <c>event</c> + <c>event_ts</c> + <see cref="BodyHash"/> (the object id for an event
    /// built without a body). Zoom delivers at least once, so the same notification may arrive again (see
    /// <see cref="ZoomWebhookDeduplicator"/>); distinct notifications never share a key.
    /// </summary>
    public string DeduplicationKey => BodyHash is { } hash
        ? string.Create(CultureInfo.InvariantCulture, $"{Event}|{EventTsMilliseconds}|{hash}")
        : string.Create(CultureInfo.InvariantCulture, $"{Event}|{EventTsMilliseconds}|{ObjectId}");

    /// <summary>
    /// SHA-256 (hex) of the raw body, set by <see cref="Parse"/>: unique to one notification, identical on its
    /// redeliveries. Two different events in the same millisecond for one object (two participants joining) differ here.
    /// </summary>
    public string? BodyHash { get; init; }

    /// <summary>Whether the event name starts with <paramref name="prefix"/>, e.g. <c>meeting.</c>.</summary>
    /// <param name="prefix">The family prefix including the dot.</param>
    public bool IsInFamily(string prefix) => Event.StartsWith(prefix, StringComparison.Ordinal);

    /// <summary>
    /// <c>payload.object</c> as a <see cref="Meeting"/> for <c>meeting.*</c> events (id, uuid, host, topic, type, start
    /// time, duration, time zone, ...); null for other events or when the object is absent.
    /// </summary>
    /// <exception cref="ZoomWebhookFormatException">The object does not have a meeting's shape.</exception>
    public Meeting? GetMeeting()
        => IsInFamily("meeting.") ? ReadObject(PayloadObject, ZoomJsonContext.Default.Meeting, "payload.object") : null;

    /// <summary><c>payload.old_object</c> as a <see cref="Meeting"/> for <c>meeting.updated</c>: the fields that changed, as they were.</summary>
    /// <exception cref="ZoomWebhookFormatException">The object does not have a meeting's shape.</exception>
    public Meeting? GetOldMeeting()
        => IsInFamily("meeting.") ? ReadObject(OldPayloadObject, ZoomJsonContext.Default.Meeting, "payload.old_object") : null;

    /// <summary>
    /// <c>payload.object</c> as a <see cref="RecordingMeeting"/> for <c>recording.*</c> events (meeting id and uuid,
    /// host, topic, files with their download URLs, ...); null for other events or when the object is absent.
    /// </summary>
    /// <exception cref="ZoomWebhookFormatException">The object does not have a recording's shape.</exception>
    public RecordingMeeting? GetRecording()
        => IsInFamily("recording.") ? ReadObject(PayloadObject, ZoomJsonContext.Default.RecordingMeeting, "payload.object") : null;

    /// <summary>Parses a webhook body (UTF-8 JSON).</summary>
    /// <param name="utf8Json">The raw body.</param>
    /// <exception cref="ZoomWebhookFormatException">The body is not JSON, or <c>event</c> / <c>event_ts</c> is missing or of the wrong type; the message names the field.</exception>
    public static ZoomWebhookEvent Parse(ReadOnlySpan<byte> utf8Json)
    {
        JsonElement root;
        try
        {
            root = JsonSerializer.Deserialize(utf8Json, ZoomWebhookJsonContext.Default.JsonElement);
        }
        catch (JsonException ex)
        {
            throw new ZoomWebhookFormatException("The webhook body is not valid JSON.", "body", ex);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ZoomWebhookFormatException("The webhook body must be a JSON object.", "body");
        }

        if (!root.TryGetProperty("event", out var name) || name.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(name.GetString()))
        {
            throw new ZoomWebhookFormatException("The webhook body has no 'event' name (a non-empty string).", "event");
        }

        if (!root.TryGetProperty("event_ts", out var ts) || !TryReadInt64(ts, out var milliseconds))
        {
            throw new ZoomWebhookFormatException("The webhook body has no 'event_ts' (epoch milliseconds as a whole number).", "event_ts");
        }

        DateTimeOffset eventTs;
        try
        {
            eventTs = DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new ZoomWebhookFormatException("The webhook's 'event_ts' is out of range for epoch milliseconds.", "event_ts", ex);
        }

        var payload = root.TryGetProperty("payload", out var p) ? p : default;
        if (payload.ValueKind is not (JsonValueKind.Object or JsonValueKind.Undefined or JsonValueKind.Null))
        {
            throw new ZoomWebhookFormatException("The webhook's 'payload' must be a JSON object.", "payload");
        }

        var isObject = payload.ValueKind == JsonValueKind.Object;
        JsonElement? obj = isObject && payload.TryGetProperty("object", out var o) && o.ValueKind == JsonValueKind.Object ? o : null;
        JsonElement? old = isObject && payload.TryGetProperty("old_object", out var oo) && oo.ValueKind == JsonValueKind.Object ? oo : null;

        return new ZoomWebhookEvent
        {
            Event = name.GetString()!,
            EventTs = eventTs,
            EventTsMilliseconds = milliseconds,
            AccountId = isObject ? Text(payload, "account_id") : null,
            Operator = isObject ? Text(payload, "operator") : null,
            OperatorId = isObject ? Text(payload, "operator_id") : null,
            Operation = isObject ? Text(payload, "operation") : null,
            Payload = payload,
            PayloadObject = obj,
            OldPayloadObject = old,
            ObjectId = obj is { } ob ? Text(ob, "id") ?? Text(ob, "uuid") : null,
            DownloadToken = Text(root, "download_token"),
            PlainToken = isObject ? Text(payload, "plainToken") : null,
            BodyHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(utf8Json)),
        };
    }

    /// <summary>Prints the event without its secrets (download token, plain token, object contents).</summary>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture,
            $"ZoomWebhookEvent {{ Event = {Event}, EventTs = {EventTs:O}, AccountId = {AccountId}, ObjectId = {ObjectId}, Operation = {Operation} }}");

    private static T? ReadObject<T>(JsonElement? element, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, string field)
        where T : class
    {
        if (element is not { } value)
        {
            return null;
        }

        try
        {
            return value.Deserialize(typeInfo);
        }
        catch (JsonException ex)
        {
            // The JSON path names the field; the value (possibly a secret) is not repeated.
            throw new ZoomWebhookFormatException($"The webhook's '{field}' cannot be read as {typeof(T).Name} at {ex.Path ?? "$"}.", field, ex);
        }
    }

    private static bool TryReadInt64(JsonElement element, out long value)
    {
        value = 0;
        return element.ValueKind switch
        {
            JsonValueKind.Number => element.TryGetInt64(out value),
            JsonValueKind.String => long.TryParse(element.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out value),
            _ => false,
        };
    }

    private static string? Text(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }
}
