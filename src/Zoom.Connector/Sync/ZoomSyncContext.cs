using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Zoom.Connector.Api;
using Zoom.Connector.Http;
using Zoom.Connector.Paging;

namespace Zoom.Connector.Sync;

/// <summary>What a run needs from outside: the typed API, the sink, the options, the clock and the logger.</summary>
internal sealed record ZoomSyncDependencies(
    IZoomUsersApi Users,
    IZoomMeetingsApi Meetings,
    IZoomRecordingsApi Recordings,
    IZoomSyncSink Sink,
    ZoomSyncOptions Options,
    TimeProvider Time,
    ILogger Logger,
    IZoomSyncChangeJournal Journal);

/// <summary>
/// The state one run's walkers share: the checkpoint (saved under one gate), what the sink held at the start, the counts
/// and the request gate. Every change to the checkpoint state happens under <see cref="Gate"/>; an item's counts are
/// committed together with the state change that marks it done (<see cref="Commit"/>).
/// </summary>
internal sealed class ZoomSyncContext : IDisposable
{
    private const int MaxErrors = 100;

    private readonly SemaphoreSlim _saveGate = new(1, 1);
    private readonly SemaphoreSlim _requestGate;
    private readonly ConcurrentDictionary<string, ZoomSyncHeldRecord>[] _held =
        [new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
    private readonly Dictionary<string, List<string>> _meetingsByUser = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _recordingsByUser = new(StringComparer.Ordinal);
    private readonly long[] _heldAtStart = new long[4];

    /// <summary>Meetings the change journal marked when the run started (id -> stamp), until each one's mark is cleared.</summary>
    private readonly ConcurrentDictionary<long, long> _marked = new();
    private HashSet<long> _rotated = [];

    public ZoomSyncContext(ZoomSyncDependencies dependencies, ZoomSyncState state, ZoomSyncActiveRun active)
    {
        Dependencies = dependencies;
        State = state;
        Active = active;
        _requestGate = new SemaphoreSlim(Math.Max(1, Options.MaxDegreeOfParallelism));
        PageSize = ZoomPager.ClampPageSize(Options.PageSize) ?? ZoomPager.MaxPageSize;
    }

    public ZoomSyncDependencies Dependencies { get; }

    public ZoomSyncOptions Options => Dependencies.Options;

    public ILogger Logger => Dependencies.Logger;

    public ZoomSyncState State { get; }

    public ZoomSyncActiveRun Active { get; }

    /// <summary>Guards <see cref="State"/> and everything in it.</summary>
    public object Gate { get; } = new();

    public int PageSize { get; }

    public bool WantUsers => Active.Entities.HasFlag(ZoomSyncEntities.Users);

    public bool WantMeetings => Active.Entities.HasFlag(ZoomSyncEntities.Meetings);

    public bool WantInvitations => Active.Entities.HasFlag(ZoomSyncEntities.Invitations);

    public bool WalkMeetings => WantMeetings || WantInvitations;

    public bool WantRecordings => Active.Entities.HasFlag(ZoomSyncEntities.Recordings);

    public DateTimeOffset Now => Dependencies.Time.GetUtcNow();

    public void Dispose()
    {
        _saveGate.Dispose();
        _requestGate.Dispose();
    }

    /// <summary>Reads what the sink holds of the types this run covers (ids, hashes, parents, time stamps).</summary>
    public async Task LoadHeldAsync(CancellationToken cancellationToken)
    {
        var types = new List<ZoomSyncEntityType> { ZoomSyncEntityType.User };
        if (WalkMeetings)
        {
            types.Add(ZoomSyncEntityType.Meeting);
            types.Add(ZoomSyncEntityType.Invitation);
        }

        if (WantRecordings)
        {
            types.Add(ZoomSyncEntityType.Recording);
        }

        foreach (var type in types)
        {
            var map = _held[(int)type];
            await foreach (var record in Dependencies.Sink.GetHeldAsync(type, cancellationToken).ConfigureAwait(false))
            {
                map[record.Id] = record;
                var byUser = type switch
                {
                    ZoomSyncEntityType.Meeting => _meetingsByUser,
                    ZoomSyncEntityType.Recording => _recordingsByUser,
                    _ => null,
                };
                if (byUser is not null && record.ParentId is { } parent)
                {
                    if (!byUser.TryGetValue(parent, out var list))
                    {
                        byUser[parent] = list = [];
                    }

                    list.Add(record.Id);
                }
            }

            _heldAtStart[(int)type] = map.Count;
        }
    }

    /// <summary>
    /// Reads the meetings the change journal marked, and the held meetings this run re-reads by rotation (chosen once per
    /// run and kept in the checkpoint, so a resumed run re-reads the same ones). Call after <see cref="LoadHeldAsync"/>.
    /// </summary>
    public async Task LoadDetailRereadsAsync(CancellationToken cancellationToken)
    {
        if (!WantMeetings)
        {
            return;
        }

        foreach (var (id, stamp) in await Dependencies.Journal.GetMarkedMeetingsAsync(cancellationToken).ConfigureAwait(false))
        {
            _marked[id] = stamp;
        }

        lock (Gate)
        {
            if (Active.Kind == ZoomSyncKind.Incremental && Active.UserFilter.Count == 0 && Options.DetailRefreshPerRun > 0 && Active.RotatedMeetings is null)
            {
                Active.RotatedMeetings = ChooseRotation(Options.DetailRefreshPerRun);
            }

            _rotated = [.. Active.RotatedMeetings ?? []];
        }

        ZoomSyncLog.DetailRereads(Logger, Active.RunId, Active.Kind, _marked.Count, _rotated.Count);
    }

    /// <summary>Whether the run must re-read this meeting's details although its list entry is unchanged.</summary>
    public bool MustReread(long meetingId) => _marked.ContainsKey(meetingId) || _rotated.Contains(meetingId);

    /// <summary>Clears a meeting's journal mark once the sink holds what the run read (a newer mark stays).</summary>
    public async Task ClearMarkAsync(long meetingId, CancellationToken cancellationToken)
    {
        if (!_marked.TryGetValue(meetingId, out var stamp))
        {
            return;
        }

        try
        {
            await Dependencies.Journal.ClearMeetingAsync(meetingId, stamp, cancellationToken).ConfigureAwait(false);
            _marked.TryRemove(meetingId, out _);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The mark stays: the next run re-reads that meeting once more, which is harmless.
            ZoomSyncLog.JournalClearFailed(Logger, ex, meetingId);
        }
    }

    /// <summary>
    /// After a completed, unfiltered run: clears the marks of meetings the run did not list and the sink no longer holds
    /// (deleted, or never of the listed type). A marked meeting still held belongs to a user whose listing was skipped:
    /// its mark stays for the next run.
    /// </summary>
    public async Task ClearUnlistedMarksAsync(IReadOnlyCollection<ZoomSyncPendingDeletion> applied, CancellationToken cancellationToken)
    {
        var deleted = applied.Where(static d => d.Type == ZoomSyncEntityType.Meeting).Select(static d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in _marked.Keys)
        {
            var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!Holds(ZoomSyncEntityType.Meeting, key) || deleted.Contains(key))
            {
                await ClearMarkAsync(id, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The last meeting id of the rotation, where the next run goes on; null when this run rotated nothing.</summary>
    public long? RotationEnd()
    {
        lock (Gate)
        {
            return Active.RotatedMeetings is [.., var last] ? last : null;
        }
    }

    /// <summary>The next <paramref name="count"/> held meetings in id order after the last run's, wrapping around (call under <see cref="Gate"/>).</summary>
    private List<long> ChooseRotation(int count)
    {
        var ids = new List<long>();
        foreach (var key in _held[(int)ZoomSyncEntityType.Meeting].Keys)
        {
            if (long.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
            {
                ids.Add(id);
            }
        }

        ids.Sort();
        var after = State.DetailRefreshAfter;
        var start = after is { } a ? ids.FindIndex(id => id > a) : 0;
        if (start < 0)
        {
            start = 0;
        }

        var take = Math.Min(count, ids.Count);
        var chosen = new List<long>(take);
        for (var i = 0; i < take; i++)
        {
            chosen.Add(ids[(start + i) % ids.Count]);
        }

        return chosen;
    }

    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        await _saveGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            string payload;
            lock (Gate)
            {
                payload = JsonSerializer.Serialize(State, ZoomSyncJsonContext.Default.ZoomSyncState);
            }

            // A checkpoint write is not abandoned half-way: the sink must end with the old or the new one.
            await Dependencies.Sink.SaveCheckpointAsync(new ZoomSyncCheckpoint { Payload = payload }, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _saveGate.Release();
        }
    }

    /// <summary>
    /// Counts a record the item emitted (<paramref name="emitted"/>) or found unchanged. An emitted record is noted in the
    /// checkpoint until its item commits: if the item is interrupted and redone, the redo finds the record unchanged in the
    /// sink yet counts it as upserted, once.
    /// </summary>
    public void CountRecord(ZoomSyncDelta delta, ZoomSyncEntityType type, string id, bool emitted)
    {
        var key = type + ":" + id;
        bool upserted;
        lock (Gate)
        {
            if (emitted)
            {
                Active.EmittedUncommitted.Add(key);
            }

            upserted = emitted || Active.EmittedUncommitted.Contains(key);
        }

        if (upserted)
        {
            delta[type].Upserted++;
            delta.Emitted.Add(key);
        }
        else
        {
            delta[type].Unchanged++;
        }
    }

    /// <summary>Adds an item's counts and errors to the run and applies the state change that marks it done, atomically.</summary>
    public void Commit(ZoomSyncDelta delta, Action? markDone = null)
    {
        lock (Gate)
        {
            Active.Counters.Add(delta.Counts);
            Active.EmittedUncommitted.ExceptWith(delta.Emitted);
            foreach (var error in delta.Errors)
            {
                if (Active.Errors.Count < MaxErrors)
                {
                    Active.Errors.Add(error);
                }
            }

            markDone?.Invoke();
        }
    }

    /// <summary>Sends one request through the request gate; errors that are neither skippable nor an expired page token end the run.</summary>
    public async Task<T> CallAsync<T>(Func<CancellationToken, Task<T>> call, bool sendsPageToken, CancellationToken cancellationToken)
    {
        await _requestGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Interlocked.Increment(ref Active.Counters.Requests);
            return await call(cancellationToken).ConfigureAwait(false);
        }
        catch (ZoomApiException ex) when (!ZoomSyncEngine.IsSkippable(ex) && !(sendsPageToken && ZoomPager.IsExpiredPageToken(ex)))
        {
            throw ZoomSyncEngine.Fatal(ex);
        }
        finally
        {
            _requestGate.Release();
        }
    }

    /// <summary>A saved page token, or null when it is too old to send (Zoom expires tokens after 15 minutes).</summary>
    public string? FreshToken(string? token, DateTimeOffset? issuedAt, string listing)
    {
        if (token is null)
        {
            return null;
        }

        if (issuedAt is null || Now - issuedAt.Value >= ZoomSyncEngine.PageTokenLifetime)
        {
            ZoomSyncLog.PageTokenExpired(Logger, listing);
            return null;
        }

        return token;
    }

    public ZoomSyncHeldRecord? HeldRecord(ZoomSyncEntityType type, string id) => _held[(int)type].GetValueOrDefault(id);

    public bool Holds(ZoomSyncEntityType type, string id) => _held[(int)type].ContainsKey(id);

    public bool Changed(ZoomSyncEntityType type, string id, string hash)
        => !_held[(int)type].TryGetValue(id, out var held) || held.Hash != hash;

    public void Hold(ZoomSyncEntityType type, ZoomSyncHeldRecord record) => _held[(int)type][record.Id] = record;

    public IEnumerable<ZoomSyncHeldRecord> HeldOf(ZoomSyncEntityType type) => _held[(int)type].Values;

    public IReadOnlyList<string> HeldMeetingsOf(string userId) => _meetingsByUser.GetValueOrDefault(userId) ?? [];

    public IReadOnlyList<string> HeldRecordingsOf(string userId) => _recordingsByUser.GetValueOrDefault(userId) ?? [];

    /// <summary>Records the sink held in the run's scope (for the veto).</summary>
    public long HeldInScope(ZoomSyncEntityType type)
    {
        var map = _held[(int)type];
        if (type == ZoomSyncEntityType.User)
        {
            return Active.UserFilter.Count == 0 ? _heldAtStart[(int)type] : map.Keys.Count(InFilter);
        }

        if (Active.UserFilter.Count == 0)
        {
            return _heldAtStart[(int)type];
        }

        HashSet<string> users;
        lock (Gate)
        {
            users = new HashSet<string>(Active.Users.Select(static u => u.Id), StringComparer.Ordinal);
        }

        return map.Values.Count(r => r.ParentId is { } p && users.Contains(p));
    }

    /// <summary>Adds a deletion (call under <see cref="Gate"/>).</summary>
    public void AddDeletion(ZoomSyncEntityType type, string id) => Active.Deletions.Add(new ZoomSyncPendingDeletion(type, id));

    /// <summary>Deletes a held meeting and its invitation (call under <see cref="Gate"/>).</summary>
    public void AddMeetingDeletion(string id)
    {
        AddDeletion(ZoomSyncEntityType.Meeting, id);
        if (Holds(ZoomSyncEntityType.Invitation, id))
        {
            AddDeletion(ZoomSyncEntityType.Invitation, id);
        }
    }

    public bool InFilter(string? userId, string? email)
        => Active.UserFilter.Count == 0
           || Active.UserFilter.Any(f => string.Equals(f, userId, StringComparison.OrdinalIgnoreCase) || string.Equals(f, email, StringComparison.OrdinalIgnoreCase));

    public bool InFilter(string userId) => InFilter(userId, null);

    /// <summary>Counts a skipped item and keeps its error, in the delta that is committed with the item.</summary>
    public void Skip(ZoomSyncDelta delta, ZoomSyncEntityType type, string id, ZoomApiException ex)
    {
        delta[type].Skipped++;
        ZoomSyncLog.ItemSkipped(Logger, type, id, (int)ex.StatusCode, ex.ZoomCode);
        delta.Errors.Add(new ZoomSyncItemError(type, id, ex.ZoomCode, (int)ex.StatusCode, ex.ZoomMessage));
    }

    public ZoomSyncProgress Progress()
    {
        lock (Gate)
        {
            return new ZoomSyncProgress
            {
                RunId = Active.RunId,
                Kind = Active.Kind,
                UsersCompleted = Active.CompletedUsers.Count,
                UsersTotal = Active.Users.Count(static u => u.Walkable),
                Requests = Interlocked.Read(ref Active.Counters.Requests),
                Entities = Active.Counters.Snapshot(),
            };
        }
    }
}
