using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using Zoom.Connector.Api;
using Zoom.Connector.Authentication;
using Zoom.Connector.Clients;
using Zoom.Connector.Http;
using Zoom.Connector.Models;
using Zoom.Connector.Scheduling;
using Zoom.Connector.Sync;
using Zoom.Connector.Testing;

namespace Zoom.Connector.Tests.Sync;

/// <summary>
/// Issue 15 item 3: a change that touches only a meeting's details (settings, occurrences, invitation) is invisible in
/// Zoom's meeting list, yet the next incremental run emits it: the connector's own writes mark the meeting in the change
/// journal, and the rotation (<c>Zoom:Sync:DetailRefreshPerRun</c>) re-reads a bounded number of held meetings per run.
/// Against the emulator, through the real DI.
/// </summary>
[TestFixture]
public sealed class SyncDetailChangeTests
{
    private static readonly ZoomSyncRequest Full = new() { Kind = ZoomSyncKind.Full, Entities = ZoomSyncEntities.Users | ZoomSyncEntities.Meetings | ZoomSyncEntities.Invitations };

    private static readonly ZoomSyncRequest Incremental = Full with { Kind = ZoomSyncKind.Incremental };

    [Test]
    public async Task IncrementalSync_SettingsUpdatedThroughTheServiceApi_EmitsTheUpdatedDetailsWithTwoReads()
    {
        using var env = Env.Create();
        await env.Engine.RunAsync(Full);
        var meeting = env.SomeMeetingOfAnActiveUser();
        var before = env.Stored(meeting.Id).Settings!;

        await env.Services.GetRequiredService<IZoomMeetingsApi>().UpdateMeetingAsync(meeting.Id, new MeetingUpdateRequest
        {
            Settings = new MeetingSettings { MuteUponEntry = !(before.MuteUponEntry ?? false), WaitingRoom = !(before.WaitingRoom ?? false) },
        });
        var requestsBefore = env.Emulator.Requests.Count;
        var summary = await env.Engine.RunAsync(Incremental);

        var reads = env.DetailReadsSince(requestsBefore);
        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Completed));
            Assert.That(env.Stored(meeting.Id).Settings!.MuteUponEntry, Is.EqualTo(!(before.MuteUponEntry ?? false)), "the edited setting is in the sink");
            Assert.That(env.Stored(meeting.Id).Settings!.WaitingRoom, Is.EqualTo(!(before.WaitingRoom ?? false)));
            Assert.That(summary.Entities[ZoomSyncEntityType.Meeting].Upserted, Is.EqualTo(1));
            Assert.That(reads, Is.EquivalentTo(new[] { $"/v2/meetings/{meeting.Id}", $"/v2/meetings/{meeting.Id}/invitation" }), "exactly that meeting's details and invitation");
            Assert.That(env.Journal.Count, Is.Zero, "the mark is cleared once the sink holds the change");
        });
    }

    [Test]
    public async Task IncrementalSync_SettingsUpdatedThroughAPersonsClient_EmitsTheUpdatedDetails()
    {
        using var env = Env.Create();
        await env.Engine.RunAsync(Full);
        var meeting = env.SomeMeetingOfAnActiveUser();
        var host = env.Emulator.Users.Single(u => u.Id == meeting.HostId);
        await env.SignInAsync(host.Email!);
        var person = env.Services.GetRequiredService<IZoomUserClientFactory>().ForUser(host.Email!);
        var muted = !(env.Stored(meeting.Id).Settings!.MuteUponEntry ?? false);

        await person.Meetings.UpdateMeetingAsync(meeting.Id, new MeetingUpdateRequest { Settings = new MeetingSettings { MuteUponEntry = muted } });
        var summary = await env.Engine.RunAsync(Incremental);

        Assert.Multiple(() =>
        {
            Assert.That(env.Emulator.Requests.Any(r => r.Method == "PATCH" && r.Identity == host.Id), Is.True,
                "the update was sent as the person, not the service");
            Assert.That(env.Stored(meeting.Id).Settings!.MuteUponEntry, Is.EqualTo(muted));
            Assert.That(summary.Entities[ZoomSyncEntityType.Meeting].Upserted, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task IncrementalSync_OneOccurrenceDeletedThroughTheApi_EmitsTheMeetingWithoutItAndRereadsTheInvitation()
    {
        using var env = Env.Create();
        var scheduler = env.Services.GetRequiredService<IZoomMeetingScheduler>();
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7).ToDateTime(new TimeOnly(9, 0));
        var created = await scheduler.ScheduleAsync(new ScheduleMeetingRequest
        {
            Topic = "Weekly sync",
            Start = start,
            TimeZone = "UTC",
            Duration = TimeSpan.FromMinutes(30),
            Recurrence = ScheduleRecurrence.Weekly(1, start.DayOfWeek).EndingAfter(4),
        });
        await env.Engine.RunAsync(Full);
        var occurrences = env.Stored(created.Id).Occurrences!;

        // Only the details change: the list entry (topic, start, duration, time zone, type) stays the same.
        await env.Services.GetRequiredService<IZoomMeetingsApi>().DeleteMeetingAsync(created.Id, occurrences[1].OccurrenceId);
        var summary = await env.Engine.RunAsync(Incremental);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Entities[ZoomSyncEntityType.Meeting].Upserted, Is.EqualTo(1));
            Assert.That(env.Stored(created.Id).Occurrences!.Where(o => o.Status != OccurrenceStatus.Deleted).Select(o => o.OccurrenceId),
                Does.Not.Contain(occurrences[1].OccurrenceId), "the deleted occurrence is gone from the sink");
            Assert.That(env.DetailReadsSince(0).Count(p => p == $"/v2/meetings/{created.Id}/invitation"), Is.EqualTo(2), "read by the full run and again by the incremental one");
        });
    }

    [Test]
    public async Task IncrementalSync_UnchangedAccount_ReadsNoDetails()
    {
        using var env = Env.Create();
        await env.Engine.RunAsync(Full);
        var before = env.Emulator.Requests.Count;

        var summary = await env.Engine.RunAsync(Incremental);

        Assert.Multiple(() =>
        {
            Assert.That(env.DetailReadsSince(before), Is.Empty);
            Assert.That(summary.Entities.Values.Sum(e => e.Upserted + e.Deleted), Is.Zero);
        });
    }

    [Test]
    public async Task IncrementalSync_SinkFailsOnTheMarkedMeeting_KeepsTheMarkAndTheNextRunEmitsIt()
    {
        var failing = new FailingSink();
        using var env = Env.Create(failing);
        await env.Engine.RunAsync(Full);
        var meeting = env.SomeMeetingOfAnActiveUser();
        var muted = !(env.Stored(meeting.Id).Settings!.MuteUponEntry ?? false);
        await env.Services.GetRequiredService<IZoomMeetingsApi>().UpdateMeetingAsync(meeting.Id, new MeetingUpdateRequest { Settings = new MeetingSettings { MuteUponEntry = muted } });
        failing.FailOnMeeting = Key(meeting.Id);

        Assert.That(async () => await env.Engine.RunAsync(Incremental), Throws.InstanceOf<IOException>());
        var markedAfterFailure = (await env.Journal.GetMarkedMeetingsAsync()).Keys.ToList();
        failing.FailOnMeeting = null;
        var summary = await env.Engine.RunAsync(Incremental);

        Assert.Multiple(() =>
        {
            Assert.That(markedAfterFailure, Is.EqualTo(new[] { meeting.Id }), "the failed run did not clear the mark");
            Assert.That(summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Completed));
            Assert.That(env.Stored(meeting.Id).Settings!.MuteUponEntry, Is.EqualTo(muted));
            Assert.That(env.Journal.Count, Is.Zero);
        });
    }

    [Test]
    public async Task IncrementalSync_MeetingDeletedThroughTheConnector_IsDeletedAndItsMarkCleared()
    {
        using var env = Env.Create();
        await env.Engine.RunAsync(Full);
        var meeting = env.SomeMeetingOfAnActiveUser();
        await env.Services.GetRequiredService<IZoomMeetingsApi>().DeleteMeetingAsync(meeting.Id);
        Assert.That(env.Journal.Count, Is.EqualTo(1));

        var summary = await env.Engine.RunAsync(Incremental);

        Assert.Multiple(() =>
        {
            Assert.That(env.Sink.Meetings.ContainsKey(Key(meeting.Id)), Is.False);
            Assert.That(summary.Entities[ZoomSyncEntityType.Meeting].Deleted, Is.EqualTo(1));
            Assert.That(env.Journal.Count, Is.Zero, "a meeting the run no longer lists and the sink no longer holds keeps no mark");
        });
    }

    [Test]
    public async Task Journal_FailedOrReadOnlyCalls_MarkNothing()
    {
        using var env = Env.Create();
        var api = env.Services.GetRequiredService<IZoomMeetingsApi>();
        var meeting = env.SomeMeetingOfAnActiveUser();

        await api.GetMeetingAsync(meeting.Id, null, null);
        await api.GetMeetingInvitationAsync(meeting.Id);
        var failed = Assert.ThrowsAsync<ZoomApiException>(async () => await api.UpdateMeetingAsync(999_000_000_001, new MeetingUpdateRequest { Topic = "nobody" }));

        Assert.Multiple(() =>
        {
            Assert.That(failed!.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(env.Journal.Count, Is.Zero);
        });
    }

    [Test]
    public async Task IncrementalSync_Rotation_ReadsExactlyNHeldMeetingsPerRunInTurn()
    {
        const int n = 5;
        using var env = Env.Create(configure: o => o.DetailRefreshPerRun = n);
        await env.Engine.RunAsync(Full);
        var held = env.Sink.Meetings.Keys.Select(k => long.Parse(k, CultureInfo.InvariantCulture)).Order().ToList();
        Assume.That(held, Has.Count.GreaterThan(2 * n), "the seeded account has enough meetings to rotate through");

        var runs = new List<List<long>>();
        for (var i = 0; i < 3; i++)
        {
            var before = env.Emulator.Requests.Count;
            await env.Engine.RunAsync(Incremental);
            runs.Add([.. env.DetailReadsSince(before).Where(p => !p.EndsWith("/invitation", StringComparison.Ordinal)).Select(p => long.Parse(p["/v2/meetings/".Length..], CultureInfo.InvariantCulture))]);
        }

        Assert.Multiple(() =>
        {
            Assert.That(runs.Select(r => r.Count), Is.All.EqualTo(n), "exactly N detail reads per run");
            Assert.That(runs[0].Order(), Is.EqualTo(held.Take(n)), "the first run starts at the lowest id");
            Assert.That(runs[1].Order(), Is.EqualTo(held.Skip(n).Take(n)), "the next run goes on where the last one stopped");
            Assert.That(runs.SelectMany(r => r).Distinct().Count(), Is.EqualTo(Math.Min(3 * n, held.Count)));
        });
    }

    [Test]
    public async Task IncrementalSync_RotationAndAPortalEditWithNoWebhook_IsCaughtWithinHeldOverNRuns()
    {
        const int n = 4;
        using var env = Env.Create(configure: o => o.DetailRefreshPerRun = n);
        await env.Engine.RunAsync(Full);
        var meeting = env.SomeMeetingOfAnActiveUser();
        var muted = !(env.Stored(meeting.Id).Settings!.MuteUponEntry ?? false);

        // Outside the connector (Zoom's web portal): no journal mark, no change in the list entry.
        env.Emulator.UpdateMeeting(meeting.Id, m => m with { Settings = m.Settings! with { MuteUponEntry = muted } });
        var bound = (env.Sink.Meetings.Count + n - 1) / n;
        var runs = 0;
        while (env.Stored(meeting.Id).Settings!.MuteUponEntry != muted && runs < bound)
        {
            await env.Engine.RunAsync(Incremental);
            runs++;
        }

        Assert.That(env.Stored(meeting.Id).Settings!.MuteUponEntry, Is.EqualTo(muted), $"caught within {bound} incremental runs");
    }

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A sink whose meeting upsert fails for one meeting, as a full disk or a lost database would.</summary>
    private sealed class FailingSink : IZoomSyncSink
    {
        public InMemoryZoomSyncSink Inner { get; } = new();

        public string? FailOnMeeting { get; set; }

        public ValueTask UpsertUserAsync(ZoomSyncRecord<ZoomUser> record, CancellationToken cancellationToken = default) => Inner.UpsertUserAsync(record, cancellationToken);

        public ValueTask UpsertMeetingAsync(ZoomSyncRecord<Meeting> record, CancellationToken cancellationToken = default)
            => record.Id == FailOnMeeting ? throw new IOException("The sink's disk is full.") : Inner.UpsertMeetingAsync(record, cancellationToken);

        public ValueTask UpsertInvitationAsync(ZoomSyncRecord<MeetingInvitation> record, CancellationToken cancellationToken = default) => Inner.UpsertInvitationAsync(record, cancellationToken);

        public ValueTask UpsertRecordingAsync(ZoomSyncRecord<RecordingMeeting> record, CancellationToken cancellationToken = default) => Inner.UpsertRecordingAsync(record, cancellationToken);

        public ValueTask DeleteUserAsync(string userId, CancellationToken cancellationToken = default) => Inner.DeleteUserAsync(userId, cancellationToken);

        public ValueTask DeleteMeetingAsync(long meetingId, CancellationToken cancellationToken = default) => Inner.DeleteMeetingAsync(meetingId, cancellationToken);

        public ValueTask DeleteInvitationAsync(long meetingId, CancellationToken cancellationToken = default) => Inner.DeleteInvitationAsync(meetingId, cancellationToken);

        public ValueTask DeleteRecordingAsync(string uuid, CancellationToken cancellationToken = default) => Inner.DeleteRecordingAsync(uuid, cancellationToken);

        public IAsyncEnumerable<ZoomSyncHeldRecord> GetHeldAsync(ZoomSyncEntityType type, CancellationToken cancellationToken = default) => Inner.GetHeldAsync(type, cancellationToken);

        public ValueTask<ZoomSyncCheckpoint?> LoadCheckpointAsync(CancellationToken cancellationToken = default) => Inner.LoadCheckpointAsync(cancellationToken);

        public ValueTask SaveCheckpointAsync(ZoomSyncCheckpoint checkpoint, CancellationToken cancellationToken = default) => Inner.SaveCheckpointAsync(checkpoint, cancellationToken);
    }

    private sealed class Env : IDisposable
    {
        private Env(ServiceProvider services, IZoomSyncSink sink)
        {
            Services = services;
            RawSink = sink;
        }

        public ServiceProvider Services { get; }

        public IZoomSyncSink RawSink { get; }

        public InMemoryZoomSyncSink Sink => RawSink as InMemoryZoomSyncSink ?? ((FailingSink)RawSink).Inner;

        public ZoomEmulator Emulator => Services.GetRequiredService<ZoomEmulator>();

        public IZoomSyncEngine Engine => Services.GetRequiredService<IZoomSyncEngine>();

        public InMemoryZoomSyncChangeJournal Journal => (InMemoryZoomSyncChangeJournal)Services.GetRequiredService<IZoomSyncChangeJournal>();

        public static Env Create(IZoomSyncSink? sink = null, Action<ZoomSyncOptions>? configure = null)
        {
            sink ??= new InMemoryZoomSyncSink();
            var services = new ServiceCollection();
            // The clock starts at the real now: the emulator's tokens and sign-in codes are compared with it.
            services.AddSingleton<TimeProvider>(new FakeTimeProvider(DateTimeOffset.UtcNow));
            services.AddZoomConnector()
                .AddRateLimiting(o => o.PermitsPerWindow = 100_000)
                .UseZoomEmulator(o =>
                {
                    o.Seed = 15;
                    o.UserCount = 4;
                    o.MeetingsPerUser = 4;
                    o.RecordingsPerUser = 0;
                })
                .AddUserActions()
                .AddSync(o =>
                {
                    o.MaxDegreeOfParallelism = 4;
                    configure?.Invoke(o);
                })
                .AddSyncSink(sink);
            return new Env(services.BuildServiceProvider(validateScopes: true), sink);
        }

        public Meeting SomeMeetingOfAnActiveUser()
        {
            var admin = Emulator.AdminUserId;
            var active = Emulator.Users.Where(u => u.Status == UserStatus.Active && u.Id is not null && u.Id != admin).Select(u => u.Id).ToHashSet();
            return Emulator.Meetings.First(m => active.Contains(m.HostId) && m.Type == MeetingType.Scheduled);
        }

        public Meeting Stored(long meetingId) => Sink.Meetings[Key(meetingId)].Value;

        /// <summary>The paths of meeting detail and invitation reads the emulator answered since request number <paramref name="from"/>.</summary>
        public List<string> DetailReadsSince(int from)
            => [.. Emulator.Requests.Skip(from)
                .Where(r => r.Method == "GET" && r.PathAndQuery.StartsWith("/v2/meetings/", StringComparison.Ordinal))
                .Select(r => r.PathAndQuery.Split('?')[0])];

        public async Task SignInAsync(string userKey)
        {
            Emulator.AuthorizingUser = userKey;
            var flow = Services.GetRequiredService<IZoomAuthorizationFlow>();
            var request = flow.CreateAuthorizationRequest(userKey);
            using var client = new HttpClient(Emulator.CreateHandler());
            using var answer = await client.GetAsync(request.AuthorizationUri);
            Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.Found));
            var query = System.Web.HttpUtility.ParseQueryString(answer.Headers.Location!.Query);
            await flow.CompleteAuthorizationAsync(query["state"]!, query["code"]!);
        }

        public void Dispose() => Services.Dispose();
    }
}
