namespace Zoom.Connector.Sync;

/// <summary>
/// Runs a sync of users, meetings (with details and invitations) and recordings into the registered
/// <see cref="IZoomSyncSink"/>. Calls do not guard against each other and are not reported: the public entry point is
/// <see cref="IZoomSyncTrigger"/>, which takes the <see cref="IZoomSyncLock"/> and reports every run.
/// </summary>
internal interface IZoomSyncEngine
{
    /// <summary>
    /// Runs (or resumes, when the sink's checkpoint holds an interrupted run of the same kind and scope) one sync.
    /// </summary>
    /// <param name="request">What to sync.</param>
    /// <param name="progress">Receives a snapshot after each completed unit.</param>
    /// <param name="cancellationToken">Stops the run; the checkpoint of the last completed unit is kept.</param>
    /// <returns>The summary. A run whose deletions were held back has <see cref="ZoomSyncOutcome.Vetoed"/>.</returns>
    /// <exception cref="ZoomSyncException">Missing scope (4700), refused token (401/124) or another error that cannot be skipped.</exception>
    Task<ZoomSyncSummary> RunAsync(ZoomSyncRequest request, IProgress<ZoomSyncProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>The run whose deletions are held back by the veto, or <see langword="null"/>.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<ZoomSyncVeto?> GetPendingVetoAsync(CancellationToken cancellationToken = default);

    /// <summary>Applies the deletions a person confirmed for a vetoed run.</summary>
    /// <param name="runId">The vetoed run's id (see <see cref="ZoomSyncVeto.RunId"/>).</param>
    /// <param name="cancellationToken">Cancels the deletions (those applied stay applied; confirm again to finish).</param>
    /// <returns>The number of deletions applied.</returns>
    /// <exception cref="InvalidOperationException">No vetoed run with that id is pending.</exception>
    Task<int> ConfirmVetoedDeletionsAsync(string runId, CancellationToken cancellationToken = default);
}
