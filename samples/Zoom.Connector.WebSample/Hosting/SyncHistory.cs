using Zoom.Connector.Sync;

namespace Zoom.Connector.WebSample.Hosting;

/// <summary>The last sync runs (scheduled or on demand), newest first, and the run in progress: told by the trigger as an observer.</summary>
public sealed class SyncHistory : IZoomSyncObserver
{
    private const int Kept = 20;
    private readonly Lock _gate = new();
    private readonly LinkedList<ZoomSyncRunCompletedEventArgs> _runs = new();
    private ZoomSyncRunStartedEventArgs? _running;

    /// <summary>The run in progress, if any.</summary>
    public ZoomSyncRunStartedEventArgs? Running
    {
        get
        {
            lock (_gate)
            {
                return _running;
            }
        }
    }

    /// <summary>The last completed runs, newest first.</summary>
    public IReadOnlyList<ZoomSyncRunCompletedEventArgs> Runs
    {
        get
        {
            lock (_gate)
            {
                return [.. _runs];
            }
        }
    }

    /// <inheritdoc />
    public ValueTask OnRunStartedAsync(ZoomSyncRunStartedEventArgs args, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _running = args;
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask OnRunCompletedAsync(ZoomSyncRunCompletedEventArgs args, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _running = null;
            _runs.AddFirst(args);
            while (_runs.Count > Kept)
            {
                _runs.RemoveLast();
            }
        }

        return ValueTask.CompletedTask;
    }
}
