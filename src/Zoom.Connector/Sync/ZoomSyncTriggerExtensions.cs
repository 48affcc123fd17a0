namespace Zoom.Connector.Sync;

/// <summary>One-call helpers for console apps and scripts.</summary>
public static class ZoomSyncTriggerExtensions
{
    /// <summary>
    /// Runs a sync now with a plain callback for progress (called on the engine's threads right after each completed
    /// unit, one call at a time per unit; keep it short).
    /// </summary>
    /// <param name="trigger">The trigger.</param>
    /// <param name="request">What to sync.</param>
    /// <param name="onProgress">Receives a snapshot after each completed unit.</param>
    /// <param name="cancellationToken">Stops the run, leaving a resumable checkpoint.</param>
    /// <exception cref="ZoomSyncException">The run stopped on a fatal error.</exception>
    public static Task<ZoomSyncSummary> RunAsync(
        this IZoomSyncTrigger trigger,
        ZoomSyncRequest request,
        Action<ZoomSyncProgress> onProgress,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(onProgress);
        return trigger.RunAsync(request, new CallbackProgress(onProgress), cancellationToken);
    }

    private sealed class CallbackProgress(Action<ZoomSyncProgress> callback) : IProgress<ZoomSyncProgress>
    {
        private readonly object _gate = new();

        public void Report(ZoomSyncProgress value)
        {
            lock (_gate)
            {
                callback(value);
            }
        }
    }
}
