using System.Globalization;
using Zoom.Connector.Http;

namespace Zoom.Connector.Downloads;

/// <summary>
/// A read-only view of a download's network stream that fails a read with a <see cref="TimeoutException"/> when no
/// byte arrives for the idle timeout. The clock runs only while a read waits (it restarts with every read), so a slow
/// consumer never trips it; it is armed before the inner read starts, so a fake clock sees it as soon as a read is
/// pending. Once a read has stalled, the stream is broken: every later read fails the same way.
/// </summary>
internal sealed class ZoomIdleTimeoutStream : ZoomReadOnlyStream
{
    private readonly TimeSpan _idleTimeout;
    private readonly string _key;
    private readonly TimeProvider _timeProvider;
    private readonly ITimer _timer;
    private PendingRead? _pending;
    private bool _stalled;

    public ZoomIdleTimeoutStream(Stream inner, TimeSpan idleTimeout, string key, TimeProvider timeProvider)
        : base(inner)
    {
        _idleTimeout = idleTimeout;
        _key = key;
        _timeProvider = timeProvider;
        _timer = timeProvider.CreateTimer(static state => ((ZoomIdleTimeoutStream)state!).OnIdle(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The exception a stalled read fails with; it names the setting, never the URL.</summary>
    public static TimeoutException Stalled(TimeSpan idleTimeout, string key, Exception? inner = null)
        => new(string.Create(CultureInfo.InvariantCulture,
            $"The recording download stalled: no data arrived for {idleTimeout} ({key}). The connection was closed; open the download again to retry."), inner);

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_stalled)
        {
            throw Stalled(_idleTimeout, _key);
        }

        var pending = new PendingRead(_timeProvider.GetTimestamp());
        using var cancelRead = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Volatile.Write(ref _pending, pending);
        _timer.Change(_idleTimeout, Timeout.InfiniteTimeSpan);
        try
        {
            var read = Inner.ReadAsync(buffer, cancelRead.Token);
            if (read.IsCompleted)
            {
                return await read.ConfigureAwait(false);
            }

            var reading = read.AsTask();
            var first = await Task.WhenAny(reading, pending.Stalled.Task).WaitAsync(cancellationToken).ConfigureAwait(false);
            if (first == reading)
            {
                return await reading.ConfigureAwait(false);
            }

            _stalled = true;
            // Tears the stalled read down (the network stream honours it); its outcome is no longer anyone's concern.
            await cancelRead.CancelAsync().ConfigureAwait(false);
            _ = reading.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            throw Stalled(_idleTimeout, _key);
        }
        finally
        {
            _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            Interlocked.CompareExchange(ref _pending, null, pending);
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    // A synchronous read keeps the same promise: it waits no longer than the idle timeout either.
    public override int Read(byte[] buffer, int offset, int count)
        => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _timer.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await _timer.DisposeAsync().ConfigureAwait(false);
        await Inner.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }

    private void OnIdle()
    {
        // A late tick of an earlier read's timer must not fail a read that has just started.
        if (Volatile.Read(ref _pending) is { } pending && _timeProvider.GetElapsedTime(pending.StartedAt) >= _idleTimeout)
        {
            pending.Stalled.TrySetResult();
        }
    }

    private sealed class PendingRead(long startedAt)
    {
        public long StartedAt { get; } = startedAt;

        public TaskCompletionSource Stalled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
