using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Testing;

public sealed partial class ZoomEmulator
{
    private readonly List<(string Event, string? ObjectId, JsonObject Envelope)> _pendingEvents = [];
    private readonly List<EmulatorWebhookDelivery> _deliveries = [];
    private readonly List<Task> _inflight = [];
    private HttpClient? _webhookClient;

    /// <summary>The recording a <c>PUT /meetings/{id}/status</c> "end" just made, for <c>recording.completed</c>.</summary>
    private RecordingState? _endedRecording;

    /// <summary>Every webhook delivery attempt so far (with <see cref="ZoomEmulatorOptions.Webhooks"/> set), oldest first.</summary>
    public IReadOnlyList<EmulatorWebhookDelivery> WebhookDeliveries
    {
        get
        {
            lock (_gate)
            {
                return [.. _deliveries];
            }
        }
    }

    /// <summary>Completes when every webhook sent so far has been delivered or given up (retries included).</summary>
    public Task WhenWebhooksSentAsync()
    {
        lock (_gate)
        {
            return Task.WhenAll([.. _inflight]);
        }
    }

    /// <summary>The objects an event about this request needs from before the change.</summary>
    private (JsonObject? Meeting, JsonObject? User) Before(ApiRequest request)
    {
        if (_options.Webhooks is null || request.Method == HttpMethod.Get || request.Segments.Length < 2)
        {
            return (null, null);
        }

        var s = request.Segments;
        if (s[0] == "meetings" && long.TryParse(s[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id) && FindMeetingState(id) is { Deleted: false } meeting)
        {
            return (WithoutSecrets(JsonSerializer.SerializeToNode(meeting.Meeting, ZoomJsonContext.Default.Meeting)!.AsObject()), null);
        }

        if (s[0] == "users" && FindUserState(s[1] == "me" ? request.Grant.UserId : s[1]) is { } user)
        {
            return (null, JsonSerializer.SerializeToNode(user.User, ZoomJsonContext.Default.ZoomUser)!.AsObject());
        }

        return (null, null);
    }

    /// <summary>Turns a successful change made through the API into the event Zoom would send.</summary>
    private void Announce(ApiRequest request, (JsonObject? Meeting, JsonObject? User) before, Reply reply, DateTimeOffset now)
    {
        var ended = _endedRecording;
        _endedRecording = null;
        if (_options.Webhooks is null || (int)reply.Status >= 300 || request.Method == HttpMethod.Get)
        {
            return;
        }

        var s = request.Segments;
        var m = request.Method.Method;
        var body = ParseObject(request.Body);
        switch (s.Length, s[0], m)
        {
            case (3, "users", "POST") when s[2] == "meetings" && ParseObject(reply.Body) is { } created:
                Queue("meeting.created", request, WithoutSecrets(created), null, now);
                break;
            case (2, "meetings", "PATCH") when before.Meeting is { } old && body is not null:
                var changed = new JsonObject { ["id"] = old["id"]?.DeepClone() };
                var previous = new JsonObject { ["id"] = old["id"]?.DeepClone() };
                foreach (var (name, value) in WithoutSecrets(body))
                {
                    changed[name] = value?.DeepClone();
                    previous[name] = old[name]?.DeepClone();
                }

                if (request.Q("occurrence_id") is { } occurrence)
                {
                    changed["occurrence_id"] = occurrence;
                }

                Queue("meeting.updated", request, changed, previous, now);
                break;
            case (2, "meetings", "DELETE") when before.Meeting is { } old:
                var deleted = new JsonObject();
                foreach (var name in (string[])["uuid", "id", "host_id", "topic", "type", "start_time", "duration", "timezone"])
                {
                    deleted[name] = old[name]?.DeepClone();
                }

                if (request.Q("occurrence_id") is { } deletedOccurrence)
                {
                    deleted["occurrences"] = new JsonArray(new JsonObject { ["occurrence_id"] = deletedOccurrence });
                }

                Queue("meeting.deleted", request, deleted, null, now, operation: request.Q("occurrence_id") is null ? "all" : "single");
                break;
            case (3, "meetings", "PUT") when s[2] == "status" && ended is not null:
                var recording = JsonSerializer.SerializeToNode(View(ended, trash: false), ZoomJsonContext.Default.RecordingMeeting)!.AsObject();
                recording.Remove("password");
                recording.Remove("recording_play_passcode");
                Queue("recording.completed", request, recording, null, now, downloadToken: NewDownloadToken(ended, now + TimeSpan.FromHours(24)));
                break;
            case (1, "users", "POST") when (ParseObject(reply.Body)?["id"]?.GetValue<string>()) is { } newId && FindUserState(newId) is { } added:
                Queue("user.created", request, JsonSerializer.SerializeToNode(added.User, ZoomJsonContext.Default.ZoomUser)!.AsObject(), null, now, operation: (body?["action"])?.GetValue<string>());
                break;
            case (2, "users", "PATCH") when before.User is { } oldUser && body is not null:
                var userChanged = new JsonObject { ["id"] = oldUser["id"]?.DeepClone() };
                var userPrevious = new JsonObject { ["id"] = oldUser["id"]?.DeepClone() };
                foreach (var (name, value) in body)
                {
                    userChanged[name] = value?.DeepClone();
                    userPrevious[name] = oldUser[name]?.DeepClone();
                }

                Queue("user.updated", request, userChanged, userPrevious, now);
                break;
            case (3, "users", "PUT") when s[2] == "status" && before.User is { } statusUser && (body?["action"]?.GetValue<string>()) is "activate" or "deactivate":
                Queue(body["action"]!.GetValue<string>() == "activate" ? "user.activated" : "user.deactivated", request, UserSummary(statusUser), null, now);
                break;
            case (2, "users", "DELETE") when before.User is { } deletedUser:
                Queue("user.deleted", request, UserSummary(deletedUser), null, now, operation: request.Q("action") ?? "disassociate");
                break;
        }
    }

    private static JsonObject UserSummary(JsonObject user)
    {
        var summary = new JsonObject();
        foreach (var name in (string[])["id", "first_name", "last_name", "display_name", "email", "type"])
        {
            summary[name] = user[name]?.DeepClone();
        }

        return summary;
    }

    private void Queue(string name, ApiRequest request, JsonObject payloadObject, JsonObject? oldObject, DateTimeOffset now, string? operation = null, string? downloadToken = null)
    {
        var actor = _usersById.GetValueOrDefault(request.Grant.UserId)?.User;
        var payload = new JsonObject
        {
            ["account_id"] = ServiceAccountId,
            ["operator"] = actor?.Email,
            ["operator_id"] = actor?.Id,
        };
        if (operation is not null)
        {
            payload["operation"] = operation;
        }

        payload["object"] = payloadObject;
        if (oldObject is not null)
        {
            payload["old_object"] = oldObject;
        }

        var envelope = new JsonObject { ["event"] = name, ["event_ts"] = now.ToUnixTimeMilliseconds(), ["payload"] = payload };
        if (downloadToken is not null)
        {
            envelope["download_token"] = downloadToken;
        }

        var objectId = payloadObject["id"]?.ToString() ?? payloadObject["uuid"]?.ToString();
        _pendingEvents.Add((name, objectId, envelope));
    }

    /// <summary>Starts delivering the events the last request caused (outside the state lock: delivery is slow).</summary>
    private void SendPendingWebhooks()
    {
        if (_options.Webhooks is not { } webhooks)
        {
            return;
        }

        lock (_gate)
        {
            if (_pendingEvents.Count == 0)
            {
                return;
            }

            _webhookClient ??= new HttpClient(webhooks.Handler ?? new SocketsHttpHandler(), disposeHandler: webhooks.Handler is null) { Timeout = Timeout.InfiniteTimeSpan };
            foreach (var (name, objectId, envelope) in _pendingEvents)
            {
                _inflight.RemoveAll(t => t.IsCompleted);
                _inflight.Add(Task.Run(() => DeliverAsync(webhooks, _webhookClient, name, objectId, envelope.ToJsonString())));
            }

            _pendingEvents.Clear();
        }
    }

    private async Task DeliverAsync(ZoomEmulatorWebhookOptions webhooks, HttpClient client, string name, string? objectId, string body)
    {
        for (var attempt = 1; ; attempt++)
        {
            var now = _time.GetUtcNow();
            var status = await PostAsync(webhooks, client, body, now).ConfigureAwait(false);
            lock (_gate)
            {
                _deliveries.Add(new EmulatorWebhookDelivery(name, objectId, attempt, status, now));
            }

            if (status is >= 200 and < 300 || attempt > webhooks.RetryDelays.Count)
            {
                return;
            }

            var wait = webhooks.RetryDelays[attempt - 1];
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _time).ConfigureAwait(false);
            }
        }
    }

    /// <summary>One signed POST; the receiver's status, or 0 when it could not be reached in time.</summary>
    private async Task<int> PostAsync(ZoomEmulatorWebhookOptions webhooks, HttpClient client, string body, DateTimeOffset now)
    {
        var timestamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(webhooks.SecretToken!), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));
        using var request = new HttpRequestMessage(HttpMethod.Post, webhooks.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("x-zm-request-timestamp", timestamp);
        request.Headers.Add("x-zm-signature", signature);
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("Zoom-Marketplace", "1.0a"));
        using var timeout = new CancellationTokenSource(webhooks.Timeout, _time);
        try
        {
            using var response = await client.SendAsync(request, timeout.Token).ConfigureAwait(false);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0; // unreachable receiver: a failed attempt, retried like a non-2xx answer
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return 0; // slower than Zoom waits: a failed attempt
        }
    }

    private static JsonObject? ParseObject(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null; // not JSON: the route already refused it, so there is no event
        }
    }

    private static JsonObject? ParseObject(byte[]? body) => body is null ? null : ParseObject(Encoding.UTF8.GetString(body));

    /// <summary>Events carry no passcodes or start URLs (the emulator is stricter than Zoom here: receivers log bodies).</summary>
    private static JsonObject WithoutSecrets(JsonObject meeting)
    {
        foreach (var name in meeting.Select(p => p.Key).Where(k => k.Contains("password", StringComparison.Ordinal) || k == "start_url" || k == "passcode").ToList())
        {
            meeting.Remove(name);
        }

        return meeting;
    }
}
