using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Zoom.Connector.Api;
using Zoom.Connector.Http;
using Zoom.Connector.Models;
using Zoom.Connector.Sync;
using Zoom.Connector.Testing;

namespace Zoom.Connector.AspNetCore.Tests;

/// <summary>
/// Near-real-time sync end to end: changes made in the Zoom emulator outside the connector, signed events posted to
/// <c>MapZoomWebhooks</c>, and the sink checked as soon as the endpoint answered (the handler runs before the answer, so
/// awaiting the response is awaiting the handler; no scheduled run is involved).
/// </summary>
[TestFixture]
public sealed class SyncFromWebhooksEndpointTests
{
    /// <summary>A start a week after the test app's clock (which starts at the real now), so the test works on any day.</summary>
    private static DateTime NextWeekAt10 => TestApp.Start.UtcDateTime.Date.AddDays(7).AddHours(10);

    [Test]
    public async Task MapZoomWebhooks_MeetingCreatedUpdatedDeletedOutsideTheConnector_SinkFollowsEachEvent()
    {
        var sink = new InMemoryZoomSyncSink();
        await using var app = await StartAsync(sink);
        var zoom = app.Get<ZoomEmulator>();
        var host = zoom.Users.First(u => u.Status == UserStatus.Active && u.Id is not null).Id!;

        var created = zoom.AddMeeting(host, new MeetingCreateRequest { Topic = "Made in Zoom", Type = MeetingType.Scheduled, StartTime = NextWeekAt10, Duration = 30, Timezone = "UTC" });
        var key = created.Id.ToString(CultureInfo.InvariantCulture);
        await PostAsync(app, "meeting.created", 1, $$"""{"id":{{created.Id}},"topic":"Made in Zoom","host_id":"{{host}}"}""");
        Assert.Multiple(() =>
        {
            Assert.That(sink.Meetings[key].Value.Topic, Is.EqualTo("Made in Zoom"));
            Assert.That(sink.Meetings[key].ParentId, Is.EqualTo(host));
            Assert.That(sink.Meetings[key].Value.StartUrl, Is.Null, "stored by the sync's rules");
            Assert.That(sink.Invitations.ContainsKey(key), Is.True, "the invitation is read with a new meeting");
        });

        zoom.UpdateMeeting(created.Id, m => m with { Topic = "Renamed in Zoom", Settings = (m.Settings ?? new MeetingSettings()) with { HostVideo = !(m.Settings?.HostVideo ?? false) } });
        // The event carries only the changed fields: the handler re-reads the whole meeting.
        var updated = $$"""{"id":{{created.Id}},"topic":"Renamed in Zoom"}""";
        await PostAsync(app, "meeting.updated", 2, updated);
        Assert.That(sink.Meetings[key].Value.Topic, Is.EqualTo("Renamed in Zoom"));
        Assert.That(sink.Meetings[key].Value.Settings?.HostVideo, Is.EqualTo(zoom.FindMeeting(created.Id)!.Settings?.HostVideo), "a settings change arrives with the event");

        var upserts = sink.UpsertCount;
        var reads = zoom.Requests.Count;
        await PostAsync(app, "meeting.updated", 2, updated);                                // Zoom's redelivery: dropped as a duplicate
        var readsAfterRedelivery = zoom.Requests.Count;
        await PostAsync(app, "meeting.created", 0, $$"""{"id":{{created.Id}},"topic":"Made in Zoom"}"""); // an older event, arriving late
        Assert.Multiple(() =>
        {
            Assert.That(readsAfterRedelivery, Is.EqualTo(reads), "the redelivery never reached the handler");
            Assert.That(zoom.Requests.Count, Is.GreaterThan(readsAfterRedelivery), "the late event was handled: it re-read the meeting");
            Assert.That(sink.UpsertCount, Is.EqualTo(upserts), "a replayed event changes nothing");
            Assert.That(sink.Meetings[key].Value.Topic, Is.EqualTo("Renamed in Zoom"));
        });

        zoom.DeleteMeeting(created.Id);
        await PostAsync(app, "meeting.deleted", 4, $$"""{"id":{{created.Id}},"host_id":"{{host}}"}""");
        Assert.Multiple(() =>
        {
            Assert.That(sink.Meetings.ContainsKey(key), Is.False);
            Assert.That(sink.Invitations.ContainsKey(key), Is.False);
        });

        var deletes = sink.DeleteCount;
        await PostAsync(app, "meeting.updated", 5, updated); // an update delivered after the deletion: Zoom says 3001
        Assert.Multiple(() =>
        {
            Assert.That(sink.Meetings.ContainsKey(key), Is.False, "a late update does not bring a deleted meeting back");
            Assert.That(sink.DeleteCount, Is.EqualTo(deletes));
        });
    }

