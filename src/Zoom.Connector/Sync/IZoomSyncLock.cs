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

/// <summary>The in-process <see cref="IZoomSyncLock"/>: one semaphore per name.</summary>
public sealed class InProcessZoomSyncLock : IZoomSyncLock
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public async ValueTask<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken cancellationToken = default)
    {
        var gate = Gate(name);
        return await gate.WaitAsync(TimeSpan.Zero, cancellationToken).ConfigureAwait(false) ? new Releaser(gate) : null;
    }

    /// <inheritdoc />
    public async ValueTask<IAsyncDisposable> AcquireAsync(string name, CancellationToken cancellationToken = default)
    {
        var gate = Gate(name);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Releaser(gate);
    }

    private SemaphoreSlim Gate(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return _locks.GetOrAdd(name, static _ => new SemaphoreSlim(1, 1));
    }

    private sealed class Releaser(SemaphoreSlim gate) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }

            return ValueTask.CompletedTask;
        }
    }
}
