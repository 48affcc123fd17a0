using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using Zoom.Connector.Sync;

namespace Zoom.Connector.Tests.Sync;

/// <summary>Sync lock fencing: a run checks its lease before every sink write and checkpoint save.</summary>
public sealed class SyncLeaseTests
{
    private static readonly TimeSpan LeaseTime = TimeSpan.FromSeconds(15);

    [Test]
    public async Task InProcessLock_EachAcquisition_LargerFencingTokenHeldUntilDisposed()
    {
        var syncLock = new InProcessZoomSyncLock();

        var first = (IZoomSyncLease)await syncLock.AcquireAsync("sink");
        await first.EnsureHeldAsync();
        await first.DisposeAsync();
        var second = (IZoomSyncLease)(await syncLock.TryAcquireAsync("sink"))!;

        Assert.That(second.FencingToken, Is.GreaterThan(first.FencingToken));
        Assert.ThrowsAsync<ZoomSyncLeaseLostException>(async () => await first.EnsureHeldAsync());
        Assert.DoesNotThrowAsync(async () => await second.EnsureHeldAsync());
        await second.DisposeAsync();
    }

    [Test]
    public async Task Run_HolderPausesPastItsLeaseAndAnotherTakesIt_NextWriteRefusedAndReportedAsLeaseLost()
    {
        var sink = new CountingSink();
        ExpiringLock? syncLock = null;
        using var host = SyncTestHost.Create(sink: sink, services: s => s.Replace(ServiceDescriptor.Singleton<IZoomSyncLock>(sp =>
            syncLock = new ExpiringLock((FakeTimeProvider)sp.GetRequiredService<TimeProvider>(), LeaseTime))));
        var taken = 0;
        sink.BeforeUpsert = async cancellationToken =>
        {
            if (Interlocked.Increment(ref taken) == 1)
            {
                // Holder A stands still past its lease (a long GC or a suspended VM); B takes the lock meanwhile.
                host.Time.Advance(LeaseTime * 2);
                Assert.That(await syncLock!.TryAcquireAsync(ZoomSyncRunner.LockName, cancellationToken), Is.Not.Null, "B takes the expired lock");
            }
        };
        ZoomSyncSummary? reported = null;
        host.Trigger.RunCompleted += (_, e) => reported = e.Summary;

        var refused = Assert.ThrowsAsync<ZoomSyncLeaseLostException>(async () => await host.Trigger.RunAsync(ZoomSyncRequest.Full));

        Assert.That(refused!.Message, Does.Contain(ZoomSyncRunner.LockName).And.Contain("nothing more was written"));
        Assert.That(reported?.Outcome, Is.EqualTo(ZoomSyncOutcome.LeaseLost));
        Assert.That(sink.Total, Is.EqualTo(1), "only the write that had passed its check before the pause");
    }

    /// <summary>A lease lock on a fake clock: a holder whose lease ran out loses it to the next acquisition.</summary>
    private sealed class ExpiringLock(FakeTimeProvider time, TimeSpan leaseTime) : IZoomSyncLock
    {
        private readonly Lock _gate = new();
        private long _fence;
        private long _heldBy;   // the fencing token of the current holder, 0 when free
        private DateTimeOffset _heldUntil;


        public ValueTask<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken cancellationToken = default)
        {
            lock (_gate)
            {
                if (_heldBy != 0 && time.GetUtcNow() < _heldUntil)
                {
                    return ValueTask.FromResult<IAsyncDisposable?>(null);
                }

                _heldBy = ++_fence;
                _heldUntil = time.GetUtcNow() + leaseTime;
                return ValueTask.FromResult<IAsyncDisposable?>(new Lease(this, name, _heldBy));
            }
        }

        public async ValueTask<IAsyncDisposable> AcquireAsync(string name, CancellationToken cancellationToken = default)
            => await TryAcquireAsync(name, cancellationToken) ?? throw new InvalidOperationException("held");

        private bool Holds(Lease lease)
        {
            lock (_gate)
            {
                return _heldBy == lease.FencingToken && time.GetUtcNow() < _heldUntil;
            }
        }

        private void Release(Lease lease)
        {
            lock (_gate)
            {
                if (_heldBy == lease.FencingToken)
                {
                    _heldBy = 0;
                }
            }
        }

        private sealed class Lease(ExpiringLock owner, string name, long fencingToken) : IZoomSyncLease
        {
            public long FencingToken { get; } = fencingToken;

            public ValueTask EnsureHeldAsync(CancellationToken cancellationToken = default)
                => owner.Holds(this) ? ValueTask.CompletedTask : throw ZoomSyncLeaseLostException.For(name, FencingToken);

            public ValueTask DisposeAsync()
            {
                owner.Release(this);
                return ValueTask.CompletedTask;
            }
        }
    }
}