    [Test]
    public async Task EmulatorSendsWebhooks_MeetingCreatedUpdatedDeletedThroughTheApi_SinkFollowsWithoutAScheduledRun()
    {
        var sink = new InMemoryZoomSyncSink();
        var hooks = new ZoomEmulatorWebhookOptions { Url = new Uri("http://localhost/zoom/webhooks"), SecretToken = TestApp.Secret, RetryDelays = [] };
        await using var app = await TestApp.StartAsync(
            services => Connector(services, hooks).AddSync(o => o.ScheduleEnabled = false).AddSyncSink(sink).AddSyncFromWebhooks(),
            web => web.MapZoomWebhooks());
        hooks.Handler = app.App.GetTestServer().CreateHandler(); // the emulator posts into this app's endpoint
        var zoom = app.Get<ZoomEmulator>();
        var runs = 0;
        app.Get<IZoomSyncTrigger>().RunStarted += (_, _) => Interlocked.Increment(ref runs);

        // Straight to Zoom's API, not through the connector's scheduler: no write-through, only Zoom's webhooks tell the sink.
        var api = app.Get<IZoomMeetingsApi>();
        var created = await api.CreateMeetingAsync(zoom.AdminUserId, new MeetingCreateRequest { Topic = "Made elsewhere", Type = MeetingType.Scheduled, StartTime = NextWeekAt10, Duration = 30, Timezone = "UTC" });
        var key = created.Id.ToString(CultureInfo.InvariantCulture);
        Assert.That(sink.Meetings.ContainsKey(key), Is.False, "nothing but the webhook puts it in the sink");
        await zoom.WhenWebhooksSentAsync(); // the delivery completes when the endpoint answered, i.e. after the handler
        Assert.That(sink.Meetings[key].Value.Topic, Is.EqualTo("Made elsewhere"));

        await api.UpdateMeetingAsync(created.Id, new MeetingUpdateRequest { Topic = "Renamed elsewhere", Settings = new MeetingSettings { HostVideo = true, JoinBeforeHost = true } });
        await zoom.WhenWebhooksSentAsync();
        Assert.Multiple(() =>
        {
            Assert.That(sink.Meetings[key].Value.Topic, Is.EqualTo("Renamed elsewhere"));
            Assert.That(sink.Meetings[key].Value.Settings?.JoinBeforeHost, Is.True, "a settings-only part of the change arrives too");
        });

        var upserts = sink.UpsertCount;
        await PostAsync(app, "meeting.updated", 30, $$"""{"id":{{created.Id}},"topic":"Renamed elsewhere"}"""); // replayed by hand
        Assert.That(sink.UpsertCount, Is.EqualTo(upserts), "a replayed event changes nothing");

        await api.DeleteMeetingAsync(created.Id);
        await zoom.WhenWebhooksSentAsync();
        Assert.Multiple(() =>
        {
            Assert.That(sink.Meetings.ContainsKey(key), Is.False);
            Assert.That(zoom.WebhookDeliveries.Select(d => (d.Event, d.StatusCode)), Is.EqualTo(new[] { ("meeting.created", 200), ("meeting.updated", 200), ("meeting.deleted", 200) }));
            Assert.That(runs, Is.Zero, "no sync run was involved");
        });
    }

