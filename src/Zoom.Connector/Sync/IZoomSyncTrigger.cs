namespace Zoom.Connector.Sync;

/// <summary>
/// Runs syncs under the <see cref="IZoomSyncLock"/> and reports every run through logs, the <c>Zoom.Connector</c> meter,
/// the <see cref="RunStarted"/>/<see cref="RunCompleted"/> events and every registered <see cref="IZoomSyncObserver"/>.
/// On-demand runs wait for a run in progress to finish; scheduled runs that find one in progress are skipped.
/// </summary>
public interface IZoomSyncTrigger
{
    /// <summary>Raised when a run starts.</summary>
    event EventHandler<ZoomSyncRunStartedEventArgs>? RunStarted;

    /// <summary>Raised when a run ends, whatever the outcome (skipped scheduled triggers included).</summary>
    event EventHandler<ZoomSyncRunCompletedEventArgs>? RunCompleted;

    /// <summary>Runs a sync of every configured entity type now, waiting for a run in progress to finish first.</summary>
    /// <param name="kind">Full or incremental.</param>
    /// <param name="cancellationToken">Stops waiting, or stops the run (leaving a resumable checkpoint).</param>
    /// <exception cref="ZoomSyncException">The run stopped on a fatal error.</exception>
    Task<ZoomSyncSummary> RunNowAsync(ZoomSyncKind kind, CancellationToken cancellationToken = default);

    /// <summary>Runs the given sync now (waiting for a run in progress), with a progress callback: the one call a console app needs.</summary>
    /// <param name="request">What to sync.</param>
    /// <param name="progress">Receives a snapshot after each completed unit.</param>
    /// <param name="cancellationToken">Stops waiting, or stops the run (leaving a resumable checkpoint).</param>
    /// <exception cref="ZoomSyncException">The run stopped on a fatal error.</exception>
    Task<ZoomSyncSummary> RunAsync(ZoomSyncRequest request, IProgress<ZoomSyncProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>The run whose deletions are held back by the veto (waiting for <see cref="ConfirmVetoedDeletionsAsync"/>), or <see langword="null"/>.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<ZoomSyncVeto?> GetPendingVetoAsync(CancellationToken cancellationToken = default);

    /// <summary>Applies the held-back deletions of a vetoed run, under the lock.</summary>
    /// <param name="runId">The vetoed run's id.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The number of deletions applied.</returns>
    Task<int> ConfirmVetoedDeletionsAsync(string runId, CancellationToken cancellationToken = default);
}

/// <summary>Told about every sync run (register any number as services).</summary>
public interface IZoomSyncObserver
{
    /// <summary>A run started.</summary>
    /// <param name="args">The run.</param>
    /// <param name="cancellationToken">Cancels.</param>
    ValueTask OnRunStartedAsync(ZoomSyncRunStartedEventArgs args, CancellationToken cancellationToken = default);

    /// <summary>A run ended (or a scheduled trigger was skipped).</summary>
    /// <param name="args">The run's summary.</param>
    /// <param name="cancellationToken">Cancels.</param>
    ValueTask OnRunCompletedAsync(ZoomSyncRunCompletedEventArgs args, CancellationToken cancellationToken = default);
}

/// <summary>A sync run started.</summary>
public sealed class ZoomSyncRunStartedEventArgs : EventArgs
{
    /// <summary>Creates the arguments.</summary>
    /// <param name="kind">Full or incremental.</param>
    /// <param name="startedAt">When.</param>
    /// <param name="scheduled">Whether the schedule started it (else on demand).</param>
    public ZoomSyncRunStartedEventArgs(ZoomSyncKind kind, DateTimeOffset startedAt, bool scheduled)
    {
        Kind = kind;
        StartedAt = startedAt;
        Scheduled = scheduled;
    }

    /// <summary>Full or incremental.</summary>
    public ZoomSyncKind Kind { get; }

    /// <summary>When the run started.</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>Whether the schedule started it.</summary>
    public bool Scheduled { get; }
}

/// <summary>A sync run ended.</summary>
public sealed class ZoomSyncRunCompletedEventArgs : EventArgs
{
    /// <summary>Creates the arguments.</summary>
    /// <param name="summary">The run's summary.</param>
    /// <param name="scheduled">Whether the schedule started it.</param>
    public ZoomSyncRunCompletedEventArgs(ZoomSyncSummary summary, bool scheduled)
    {
        Summary = summary;
        Scheduled = scheduled;
    }

    /// <summary>The run's summary (start, end, counts, errors, veto).</summary>
    public ZoomSyncSummary Summary { get; }

    /// <summary>Whether the schedule started it.</summary>
    public bool Scheduled { get; }
}
