using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using Zoom.Connector.Models;
using Zoom.Connector.Scheduling;
using Zoom.Connector.Sync;
using Zoom.Connector.Testing;

namespace Zoom.Connector.Tests.Sync;

/// <summary>
/// The sync engine against the Zoom emulator, through the real DI. Errors the emulator does not produce (scopes, 3161)
/// are injected by a handler in front of it; everything else is the emulator's own behaviour.
/// </summary>
[TestFixture]
public sealed class SyncEmulatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    private static readonly ZoomSyncRequest Full = new() { Kind = ZoomSyncKind.Full, From = DateOnly.FromDateTime(Now.UtcDateTime).AddDays(-62) };

    private static readonly ZoomSyncRequest Incremental = new() { Kind = ZoomSyncKind.Incremental };

    [Test]
    public async Task FullSync_SeededAccount_EmitsExactlyTheSeededUsersMeetingsAndRecordings()
    {
        using var env = EmulatorEnv.Create();

        var summary = await env.Engine.RunAsync(Full);

        var emulator = env.Emulator;
        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Completed));
            Assert.That(env.Sink.Users.Keys, Is.EquivalentTo(emulator.Users.Where(u => u.Status == UserStatus.Active && u.Id is not null).Select(u => u.Id)));
            Assert.That(env.Sink.Meetings.Keys, Is.EquivalentTo(emulator.Meetings.Select(m => m.Id.ToString(CultureInfo.InvariantCulture))));
            Assert.That(env.Sink.Invitations.Keys, Is.EquivalentTo(env.Sink.Meetings.Keys));
            Assert.That(env.Sink.Recordings.Keys, Is.EquivalentTo(emulator.Recordings.Select(r => r.Uuid)));
            Assert.That(env.Sink.Meetings.Values.Where(m => m.Value.Type == MeetingType.RecurringFixedTime).Select(m => m.Value.Occurrences), Has.All.Not.Empty, "occurrences come with the details");
            Assert.That(env.Sink.Meetings.Values.Select(m => m.Value.StartUrl), Has.All.Null);
            Assert.That(summary.Requests, Is.EqualTo(emulator.Requests.Count));
        });
    }

    [Test]
    public async Task IncrementalSync_UpdateAdditionAndDeletionBetweenRuns_ShowUp()
    {
        using var env = EmulatorEnv.Create();
        await env.Engine.RunAsync(Full);
        var emulator = env.Emulator;
        var meetings = emulator.Meetings;
        var renamed = meetings[0].Id;
        var deleted = meetings[1].Id;
        emulator.UpdateMeeting(renamed, m => m with { Topic = "Renamed between runs" });
        emulator.DeleteMeeting(deleted);
        var added = emulator.AddMeeting(emulator.AdminUserId, new MeetingCreateRequest { Topic = "Added between runs", Type = MeetingType.Scheduled, StartTime = new DateTime(2026, 12, 3, 10, 0, 0), Duration = 30, Timezone = "UTC" });

        var summary = await env.Engine.RunAsync(Incremental);

        var key = (long id) => id.ToString(CultureInfo.InvariantCulture);
        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Completed));
            Assert.That(env.Sink.Meetings[key(renamed)].Value.Topic, Is.EqualTo("Renamed between runs"));
            Assert.That(env.Sink.Meetings[key(added.Id)].Value.Topic, Is.EqualTo("Added between runs"));
            Assert.That(env.Sink.Invitations.ContainsKey(key(added.Id)), Is.True);
            Assert.That(env.Sink.Meetings.ContainsKey(key(deleted)), Is.False);
            Assert.That(summary.Entities[ZoomSyncEntityType.Meeting].Upserted, Is.EqualTo(2));
            Assert.That(summary.Entities[ZoomSyncEntityType.Meeting].Deleted, Is.EqualTo(1));
            Assert.That(env.Sink.Meetings.Keys, Is.EquivalentTo(emulator.Meetings.Select(m => key(m.Id))));
        });
    }

    [Test]
    public async Task FullSync_CancelledHalfwayAndRestartedTwentyMinutesLater_EmitsEveryRecordOnceInTotal()
    {
        var counting = new CountingSink();
        using var env = EmulatorEnv.Create(counting, o =>
        {
            o.MaxDegreeOfParallelism = 1;
            o.PageSize = 1; // every listing pages, so page tokens are in the checkpoint
        });
        using var cts = new CancellationTokenSource();
        counting.OnUpsert = () =>
        {
            if (counting.Total == 15)
            {
                cts.Cancel();
            }
        };
        Assert.That(async () => await env.Engine.RunAsync(Full, null, cts.Token), Throws.InstanceOf<OperationCanceledException>());
        counting.OnUpsert = null;
        env.Time.Advance(TimeSpan.FromMinutes(20)); // every page token of the first attempt has expired

        var summary = await env.Engine.RunAsync(Full);

        var emulator = env.Emulator;
        Assert.Multiple(() =>
        {
            Assert.That(summary.Resumed, Is.True);
            Assert.That(summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Completed));
            Assert.That(counting.PerRecord.Values, Has.All.EqualTo(1));
            Assert.That(counting.Inner.Meetings.Keys, Is.EquivalentTo(emulator.Meetings.Select(m => m.Id.ToString(CultureInfo.InvariantCulture))));
            Assert.That(counting.Inner.Recordings.Keys, Is.EquivalentTo(emulator.Recordings.Select(r => r.Uuid)));
            Assert.That(emulator.Requests.Where(r => r.StatusCode == 400), Is.Empty, "no expired page token was sent");
        });
    }

    [Test]
    public async Task FullSync_MeetingGoneBetweenListAndGetAndUserWhoCannotHost_AreSkippedAndCounted()
    {
        var injected = new InjectingHandler();
        using var env = EmulatorEnv.Create(injector: injected);
        var emulator = env.Emulator;
        var users = emulator.Users.Where(u => u.Id is not null && u.Status == UserStatus.Active).ToList();
        var gone = emulator.Meetings.First(m => m.HostId == users[0].Id).Id;
        injected.AfterResponse = (request, _) =>
        {
            if (request.RequestUri!.AbsolutePath == $"/v2/users/{users[0].Id}/meetings")
            {
                emulator.DeleteMeeting(gone); // deleted after it was listed, before its details are read
            }
        };
        injected.Errors[$"/v2/users/{users[1].Id}/meetings"] = (HttpStatusCode.BadRequest, 3161, "User does not have the permission to host.");

        var summary = await env.Engine.RunAsync(Full);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Completed));
            Assert.That(summary.Errors.Select(e => (e.ZoomCode, e.Id)), Is.EquivalentTo(new (int?, string)[] { (3001, gone.ToString(CultureInfo.InvariantCulture)), (3161, users[1].Id!) }));
            Assert.That(summary.Entities[ZoomSyncEntityType.Meeting].Skipped, Is.EqualTo(2));
            Assert.That(env.Sink.Meetings.ContainsKey(gone.ToString(CultureInfo.InvariantCulture)), Is.False);
            Assert.That(env.Sink.Meetings.Values.Any(m => m.ParentId == users[1].Id), Is.False);
            Assert.That(env.Sink.Meetings.Values.Count(m => m.ParentId == users[2].Id), Is.EqualTo(emulator.Meetings.Count(m => m.HostId == users[2].Id)));
        });
    }

    [Test]
    public async Task FullSync_MissingScope_StopsTheRun()
    {
        var injected = new InjectingHandler();
        injected.Errors["/v2/users"] = (HttpStatusCode.BadRequest, 4700, "Invalid access token, does not contain scopes:[user:read:list_users:admin].");
        using var env = EmulatorEnv.Create(injector: injected);

        var ex = Assert.ThrowsAsync<ZoomSyncException>(async () => await env.Engine.RunAsync(Full));

        Assert.That(ex!.Message, Does.Contain("4700"));
        Assert.That(ex.Message, Does.Contain("Add one of these scopes to the Zoom app: user:read:list_users:admin (docs/scopes.md"));
        Assert.That(env.Sink.UpsertCount, Is.Zero);
        await Task.CompletedTask;
    }

    [Test]
    public async Task FullSync_ListingWithHalfTheMeetings_IsVetoedThenConfirmedDeletionsApply()
    {
        using var env = EmulatorEnv.Create();
        await env.Engine.RunAsync(Full);
        var emulator = env.Emulator;
        var all = emulator.Meetings;
        foreach (var meeting in all.Where((_, i) => i % 2 == 0))
        {
            emulator.DeleteMeeting(meeting.Id);
        }

        var vetoed = await env.Engine.RunAsync(Full);
        var heldAfterVeto = env.Sink.Meetings.Count;
        var applied = await env.Trigger.ConfirmVetoedDeletionsAsync(vetoed.RunId);

        Assert.Multiple(() =>
        {
            Assert.That(vetoed.Outcome, Is.EqualTo(ZoomSyncOutcome.Vetoed));
            Assert.That(vetoed.Veto!.Figures.Single(f => f.EntityType == ZoomSyncEntityType.Meeting).Share, Is.EqualTo(0.5).Within(0.1));
            Assert.That(heldAfterVeto, Is.EqualTo(all.Count), "nothing was deleted by the vetoed run");
            Assert.That(applied, Is.GreaterThanOrEqualTo(all.Count / 2));
            Assert.That(env.Sink.Meetings.Keys, Is.EquivalentTo(emulator.Meetings.Select(m => m.Id.ToString(CultureInfo.InvariantCulture))));
        });
    }

    [Test]
    public async Task FullSync_EmptyMeetingListingOverAFullSink_IsVetoed()
    {
        using var env = EmulatorEnv.Create();
        await env.Engine.RunAsync(Full);
        foreach (var meeting in env.Emulator.Meetings)
        {
            env.Emulator.DeleteMeeting(meeting.Id);
        }

        var summary = await env.Engine.RunAsync(Full);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Vetoed));
            Assert.That(summary.Veto!.Figures.Single(f => f.EntityType == ZoomSyncEntityType.Meeting).Reason, Does.Contain("empty"));
            Assert.That(env.Sink.Meetings, Is.Not.Empty);
            Assert.That(env.Sink.DeleteCount, Is.Zero);
        });
    }

    [Test]
    public async Task Scheduler_MeetingCreated_IsInTheSinkBeforeTheCallReturns()
    {
        using var env = EmulatorEnv.Create();
        var scheduler = env.Services.GetRequiredService<IZoomMeetingScheduler>();
        long? seenDuringCall = null;

        var created = await scheduler.ScheduleAsync(new ScheduleMeetingRequest
        {
            Topic = "Write-through",
            Start = new DateTime(2026, 12, 2, 9, 0, 0),
            TimeZone = "Europe/Berlin",
            Duration = TimeSpan.FromMinutes(30),
        });
        seenDuringCall = env.Sink.Meetings.TryGetValue(created.Id.ToString(CultureInfo.InvariantCulture), out var record) ? created.Id : null;
        await scheduler.DeleteAsync(created.Id);

        Assert.Multiple(() =>
        {
            Assert.That(seenDuringCall, Is.EqualTo(created.Id));
            Assert.That(record!.Value.Topic, Is.EqualTo("Write-through"));
            Assert.That(record.Value.StartUrl, Is.Null);
            Assert.That(env.Sink.Meetings.ContainsKey(created.Id.ToString(CultureInfo.InvariantCulture)), Is.False, "the delete went through too");
        });
    }

    [Test]
    public async Task Schedules_AgainstTheEmulator_FireAtTheRightTimesAndShutdownMidRunLeavesAResumableCheckpoint()
    {
        var counting = new CountingSink();
        using var env = EmulatorEnv.Create(counting, o => o.MaxDegreeOfParallelism = 1);
        var service = env.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<ZoomSyncHostedService>().Single();
        var waits = System.Threading.Channels.Channel.CreateUnbounded<(ZoomSyncKind Kind, DateTimeOffset Due)>();
        var completed = System.Threading.Channels.Channel.CreateUnbounded<ZoomSyncSummary>();
        service.Waiting += (kind, due) => waits.Writer.TryWrite((kind, due));
        env.Trigger.RunCompleted += (_, args) => completed.Writer.TryWrite(args.Summary);
        var guard = TimeSpan.FromSeconds(60);

        await service.StartAsync(CancellationToken.None);
        var full = await completed.Reader.ReadAsync().AsTask().WaitAsync(guard);
        (ZoomSyncKind Kind, DateTimeOffset Due) next;
        do
        {
            next = await waits.Reader.ReadAsync().AsTask().WaitAsync(guard);
        }
        while (next.Due <= env.Time.GetUtcNow()); // skip the wait announced for the run at start

        // The incremental run at +15 min: an update in Zoom shows up; then shutdown while it is blocked in the sink.
        var renamed = env.Emulator.Meetings[0].Id;
        env.Emulator.UpdateMeeting(renamed, m => m with { Topic = "Renamed before the incremental run" });
        var blocked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        counting.BeforeUpsert = async ct =>
        {
            blocked.TrySetResult();
            await Task.Delay(Timeout.Infinite, ct);
        };
        env.Time.SetUtcNow(next.Due);
        await blocked.Task.WaitAsync(guard);
        await service.StopAsync(CancellationToken.None).WaitAsync(guard);
        var cancelled = await completed.Reader.ReadAsync().AsTask().WaitAsync(guard);
        counting.BeforeUpsert = null;
        var resumed = await env.Engine.RunAsync(Incremental);

        Assert.Multiple(() =>
        {
            Assert.That((full.Kind, full.Outcome, full.StartedAt), Is.EqualTo((ZoomSyncKind.Full, ZoomSyncOutcome.Completed, Now)));
            Assert.That((next.Kind, next.Due), Is.EqualTo((ZoomSyncKind.Incremental, Now.AddMinutes(15))));
            Assert.That((cancelled.Kind, cancelled.Outcome), Is.EqualTo((ZoomSyncKind.Incremental, ZoomSyncOutcome.Cancelled)));
            Assert.That(resumed.RunId, Is.EqualTo(cancelled.RunId));
            Assert.That(resumed.Resumed, Is.True);
            Assert.That(counting.Inner.Meetings[renamed.ToString(CultureInfo.InvariantCulture)].Value.Topic, Is.EqualTo("Renamed before the incremental run"));
            Assert.That(counting.PerRecord[$"meeting:{renamed}"], Is.EqualTo(2), "once by the full run, once (not twice) by the interrupted and resumed incremental run");
        });
    }

    /// <summary>Answers chosen paths with a Zoom-shaped error before the emulator sees them, and can act after a response.</summary>
    [Test]
    public async Task FullSync_InactiveAndPendingUsers_EmitsEveryUserAndTheMeetingsAndRecordingsOfActiveAndInactiveUsers()
    {
        using var env = EmulatorEnv.Create();
        var (inactive, pending) = AddInactiveAndPendingUsers(env.Emulator);

        var summary = await env.Engine.RunAsync(Full);

        var emulator = env.Emulator;
        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Completed));
            Assert.That(env.Sink.Users.Keys, Is.EquivalentTo(emulator.Users.Select(u => u.Status == UserStatus.Pending ? "pending:" + u.Email!.ToLowerInvariant() : u.Id)));
            Assert.That(env.Sink.Users[inactive.Id!].Value.Status, Is.EqualTo(UserStatus.Inactive));
            Assert.That(env.Sink.Users["pending:" + pending.Email!.ToLowerInvariant()].Value.Status, Is.EqualTo(UserStatus.Pending));
            Assert.That(env.Sink.Meetings.Keys, Is.EquivalentTo(emulator.Meetings.Select(m => m.Id.ToString(CultureInfo.InvariantCulture))));
            Assert.That(env.Sink.Meetings.Values.Count(m => m.ParentId == inactive.Id), Is.EqualTo(1));
            Assert.That(env.Sink.Recordings.Keys, Is.EquivalentTo(emulator.Recordings.Select(r => r.Uuid)));
            Assert.That(env.Sink.Recordings.Values.Count(r => r.ParentId == inactive.Id), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task IncrementalSync_UserDeactivated_EmitsTheNewStatusDeletesNothingAndIsNotVetoed()
    {
        using var env = EmulatorEnv.Create();
        await env.Engine.RunAsync(Full);
        var host = env.Emulator.Meetings.Select(m => m.HostId).First(id => id != env.Emulator.AdminUserId)!;
        env.Emulator.UpdateUser(host, u => u with { Status = UserStatus.Inactive });
        var meetingsBefore = env.Sink.Meetings.Count;

        var summary = await env.Engine.RunAsync(Incremental);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Completed));
            Assert.That(summary.Veto, Is.Null);
            Assert.That(summary.Entities[ZoomSyncEntityType.User].Upserted, Is.EqualTo(1));
            Assert.That(env.Sink.Users[host].Value.Status, Is.EqualTo(UserStatus.Inactive));
            Assert.That(env.Sink.DeleteCount, Is.Zero);
            Assert.That(env.Sink.Meetings, Has.Count.EqualTo(meetingsBefore));
        });
    }

    [Test]
    public async Task IncrementalSync_UserDeleted_IsJudgedOnlyOnTheListingsTheRunRead()
    {
        using var env = EmulatorEnv.Create();
        await env.Engine.RunAsync(Full);
        var gone = env.Emulator.Users.First(u => u.Id != env.Emulator.AdminUserId);
        env.Emulator.DeleteUser(gone.Id!);

        var vetoed = await env.Engine.RunAsync(Incremental);
        var applied = await env.Trigger.ConfirmVetoedDeletionsAsync(vetoed.Veto!.RunId);

        Assert.Multiple(() =>
        {
            Assert.That(vetoed.Outcome, Is.EqualTo(ZoomSyncOutcome.Vetoed), "1 of 4 users is above the 20 % share");
            Assert.That(vetoed.Entities[ZoomSyncEntityType.Invitation].Seen, Is.Zero);
            Assert.That(vetoed.Veto.Figures.Where(f => f.Vetoed).Select(f => f.Reason), Has.None.Contain("empty"), "no invitation was read, so none can look like an empty listing; the share rule decides");
            Assert.That(applied, Is.GreaterThan(1));
            Assert.That(env.Sink.Users.ContainsKey(gone.Id!), Is.False);
            Assert.That(env.Sink.Meetings.Values.Where(m => m.ParentId == gone.Id), Is.Empty);
        });
    }

    private static (ZoomUser Inactive, ZoomUser Pending) AddInactiveAndPendingUsers(ZoomEmulator emulator)
    {
        var inactive = emulator.AddUser("left.company@example.com", "Left", "Company", status: UserStatus.Inactive);
        var meeting = emulator.AddMeeting(inactive.Id!, new MeetingCreateRequest { Topic = "Kept after deactivation", Type = MeetingType.Scheduled, StartTime = new DateTime(2026, 12, 3, 10, 0, 0), Duration = 30, Timezone = "UTC" });
        emulator.AddRecording(meeting.Id, Now.AddDays(-3), 20);
        var pending = emulator.AddUser("Invited.Person@example.com", "Invited", "Person", status: UserStatus.Pending);
        return (inactive, pending);
    }

    private sealed class InjectingHandler : DelegatingHandler
    {
        public Dictionary<string, (HttpStatusCode Status, int Code, string Message)> Errors { get; } = new(StringComparer.Ordinal);

        public Action<HttpRequestMessage, HttpResponseMessage>? AfterResponse { get; set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Errors.TryGetValue(request.RequestUri!.AbsolutePath, out var error))
            {
                var body = $"{{\"code\":{error.Code},\"message\":\"{error.Message}\"}}";
                return new HttpResponseMessage(error.Status) { Content = new StringContent(body, Encoding.UTF8, "application/json"), RequestMessage = request };
            }

            var response = await base.SendAsync(request, cancellationToken);
            AfterResponse?.Invoke(request, response);
            return response;
        }
    }

    private sealed class EmulatorEnv : IDisposable
    {
        private EmulatorEnv(ServiceProvider services, IZoomSyncSink sink, FakeTimeProvider time)
        {
            Services = services;
            RawSink = sink;
            Time = time;
        }

        public ServiceProvider Services { get; }

        public IZoomSyncSink RawSink { get; }

        public InMemoryZoomSyncSink Sink => RawSink as InMemoryZoomSyncSink ?? ((CountingSink)RawSink).Inner;

        public FakeTimeProvider Time { get; }

        public ZoomEmulator Emulator => Services.GetRequiredService<ZoomEmulator>();

        public IZoomSyncEngine Engine => Services.GetRequiredService<IZoomSyncEngine>();

        public IZoomSyncTrigger Trigger => Services.GetRequiredService<IZoomSyncTrigger>();

        public static EmulatorEnv Create(IZoomSyncSink? sink = null, Action<ZoomSyncOptions>? configure = null, InjectingHandler? injector = null)
        {
            sink ??= new InMemoryZoomSyncSink();
            var time = new FakeTimeProvider(Now);
            var services = new ServiceCollection();
            services.AddSingleton<TimeProvider>(time);
            // A budget far above the emulator's small account: the limiter paces on the real clock, and these tests are
            // about sync behaviour, not pacing; on a loaded machine 55/s made the schedule test time out.
            var builder = services.AddZoomConnector()
                .AddRateLimiting(o => o.PermitsPerWindow = 100_000)
                .UseZoomEmulator(o =>
                {
                    o.Seed = 11;
                    o.UserCount = 4;
                    o.MeetingsPerUser = 3;
                    o.RecordingsPerUser = 2;
                })
                .AddSync(o =>
                {
                    o.MaxDegreeOfParallelism = 4;
                    configure?.Invoke(o);
                })
                .AddSyncSink(sink);
            if (injector is not null)
            {
                builder.ConfigureHttpClient(b => b.AddHttpMessageHandler(() => injector));
            }

            return new EmulatorEnv(services.BuildServiceProvider(validateScopes: true), sink, time);
        }

        public void Dispose() => Services.Dispose();
    }
}
