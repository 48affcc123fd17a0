using System.Collections.Concurrent;

namespace Zoom.Connector.Sync;

/// <summary>
/// Keeps two sync runs on the same sink from overlapping. The default is in-process; hosts running several instances
/// register a distributed implementation (e.g. a Redis or database lease) in its place.
/// </summary>
public interface IZoomSyncLock
{
    /// <summary>Takes the lock if it is free; returns <see langword="null"/> at once when another run holds it.</summary>
    /// <param name="name">The lock name (one per sink).</param>
    /// <param name="cancellationToken">Cancels the attempt.</param>
    /// <returns>A handle that releases the lock when disposed, or <see langword="null"/>.</returns>
    ValueTask<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Waits until the lock is free and takes it.</summary>
    /// <param name="name">The lock name (one per sink).</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A handle that releases the lock when disposed.</returns>
    ValueTask<IAsyncDisposable> AcquireAsync(string name, CancellationToken cancellationToken = default);
}

/// <summary>
/// The in-process <see cref="IZoomSyncLock"/>: one semaphore per name. Its handles are <see cref="IZoomSyncLease"/>s
/// whose fencing token grows with every acquisition of the name; one is held until it is disposed.
/// </summary>
public sealed class InProcessZoomSyncLock : IZoomSyncLock
{
    private readonly ConcurrentDictionary<string, Gate> _locks = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public async ValueTask<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken cancellationToken = default)
    {
        var gate = GateOf(name);
        return await gate.Semaphore.WaitAsync(TimeSpan.Zero, cancellationToken).ConfigureAwait(false) ? new Lease(name, gate) : null;
    }

    /// <inheritdoc />
    public async ValueTask<IAsyncDisposable> AcquireAsync(string name, CancellationToken cancellationToken = default)
    {
        var gate = GateOf(name);
        await gate.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Lease(name, gate);
    }

    private Gate GateOf(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return _locks.GetOrAdd(name, static _ => new Gate());
    }

    private sealed class Gate
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        /// <summary>The fencing token of the newest acquisition.</summary>
        public long Fence;
    }

    private sealed class Lease(string name, Gate gate) : IZoomSyncLease
    {
        private int _released;

        public long FencingToken { get; } = Interlocked.Increment(ref gate.Fence);

        public ValueTask EnsureHeldAsync(CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Volatile.Read(ref _released) != 0 || Volatile.Read(ref gate.Fence) != FencingToken)
            {
                throw ZoomSyncLeaseLostException.For(name, FencingToken);
            }

            return ValueTask.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Semaphore.Release();
            }

            return ValueTask.CompletedTask;
        }
    }
}