    [Test]
    public async Task MapZoomWebhooks_MeetingEventAfterFullSync_NextIncrementalRunEmitsNothing()
    {
        var sink = new InMemoryZoomSyncSink();
        await using var app = await StartAsync(sink);
        var zoom = app.Get<ZoomEmulator>();
        var trigger = app.Get<IZoomSyncTrigger>();
        await trigger.RunAsync(new ZoomSyncRequest { Kind = ZoomSyncKind.Full, Entities = ZoomSyncEntities.Users | ZoomSyncEntities.Meetings | ZoomSyncEntities.Invitations });
        var meeting = zoom.Meetings[0];
        zoom.UpdateMeeting(meeting.Id, m => m with { Agenda = "Changed in Zoom" });
        await PostAsync(app, "meeting.updated", 1, $$"""{"id":{{meeting.Id}},"agenda":"Changed in Zoom"}""");
        var upserts = sink.UpsertCount;

        var summary = await trigger.RunAsync(new ZoomSyncRequest { Kind = ZoomSyncKind.Incremental, Entities = ZoomSyncEntities.Users | ZoomSyncEntities.Meetings | ZoomSyncEntities.Invitations });

        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Completed));
            Assert.That(summary.Entities[ZoomSyncEntityType.Meeting].Upserted, Is.Zero, "the event stored the meeting exactly as a run would");
            Assert.That(sink.UpsertCount, Is.EqualTo(upserts));
            Assert.That(sink.Meetings[meeting.Id.ToString(CultureInfo.InvariantCulture)].Value.Agenda, Is.EqualTo("Changed in Zoom"));
        });
    }

    [Test]
    public async Task MapZoomWebhooks_UserDeactivatedThenDeleted_StatusUpdatedThenUserAndTheirRecordsRemoved()
    {
        var sink = new InMemoryZoomSyncSink();
        await using var app = await StartAsync(sink);
        var zoom = app.Get<ZoomEmulator>();
        var trigger = app.Get<IZoomSyncTrigger>();
        await trigger.RunAsync(new ZoomSyncRequest { Kind = ZoomSyncKind.Full, Entities = ZoomSyncEntities.Users | ZoomSyncEntities.Meetings });
        var user = zoom.Users.First(u => u.Status == UserStatus.Active && u.Id is not null && u.Id != zoom.AdminUserId && sink.Meetings.Values.Any(m => m.ParentId == u.Id));
        var upserts = sink.UpsertCount;
        var userUpdates = sink.Users[user.Id!].Hash;

        zoom.UpdateUser(user.Id!, u => u with { Status = UserStatus.Inactive });
        await PostAsync(app, "user.deactivated", 1, $$"""{"id":"{{user.Id}}","email":"{{user.Email}}"}""");
        Assert.Multiple(() =>
        {
            Assert.That(sink.Users[user.Id!].Value.Status, Is.EqualTo(UserStatus.Inactive));
            Assert.That(sink.Users[user.Id!].Hash, Is.Not.EqualTo(userUpdates));
            Assert.That(sink.UpsertCount, Is.EqualTo(upserts + 1), "one user upsert; deactivation deletes nothing");
            Assert.That(sink.Meetings.Values.Count(m => m.ParentId == user.Id), Is.GreaterThan(0));
        });

        zoom.DeleteUser(user.Id!);
        await PostAsync(app, "user.deleted", 2, $$"""{"id":"{{user.Id}}"}""");
        Assert.Multiple(() =>
        {
            Assert.That(sink.Users.ContainsKey(user.Id!), Is.False);
            Assert.That(sink.Meetings.Values.Count(m => m.ParentId == user.Id), Is.Zero);
        });
    }

    [Test]
    public async Task MapZoomWebhooks_RecordingCompletedThenDeleted_RecordingStoredThenRemoved()
    {
        var sink = new InMemoryZoomSyncSink();
        await using var app = await StartAsync(sink);
        var zoom = app.Get<ZoomEmulator>();
        var recording = zoom.AddRecording(zoom.Meetings[0].Id, TestApp.Start.AddHours(-2), 30);

        await PostAsync(app, "recording.completed", 1, $$"""{"uuid":"{{recording.Uuid}}","id":{{recording.Id}}}""");
        Assert.Multiple(() =>
        {
            Assert.That(sink.Recordings.ContainsKey(recording.Uuid!), Is.True);
            Assert.That(sink.Recordings[recording.Uuid!].Value.DownloadAccessToken, Is.Null);
        });

        zoom.DeleteRecording(recording.Uuid!);
        await PostAsync(app, "recording.deleted", 2, $$"""{"uuid":"{{recording.Uuid}}","id":{{recording.Id}}}""");
        Assert.That(sink.Recordings.ContainsKey(recording.Uuid!), Is.False);
    }

    [Test]
    public async Task MapZoomWebhooks_AppliedEvents_CountedInTheSyncMetricsAsWebhook()
    {
        var sink = new InMemoryZoomSyncSink();
        await using var app = await StartAsync(sink);
        var zoom = app.Get<ZoomEmulator>();
        var factory = app.Get<IMeterFactory>();
        long upserted = 0;
        var events = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Scope == factory && instrument.Name is "zoom.sync.records" or "zoom.sync.events")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var t = tags.ToArray().ToDictionary(x => x.Key, x => x.Value);
            if (instrument.Name == "zoom.sync.events")
            {
                events.Enqueue($"{t["kind"]} {t["event"]} {t["result"]} x{value}");
            }
            else if (Equals(t["kind"], "webhook") && Equals(t["entity"], "meeting") && Equals(t["change"], "upserted"))
            {
                Interlocked.Add(ref upserted, value);
            }
        });
        listener.Start();
        var meeting = zoom.Meetings[0];

        await PostAsync(app, "meeting.updated", 1, $$"""{"id":{{meeting.Id}}}""");
        await PostAsync(app, "meeting.updated", 2, $$"""{"id":{{meeting.Id}}}"""); // nothing changed: counted as unchanged
        await PostAsync(app, "meeting.updated", 3, """{"id":"not-a-meeting-id"}""");  // no usable id: ignored

        Assert.Multiple(() =>
        {
            Assert.That(Interlocked.Read(ref upserted), Is.EqualTo(1));
            Assert.That(events, Is.EqualTo(new[]
            {
                "webhook meeting.updated changed x1",
                "webhook meeting.updated unchanged x1",
                "webhook meeting.updated ignored x1",
            }));
        });
    }

    [Test]
    public async Task AddSyncFromWebhooks_WithoutSink_FailsNamingTheFix()
    {
        var ex = Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var app = await TestApp.StartAsync(
                services => Connector(services).AddSyncFromWebhooks(),
                web => web.MapZoomWebhooks());
            using var scope = app.App.Services.CreateScope();
            _ = scope.ServiceProvider.GetServices<Zoom.Connector.Webhooks.IZoomWebhookHandler>().ToList();
        });

        Assert.That(ex!.Message, Does.Contain("AddSyncSink"));
        await Task.CompletedTask;
    }

    // The emulator is Zoom: it issues the service identity's token when none is configured.
    private static ZoomConnectorBuilder Connector(IServiceCollection services, ZoomEmulatorWebhookOptions? hooks = null) => services.AddZoomConnector(_ => { })
        .UseZoomEmulator(o =>
        {
            o.Webhooks = hooks;
            o.Seed = 5;
            o.UserCount = 4;
            o.MeetingsPerUser = 2;
            o.RecordingsPerUser = 0;
        })
        .AddWebhooks(o => o.SecretToken = TestApp.Secret);

    private static Task<TestApp> StartAsync(InMemoryZoomSyncSink sink) => TestApp.StartAsync(
        services => Connector(services)
            .AddSync(o => o.ScheduleEnabled = false)
            .AddSyncSink(sink)
            .AddSyncFromWebhooks(),
        web => web.MapZoomWebhooks());

    private static byte[] Event(string name, int secondsAfterStart, string payloadObject)
    {
        var ts = TestApp.Start.AddSeconds(secondsAfterStart).ToUnixTimeMilliseconds();
        return Encoding.UTF8.GetBytes($$"""{"event":"{{name}}","event_ts":{{ts}},"payload":{"account_id":"acc","object":""" + payloadObject + "}}");
    }

    /// <summary>Posts a signed event; the endpoint answers once the handlers are done.</summary>
    private static async Task PostAsync(TestApp app, string name, int secondsAfterStart, string payloadObject)
    {
        using var response = await app.Client.SendAsync(app.SignedPost("/zoom/webhooks", Event(name, secondsAfterStart, payloadObject)));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }
}
