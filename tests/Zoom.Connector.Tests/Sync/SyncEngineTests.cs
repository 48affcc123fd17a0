using System.Collections.Concurrent;
using System.Net;
using NUnit.Framework;
using Zoom.Connector.Sync;

namespace Zoom.Connector.Tests.Sync;

[TestFixture]
public sealed class SyncEngineTests
{
    [Test]
    public async Task RunAsync_FullSyncOfSeededAccount_EmitsExactlySeededRecords()
    {
        using var host = SyncTestHost.Create();
        var account = host.Account;

        var summary = await host.Engine.RunAsync(ZoomSyncRequest.Full);

        var sink = host.Memory;
        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Completed));
            Assert.That(sink.Users.Keys, Is.EquivalentTo(account.Users.Select(u => u.Id)));
            Assert.That(sink.Meetings.Keys, Is.EquivalentTo(account.Meetings.Select(m => m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            Assert.That(sink.Invitations.Keys, Is.EquivalentTo(account.Meetings.Select(m => m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            Assert.That(sink.Recordings.Keys, Is.EquivalentTo(account.Recordings.Select(r => r.Uuid)));
            Assert.That(sink.Meetings["1001"].ParentId, Is.EqualTo("user1"));
            Assert.That(sink.Meetings["1001"].Value.StartUrl, Is.Null, "start_url is a secret and is not stored");
            Assert.That(sink.Meetings["1001"].Value.Settings?.GlobalDialInNumbers, Has.Count.EqualTo(1), "dial-in numbers come from the meeting's details");
            Assert.That(sink.Invitations["2003"].Value.Invitation, Does.Contain("Topic 2-3"));
            Assert.That(summary.Entities[ZoomSyncEntityType.User].Upserted, Is.EqualTo(3));
            Assert.That(summary.Entities[ZoomSyncEntityType.Meeting].Upserted, Is.EqualTo(9));
            Assert.That(summary.Entities[ZoomSyncEntityType.Invitation].Upserted, Is.EqualTo(9));
            Assert.That(summary.Entities[ZoomSyncEntityType.Recording].Upserted, Is.EqualTo(6));
            Assert.That(summary.Requests, Is.EqualTo(account.Requests.Count));
            Assert.That(sink.DeleteCount, Is.Zero);
        });
    }

    [Test]
    public async Task RunAsync_SecondFullSyncWithoutChanges_EmitsNothing()
    {
        using var host = SyncTestHost.Create();
        await host.Engine.RunAsync(ZoomSyncRequest.Full);
        var upserts = host.Memory.UpsertCount;

        var summary = await host.Engine.RunAsync(ZoomSyncRequest.Full);

        Assert.Multiple(() =>
        {
            Assert.That(host.Memory.UpsertCount, Is.EqualTo(upserts), "a changing start_url must not count as a change");
            Assert.That(summary.Entities[ZoomSyncEntityType.Meeting].Unchanged, Is.EqualTo(9));
            Assert.That(summary.Entities[ZoomSyncEntityType.Recording].Unchanged, Is.EqualTo(6));
        });
    }

    [Test]
    public async Task RunAsync_IncrementalAfterUpdateAdditionAndDeletion_EmitsExactlyThoseChanges()
    {
        var account = FakeZoomAccount.Seeded(users: 3, meetingsPerUser: 3);
        using var host = SyncTestHost.Create(account);
        await host.Engine.RunAsync(ZoomSyncRequest.Full);
        var upserts = host.Memory.UpsertCount;
        account.Meetings.Single(m => m.Id == 1002).Topic = "Renamed";
        account.Meetings.Add(new FakeMeeting(2004, "user2", "Added", SyncTestHost.Now.AddDays(3)));
        account.Meetings.RemoveAll(m => m.Id == 3001);
        while (account.Requests.TryDequeue(out _))
        {
        }

        var summary = await host.Engine.RunAsync(ZoomSyncRequest.Incremental);

        var sink = host.Memory;
        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Completed));
            Assert.That(sink.Meetings["1002"].Value.Topic, Is.EqualTo("Renamed"));
            Assert.That(sink.Meetings.ContainsKey("2004"), Is.True);
            Assert.That(sink.Invitations.ContainsKey("2004"), Is.True);
            Assert.That(sink.Meetings.ContainsKey("3001"), Is.False);
            Assert.That(sink.Invitations.ContainsKey("3001"), Is.False);
            Assert.That(summary.Entities[ZoomSyncEntityType.Meeting].Upserted, Is.EqualTo(2));
            Assert.That(summary.Entities[ZoomSyncEntityType.Meeting].Deleted, Is.EqualTo(1));
            Assert.That(summary.Entities[ZoomSyncEntityType.Meeting].Unchanged, Is.EqualTo(7));
            // Only the changed and the new meeting were read in detail.
            Assert.That(account.Requests.Where(r => r.StartsWith("GET /meetings/", StringComparison.Ordinal) && !r.Contains("/invitation", StringComparison.Ordinal)),
                Is.EquivalentTo(new[] { "GET /meetings/1002", "GET /meetings/2004" }));
            Assert.That(sink.UpsertCount - upserts, Is.EqualTo(4), "two meetings, two invitations (1002's text changed)");
        });
    }

    [Test]
    public async Task RunAsync_CancelledHalfwayAndRestarted_EmitsEveryRecordOnceInTotal()
    {
        var account = FakeZoomAccount.Seeded(users: 6, meetingsPerUser: 3);
        var counting = new CountingSink();
        using var host = SyncTestHost.Create(account, counting, o => o.MaxDegreeOfParallelism = 1);
        using var cts = new CancellationTokenSource();
        counting.OnUpsert = () =>
        {
            if (counting.Total == 12)
            {
                cts.Cancel();
            }
        };

        Assert.That(async () => await host.Engine.RunAsync(ZoomSyncRequest.Full, null, cts.Token), Throws.InstanceOf<OperationCanceledException>());
        counting.OnUpsert = null;
        var afterFirst = counting.Total;

        var summary = await host.Engine.RunAsync(ZoomSyncRequest.Full);

        Assert.Multiple(() =>
        {
            Assert.That(afterFirst, Is.GreaterThanOrEqualTo(12).And.LessThan(6 + 18 + 18 + 12));
            Assert.That(summary.Resumed, Is.True);
            Assert.That(summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Completed));
            Assert.That(counting.Inner.Meetings, Has.Count.EqualTo(18));
            Assert.That(counting.Inner.Recordings, Has.Count.EqualTo(12));
            Assert.That(counting.PerRecord.Values, Has.All.EqualTo(1), "no record is emitted twice");
            Assert.That(counting.PerRecord, Has.Count.EqualTo(6 + 18 + 18 + 12));
        });
    }

    [Test]
    public async Task RunAsync_MeetingGoneAndUserCannotHost_SkipsAndCounts()
    {
        var account = FakeZoomAccount.Seeded();
        account.Failures["GET /meetings/1002"] = (HttpStatusCode.NotFound, 3001, "Meeting does not exist.");
        account.Failures["GET /users/user3/meetings"] = (HttpStatusCode.BadRequest, 3161, "User is not allowed to host.");
        using var host = SyncTestHost.Create(account);

        var summary = await host.Engine.RunAsync(ZoomSyncRequest.Full);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Completed));
            Assert.That(summary.Entities[ZoomSyncEntityType.Meeting].Skipped, Is.EqualTo(2));
            Assert.That(summary.Errors.Select(e => e.ZoomCode), Is.EquivalentTo(new int?[] { 3001, 3161 }));
            Assert.That(summary.Errors.Single(e => e.ZoomCode == 3161).Id, Is.EqualTo("user3"));
            Assert.That(host.Memory.Meetings.Keys, Is.EquivalentTo(new[] { "1001", "1003", "2001", "2002", "2003" }));
            Assert.That(host.Memory.Recordings, Has.Count.EqualTo(6), "user3's recordings are still synced");
        });
    }

    [Test]
    public async Task RunAsync_UserCannotHost_KeepsThatUsersHeldMeetings()
    {
        var account = FakeZoomAccount.Seeded();
        using var host = SyncTestHost.Create(account);
        await host.Engine.RunAsync(ZoomSyncRequest.Full);
        account.Failures["GET /users/user3/meetings"] = (HttpStatusCode.BadRequest, 3161, "User is not allowed to host.");

        var summary = await host.Engine.RunAsync(ZoomSyncRequest.Full);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Completed));
            Assert.That(host.Memory.Meetings, Has.Count.EqualTo(9));
            Assert.That(host.Memory.DeleteCount, Is.Zero);
        });
    }

    [Test]
    public async Task RunAsync_MissingScope_StopsTheRunWithClearError()
    {
        var account = FakeZoomAccount.Seeded();
        account.Failures["GET /users/user2/recordings"] = (HttpStatusCode.BadRequest, 4700, "Invalid access token, does not contain scopes:[cloud_recording:read:list_user_recordings].");
        using var host = SyncTestHost.Create(account, configure: o => o.MaxDegreeOfParallelism = 1);

        var ex = Assert.ThrowsAsync<ZoomSyncException>(async () => await host.Engine.RunAsync(ZoomSyncRequest.Full));

        Assert.That(ex!.Message, Does.Contain("4700").And.Contain("scope").And.Contain("/users/user2/recordings"));
        Assert.That(ex.InnerException, Is.InstanceOf<Zoom.Connector.Http.ZoomApiException>());
        Assert.That(ex.Message, Does.Not.Contain(Infrastructure.ZoomTestHost.AccessToken));
        // The completed first user stays completed: the next run resumes after it.
        account.Failures.Clear();
        var requestsBefore = account.Count("GET /users/user1/");
        var summary = await host.Engine.RunAsync(ZoomSyncRequest.Full);
        Assert.Multiple(() =>
        {
            Assert.That(summary.Resumed, Is.True);
            Assert.That(account.Count("GET /users/user1/"), Is.EqualTo(requestsBefore));
            Assert.That(host.Memory.Recordings, Has.Count.EqualTo(6));
        });
    }

    [Test]
    public void RunAsync_TokenRefused_StopsTheRunWithClearError()
    {
        var account = FakeZoomAccount.Seeded();
        account.Failures["GET /users"] = (HttpStatusCode.Unauthorized, 124, "Invalid access token.");
        using var host = SyncTestHost.Create(account);

        var ex = Assert.ThrowsAsync<ZoomSyncException>(async () => await host.Engine.RunAsync(ZoomSyncRequest.Full));

        Assert.That(ex!.Message, Does.Contain("refused the access token").And.Contain("401"));
    }

    [Test]
    public async Task RunAsync_ExpiredPageToken_RestartsThatListingNotTheSync()
    {
        var account = FakeZoomAccount.Seeded(users: 2, meetingsPerUser: 5);
        account.ExpireNextTokenOf["GET /users/user1/meetings"] = true;
        using var host = SyncTestHost.Create(account, configure: o => o.MaxDegreeOfParallelism = 1);

        var summary = await host.Engine.RunAsync(ZoomSyncRequest.Full);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Completed));
            Assert.That(host.Memory.Meetings, Has.Count.EqualTo(10));
            Assert.That(account.Count("GET /users?status=active"), Is.EqualTo(1), "the user listing was not restarted");
            Assert.That(account.Requests.Count(r => r == "GET /users/user1/meetings?type=scheduled&page_size=300"), Is.EqualTo(2), "user1's listing restarted once");
            Assert.That(summary.Entities[ZoomSyncEntityType.Meeting].Upserted, Is.EqualTo(10), "restarted pages did not re-emit");
        });
    }

    [Test]
    public async Task RunAsync_ResumedAfterFifteenMinutes_DoesNotSendTheStaleToken()
    {
        var account = FakeZoomAccount.Seeded(users: 1, meetingsPerUser: 5);
        var counting = new CountingSink();
        using var host = SyncTestHost.Create(account, counting, o => o.MaxDegreeOfParallelism = 1);
        using var cts = new CancellationTokenSource();
        account.BeforeRespond = request =>
        {
            if (request.RequestUri!.Query.Contains("next_page_token", StringComparison.Ordinal))
            {
                cts.Cancel();
                cts.Token.ThrowIfCancellationRequested();
            }

            return Task.CompletedTask;
        };
        Assert.That(async () => await host.Engine.RunAsync(ZoomSyncRequest.Full, null, cts.Token), Throws.InstanceOf<OperationCanceledException>());
        account.BeforeRespond = null;
        host.Time.Advance(TimeSpan.FromMinutes(20));
        var sentBefore = account.Requests.Count(r => r.Contains("next_page_token", StringComparison.Ordinal));

        var summary = await host.Engine.RunAsync(ZoomSyncRequest.Full);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Resumed, Is.True);
            Assert.That(counting.Inner.Meetings, Has.Count.EqualTo(5));
            Assert.That(counting.PerRecord.Values, Has.All.EqualTo(1));
            Assert.That(account.Requests.Count(r => r == "GET /users/user1/meetings?type=scheduled&page_size=300"), Is.EqualTo(2), "the listing restarted from its first page");
            Assert.That(account.Requests.Count(r => r.Contains("next_page_token", StringComparison.Ordinal)), Is.GreaterThan(sentBefore));
        });
    }

    [Test]
    public async Task RunAsync_RecordingsRangeOfTenWeeks_ListsInWindowsOfAtMostOneMonth()
    {
        var account = FakeZoomAccount.Seeded(users: 1, meetingsPerUser: 0, recordingsPerUser: 0);
        account.Recordings.Add(new FakeRecording("old==", 1, "user1", new DateTimeOffset(2026, 9, 20, 9, 0, 0, TimeSpan.Zero)));
        account.Recordings.Add(new FakeRecording("mid==", 2, "user1", new DateTimeOffset(2026, 10, 25, 9, 0, 0, TimeSpan.Zero)));
        account.Recordings.Add(new FakeRecording("new==", 3, "user1", new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero)));
        using var host = SyncTestHost.Create(account);

        var summary = await host.Engine.RunAsync(new ZoomSyncRequest
        {
            Entities = ZoomSyncEntities.Recordings,
            From = new DateOnly(2026, 9, 15),
            To = new DateOnly(2026, 11, 28),
        });

        var windows = account.Requests.Where(r => r.StartsWith("GET /users/user1/recordings", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Completed));
            Assert.That(windows, Has.Count.EqualTo(3));
            Assert.That(windows[0], Does.Contain("from=2026-09-15").And.Contain("to=2026-10-14"));
            Assert.That(windows[2], Does.Contain("from=2026-11-15").And.Contain("to=2026-11-28"));
            Assert.That(host.Memory.Recordings.Keys, Is.EquivalentTo(new[] { "old==", "mid==", "new==" }));
            Assert.That(host.Memory.Users, Is.Empty, "users were not requested");
            Assert.That(account.Count("GET /users/user1/meetings"), Is.Zero);
        });
    }

    [Test]
    public async Task RunAsync_UserFilterByEmail_WalksOnlyThatUser()
    {
        using var host = SyncTestHost.Create();

        await host.Engine.RunAsync(new ZoomSyncRequest { Users = ["USER2@example.com"] });

        Assert.Multiple(() =>
        {
            Assert.That(host.Memory.Users.Keys, Is.EquivalentTo(new[] { "user2" }));
            Assert.That(host.Memory.Meetings.Values.Select(m => m.ParentId).Distinct(), Is.EquivalentTo(new[] { "user2" }));
            Assert.That(host.Account.Count("GET /users/user1/"), Is.Zero);
        });
    }

    [Test]
    public async Task RunAsync_WithProgress_ReportsCountsAndRequests()
    {
        using var host = SyncTestHost.Create();
        var reports = new ConcurrentQueue<ZoomSyncProgress>();

        var summary = await host.Engine.RunAsync(ZoomSyncRequest.Full, new SyncProgress(reports.Enqueue));

        var last = reports.Last();
        Assert.Multiple(() =>
        {
            Assert.That(reports, Has.Count.EqualTo(4), "once after the user listing, once per user");
            Assert.That(last.UsersCompleted, Is.EqualTo(3));
            Assert.That(last.UsersTotal, Is.EqualTo(3));
            Assert.That(last.Requests, Is.EqualTo(summary.Requests));
            Assert.That(last.Entities[ZoomSyncEntityType.Meeting].Upserted, Is.EqualTo(9));
        });
    }

    [Test]
    public void RunAsync_FromAfterTo_ThrowsNamingTheFields()
    {
        using var host = SyncTestHost.Create();

        var ex = Assert.ThrowsAsync<ArgumentException>(async () => await host.Engine.RunAsync(new ZoomSyncRequest { From = new DateOnly(2026, 2, 1), To = new DateOnly(2026, 1, 1) }));

        Assert.That(ex!.Message, Does.Contain("From").And.Contain("To"));
    }

    [Test]
    public async Task RunAsync_IncrementalRecordings_StartsTheDayBeforeTheLastRun()
    {
        var account = FakeZoomAccount.Seeded(users: 1, meetingsPerUser: 0, recordingsPerUser: 1);
        using var host = SyncTestHost.Create(account);
        await host.Engine.RunAsync(ZoomSyncRequest.Full);
        host.Time.Advance(TimeSpan.FromDays(2));
        account.Recordings.Add(new FakeRecording("fresh==", 77, "user1", SyncTestHost.Now.AddDays(1)));

        var summary = await host.Engine.RunAsync(ZoomSyncRequest.Incremental);

        Assert.Multiple(() =>
        {
            Assert.That(account.Requests.Last(r => r.StartsWith("GET /users/user1/recordings", StringComparison.Ordinal)), Does.Contain("from=2026-11-27").And.Contain("to=2026-11-30"));
            Assert.That(summary.Entities[ZoomSyncEntityType.Recording].Upserted, Is.EqualTo(1));
            Assert.That(host.Memory.Recordings.ContainsKey("fresh=="), Is.True);
        });
    }

    [Test]
    public async Task RunAsync_ManyMeetings_FillsButNeverExceedsMaxDegreeOfParallelism()
    {
        var account = FakeZoomAccount.Seeded(users: 3, meetingsPerUser: 6);
        var inFlight = 0;
        var max = 0;
        var filled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        account.BeforeRespond = async request =>
        {
            if (!request.RequestUri!.AbsolutePath.StartsWith("/v2/meetings/", StringComparison.Ordinal))
            {
                return;
            }

            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref max, now);
            if (now >= 4)
            {
                filled.TrySetResult();
            }

            try
            {
                // Every request waits until four are in flight at once: a sequential engine would never get there.
                await filled.Task.WaitAsync(TimeSpan.FromSeconds(20));
            }
            finally
            {
                Interlocked.Decrement(ref inFlight);
            }
        };
        using var host = SyncTestHost.Create(account, configure: o => o.MaxDegreeOfParallelism = 4);

        var summary = await host.Engine.RunAsync(new ZoomSyncRequest { Entities = ZoomSyncEntities.Meetings | ZoomSyncEntities.Invitations });

        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Completed));
            Assert.That(max, Is.EqualTo(4));
            Assert.That(host.Memory.Meetings, Has.Count.EqualTo(18));
        });
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    private sealed class SyncProgress(Action<ZoomSyncProgress> report) : IProgress<ZoomSyncProgress>
    {
        public void Report(ZoomSyncProgress value) => report(value);
    }
}
