using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using Zoom.Connector.Http;
using Zoom.Connector.Sync;

namespace Zoom.Connector.Redis.Tests;

/// <summary>
/// The sync lock's fencing on Redis: holder A "pauses" (its clock, and so its lease renewal, stands still) until its
/// lease runs out on Redis; B takes the lock; A's next write is refused.
/// </summary>
public sealed class SyncLeaseFencingTests
{
    private const string LockName = "zoom-sync";

    private static readonly Dictionary<string, string?> ShortLease = new() { ["Zoom:Redis:LeaseTime"] = "00:00:01" };

    [OneTimeSetUp]
    public void RequireRedis() => RedisServer.Require();

    [Test]
    public async Task EnsureHeld_HolderPausedPastItsLeaseAndAnotherTookIt_Refused()
    {
        using var fleet = new FleetHost(0);
        var a = fleet.NewInstance(ShortLease, Paused(out _));
        var b = fleet.NewInstance(ShortLease);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var first = (IZoomSyncLease)await a.GetRequiredService<IZoomSyncLock>().AcquireAsync(LockName, timeout.Token);
        await first.EnsureHeldAsync(timeout.Token);
        // B waits (polling Redis) until A's lease, no longer renewed, runs out.
        var second = (IZoomSyncLease)await b.GetRequiredService<IZoomSyncLock>().AcquireAsync(LockName, timeout.Token);

        Assert.That(second.FencingToken, Is.GreaterThan(first.FencingToken));
        var refused = Assert.ThrowsAsync<ZoomSyncLeaseLostException>(async () => await first.EnsureHeldAsync(timeout.Token));
        Assert.That(refused!.Message, Does.Contain(LockName).And.Contain(first.FencingToken.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(((ZoomRedisSyncLease)first).LeaseLost.IsCancellationRequested, Is.True, "the lost lease says so from now on");
        await second.EnsureHeldAsync(timeout.Token);

        await first.DisposeAsync();
        await second.EnsureHeldAsync(timeout.Token);   // A's release did not free B's lock
        await second.DisposeAsync();
    }

    [Test]
    public async Task SyncRun_HolderPausedAndLostItsLease_NextWriteRefusedRunReportedAsLeaseLost()
    {
        using var fleet = new FleetHost(0);
        var sink = new PausingSink();
        FakeTimeProvider clock = null!;
        var a = fleet.NewInstance(ShortLease, connector =>
        {
            Paused(out clock)(connector);
            connector.AddSync().AddSyncSink(sink);
        });
        var b = fleet.NewInstance(ShortLease);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var trigger = a.GetRequiredService<IZoomSyncTrigger>();
        ZoomSyncSummary? reported = null;
        trigger.RunCompleted += (_, e) => reported = e.Summary;

        // Until A pauses, its clock runs (fast), so its lease is renewed however slowly this machine starts the run.
        using var running = new CancellationTokenSource();
        var ticking = Task.Run(async () =>
        {
            while (!running.IsCancellationRequested)
            {
                clock.Advance(TimeSpan.FromMilliseconds(250));
                await Task.Delay(50, CancellationToken.None);
            }
        }, CancellationToken.None);

        var run = trigger.RunAsync(ZoomSyncRequest.Full, cancellationToken: timeout.Token);
        if (await Task.WhenAny(sink.Paused.Task, run).WaitAsync(timeout.Token) == run)
        {
            await run;   // it ended before its first save: show why
        }

        // A's run stands still in its first checkpoint save, and its clock with it.
        await running.CancelAsync();
        await ticking;
        var taken = await b.GetRequiredService<IZoomSyncLock>().AcquireAsync(LockName, timeout.Token);
        sink.Resume.SetResult();

        var refused = Assert.ThrowsAsync<ZoomSyncLeaseLostException>(async () => await run);

        Assert.That(refused!.Message, Does.Contain("nothing more was written"));
        Assert.That(reported?.Outcome, Is.EqualTo(ZoomSyncOutcome.LeaseLost));
        Assert.That(sink.Writes, Is.EqualTo(1), "only the save that was already under way when A paused; nothing after it");
        Assert.That(await CountAsync(sink.Inner.GetHeldAsync(ZoomSyncEntityType.User)), Is.Zero);
        await taken.DisposeAsync();
    }

    /// <summary>A clock that stands still: the lease's renewal timer never fires, as in a process paused by the OS or a long GC.</summary>
    private static Action<ZoomConnectorBuilder> Paused(out FakeTimeProvider clock)
    {
        var paused = new FakeTimeProvider(DateTimeOffset.UtcNow);
        clock = paused;
        return connector => connector.Services.AddSingleton<TimeProvider>(paused);
    }

    private static async Task<int> CountAsync<T>(IAsyncEnumerable<T> items)
    {
        var count = 0;
        await foreach (var _ in items)
        {
            count++;
        }

        return count;
    }

    /// <summary>An in-memory sink whose first checkpoint save waits until the test resumes it; counts every write.</summary>
    private sealed class PausingSink : IZoomSyncSink
    {
        private int _writes;

        public InMemoryZoomSyncSink Inner { get; } = new();

        public TaskCompletionSource Paused { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Resume { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Writes => Volatile.Read(ref _writes);

        public async ValueTask SaveCheckpointAsync(ZoomSyncCheckpoint checkpoint, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Increment(ref _writes) == 1)
            {
                Paused.SetResult();
                await Resume.Task.ConfigureAwait(false);
            }

            await Inner.SaveCheckpointAsync(checkpoint, cancellationToken);
        }

        public ValueTask UpsertUserAsync(ZoomSyncRecord<Models.ZoomUser> record, CancellationToken cancellationToken = default) => Write(Inner.UpsertUserAsync(record, cancellationToken));

        public ValueTask UpsertMeetingAsync(ZoomSyncRecord<Models.Meeting> record, CancellationToken cancellationToken = default) => Write(Inner.UpsertMeetingAsync(record, cancellationToken));

        public ValueTask UpsertInvitationAsync(ZoomSyncRecord<Models.MeetingInvitation> record, CancellationToken cancellationToken = default) => Write(Inner.UpsertInvitationAsync(record, cancellationToken));

        public ValueTask UpsertRecordingAsync(ZoomSyncRecord<Models.RecordingMeeting> record, CancellationToken cancellationToken = default) => Write(Inner.UpsertRecordingAsync(record, cancellationToken));

        public ValueTask DeleteUserAsync(string userId, CancellationToken cancellationToken = default) => Write(Inner.DeleteUserAsync(userId, cancellationToken));

        public ValueTask DeleteMeetingAsync(long meetingId, CancellationToken cancellationToken = default) => Write(Inner.DeleteMeetingAsync(meetingId, cancellationToken));

        public ValueTask DeleteInvitationAsync(long meetingId, CancellationToken cancellationToken = default) => Write(Inner.DeleteInvitationAsync(meetingId, cancellationToken));

        public ValueTask DeleteRecordingAsync(string uuid, CancellationToken cancellationToken = default) => Write(Inner.DeleteRecordingAsync(uuid, cancellationToken));

        public IAsyncEnumerable<ZoomSyncHeldRecord> GetHeldAsync(ZoomSyncEntityType entityType, CancellationToken cancellationToken = default) => Inner.GetHeldAsync(entityType, cancellationToken);

        public ValueTask<ZoomSyncCheckpoint?> LoadCheckpointAsync(CancellationToken cancellationToken = default) => Inner.LoadCheckpointAsync(cancellationToken);

        private ValueTask Write(ValueTask write)
        {
            Interlocked.Increment(ref _writes);
            return write;
        }
    }
}
