namespace Zoom.Connector.Sync;

/// <summary>
/// One run: lists users, walks each active or inactive user's meetings and recordings in parallel (one unit per user,
/// checkpointed when done), then lets the <see cref="ZoomSyncVetoPolicy"/> judge the deletions and applies them or holds
/// them back.
/// </summary>
internal sealed class ZoomSyncRun : IDisposable
{
    private readonly ZoomSyncContext _context;
    private readonly IProgress<ZoomSyncProgress>? _progress;
    private readonly ZoomSyncUserWalker _users;
    private readonly ZoomSyncMeetingWalker _meetings;
    private readonly ZoomSyncRecordingWalker _recordings;

    public ZoomSyncRun(ZoomSyncDependencies dependencies, ZoomSyncState state, ZoomSyncActiveRun active, IProgress<ZoomSyncProgress>? progress)
    {
        _context = new ZoomSyncContext(dependencies, state, active);
        _progress = progress;
        _users = new ZoomSyncUserWalker(_context);
        _meetings = new ZoomSyncMeetingWalker(_context);
        _recordings = new ZoomSyncRecordingWalker(_context);
    }

    public Task SaveAsync(CancellationToken cancellationToken) => _context.SaveAsync(cancellationToken);

    public async Task<ZoomSyncSummary> ExecuteAsync(bool resumed, CancellationToken cancellationToken)
    {
        await _context.LoadHeldAsync(cancellationToken).ConfigureAwait(false);
        await _context.LoadDetailRereadsAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await WalkAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ZoomSyncException)
        {
            // Items finished since the last save are committed in memory: keep them, so the resumed run neither reads
            // nor counts them again. The state is consistent item by item, so this save is safe at any point.
            await _context.SaveAsync(CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        return await FinishAsync(resumed, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _context.Dispose();

    internal ZoomSyncSummary Summarize(ZoomSyncOutcome outcome, DateTimeOffset endedAt, bool resumed, ZoomSyncVeto? veto, string? error = null)
    {
        var active = _context.Active;
        lock (_context.Gate)
        {
            return new ZoomSyncSummary
            {
                RunId = active.RunId,
                Kind = active.Kind,
                Outcome = outcome,
                StartedAt = active.StartedAt,
                EndedAt = endedAt,
                Resumed = resumed,
                Requests = Interlocked.Read(ref active.Counters.Requests),
                Entities = active.Counters.Snapshot(),
                Errors = [.. active.Errors],
                Veto = veto,
                Error = error,
            };
        }
    }

    private async Task WalkAsync(CancellationToken cancellationToken)
    {
        var active = _context.Active;
        if (!active.UsersListed)
        {
            await _users.WalkAsync(cancellationToken).ConfigureAwait(false);
        }

        Report();
        if (_context.WalkMeetings || _context.WantRecordings)
        {
            List<ZoomSyncUserRef> todo;
            lock (_context.Gate)
            {
                todo = [.. active.Users.Where(u => u.Walkable && !active.CompletedUsers.Contains(u.Id))];
            }

            var parallel = new ParallelOptions
            {
                MaxDegreeOfParallelism = Math.Max(1, _context.Options.MaxDegreeOfParallelism),
                CancellationToken = cancellationToken,
            };
            await Parallel.ForEachAsync(todo, parallel, WalkUserAsync).ConfigureAwait(false);
        }
    }

    private async ValueTask WalkUserAsync(ZoomSyncUserRef user, CancellationToken cancellationToken)
    {
        var active = _context.Active;
        ZoomSyncUserCursor cursor;
        lock (_context.Gate)
        {
            if (!active.InProgress.TryGetValue(user.Id, out cursor!))
            {
                cursor = new ZoomSyncUserCursor();
                active.InProgress[user.Id] = cursor;
            }
        }

        if (_context.WalkMeetings && !cursor.MeetingsDone)
        {
            await _meetings.WalkAsync(user, cursor, cancellationToken).ConfigureAwait(false);
            await _context.SaveAsync(cancellationToken).ConfigureAwait(false);
        }

        if (_context.WantRecordings)
        {
            await _recordings.WalkAsync(user, cursor, cancellationToken).ConfigureAwait(false);
        }

        lock (_context.Gate)
        {
            active.CompletedUsers.Add(user.Id);
            active.InProgress.Remove(user.Id);
        }

        await _context.SaveAsync(cancellationToken).ConfigureAwait(false);
        Report();
    }

    private async Task<ZoomSyncSummary> FinishAsync(bool resumed, CancellationToken cancellationToken)
    {
        var active = _context.Active;
        var state = _context.State;
        var logger = _context.Logger;
        List<ZoomSyncPendingDeletion> deletions;
        ZoomSyncCounters counts;
        lock (_context.Gate)
        {
            deletions = [.. active.Deletions.Distinct()];
            counts = new ZoomSyncCounters();
            counts.Add(active.Counters);
        }

        var decision = new ZoomSyncVetoPolicy(_context.Options).Judge(deletions, _context.HeldInScope, counts, ListedTypes(), state.Vetoed);
        var outcome = ZoomSyncOutcome.Completed;
        ZoomSyncVeto? veto = null;
        switch (decision.Verdict)
        {
            case ZoomSyncVetoVerdict.Veto:
            case ZoomSyncVetoVerdict.StillPending:
                foreach (var f in decision.Figures.Where(static f => f.Vetoed))
                {
                    ZoomSyncLog.Vetoed(logger, active.RunId, f.EntityType, f.ToDelete, f.Held, f.Seen, f.Reason);
                }

                outcome = ZoomSyncOutcome.Vetoed;
                lock (_context.Gate)
                {
                    // The same deletions already waiting keep their run id, so a confirmation of that run still applies.
                    var runId = decision.Verdict == ZoomSyncVetoVerdict.StillPending ? state.Vetoed!.RunId : active.RunId;
                    state.Vetoed = new ZoomSyncVetoState { RunId = runId, Kind = active.Kind, Deletions = deletions, Figures = [.. decision.Figures] };
                    veto = new ZoomSyncVeto(runId, decision.Figures);
                }

                break;
            default:
                if (decision.Verdict == ZoomSyncVetoVerdict.ApplyAgreed)
                {
                    ZoomSyncLog.VetoAgreed(logger, active.RunId, state.Vetoed!.RunId, deletions.Count);
                }

                foreach (var deletion in deletions)
                {
                    await ZoomSyncEngine.DeleteAsync(_context.Dependencies.Sink, deletion, cancellationToken).ConfigureAwait(false);
                    lock (_context.Gate)
                    {
                        active.Counters[deletion.Type].Deleted++;
                    }
                }

                lock (_context.Gate)
                {
                    state.Vetoed = null;
                }

                if (_context.WantMeetings && active.UserFilter.Count == 0)
                {
                    await _context.ClearUnlistedMarksAsync(deletions, cancellationToken).ConfigureAwait(false);
                }

                break;
        }

        var now = _context.Now;
        lock (_context.Gate)
        {
            state.Active = null;
            if (active.Kind == ZoomSyncKind.Full)
            {
                state.LastFullCompletedAt = now;
            }
            else
            {
                state.LastIncrementalCompletedAt = now;
            }

            if (_context.RotationEnd() is { } rotatedThrough)
            {
                state.DetailRefreshAfter = rotatedThrough;
            }

            if (_context.WantRecordings && active.UserFilter.Count == 0 && (state.RecordingsSyncedThrough is null || state.RecordingsSyncedThrough < active.To))
            {
                state.RecordingsSyncedThrough = active.To;
            }
        }

        await _context.SaveAsync(cancellationToken).ConfigureAwait(false);
        return Summarize(outcome, now, resumed, veto);
    }

    /// <summary>
    /// The entity types whose listing this run read: users always; meetings when walked; invitations only in full runs
    /// (incremental runs read them for changed meetings only); recordings when included.
    /// </summary>
    private HashSet<ZoomSyncEntityType> ListedTypes()
    {
        var listed = new HashSet<ZoomSyncEntityType> { ZoomSyncEntityType.User };
        if (_context.WalkMeetings)
        {
            listed.Add(ZoomSyncEntityType.Meeting);
        }

        if (_context.WantInvitations && _context.Active.Kind == ZoomSyncKind.Full)
        {
            listed.Add(ZoomSyncEntityType.Invitation);
        }

        if (_context.WantRecordings)
        {
            listed.Add(ZoomSyncEntityType.Recording);
        }

        return listed;
    }

    private void Report()
    {
        if (_progress is not null)
        {
            _progress.Report(_context.Progress());
        }
    }
}
