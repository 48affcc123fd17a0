using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Zoom.Connector.Http;
using Zoom.Connector.Models;
using Zoom.Connector.Paging;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Sync;

/// <summary>One run of the engine: the held state, the counters, the checkpoint and the walk itself.</summary>
internal sealed class ZoomSyncRun : IDisposable
{
    private const int MaxErrors = 100;
    private const int Seen = 0;
    private const int Upserted = 1;
    private const int Unchanged = 2;
    private const int Deleted = 3;
    private const int Skipped = 4;

    private readonly ZoomSyncEngine _engine;
    private readonly ZoomSyncState _state;
    private readonly ZoomSyncActiveRun _active;
    private readonly IProgress<ZoomSyncProgress>? _progress;
    private readonly ZoomSyncOptions _options;
    private readonly IZoomSyncSink _sink;
    private readonly object _stateLock = new();
    private readonly SemaphoreSlim _saveGate = new(1, 1);
    private readonly SemaphoreSlim _requestGate;
    private readonly ConcurrentDictionary<string, ZoomSyncHeldRecord>[] _held =
        [new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
    private readonly Dictionary<string, List<string>> _meetingsByUser = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _recordingsByUser = new(StringComparer.Ordinal);
    private readonly long[] _heldAtStart = new long[4];
    private readonly int _pageSize;

    public ZoomSyncRun(ZoomSyncEngine engine, ZoomSyncState state, ZoomSyncActiveRun active, IProgress<ZoomSyncProgress>? progress)
    {
        _engine = engine;
        _state = state;
        _active = active;
        _progress = progress;
        _options = engine.Options;
        _sink = engine.Sink;
        _requestGate = new SemaphoreSlim(Math.Max(1, _options.MaxDegreeOfParallelism));
        _pageSize = ZoomPager.ClampPageSize(_options.PageSize) ?? ZoomPager.MaxPageSize;
    }

    private bool WantUsers => _active.Entities.HasFlag(ZoomSyncEntities.Users);

    private bool WantMeetings => _active.Entities.HasFlag(ZoomSyncEntities.Meetings);

    private bool WantInvitations => _active.Entities.HasFlag(ZoomSyncEntities.Invitations);

    private bool WalkMeetings => WantMeetings || WantInvitations;

    private bool WantRecordings => _active.Entities.HasFlag(ZoomSyncEntities.Recordings);

    private long[][] Counts => _active.Counts.Entities;

    public async Task<ZoomSyncSummary> ExecuteAsync(bool resumed, CancellationToken cancellationToken)
    {
        await LoadHeldAsync(cancellationToken).ConfigureAwait(false);
        if (!_active.UsersListed)
        {
            await ListUsersAsync(cancellationToken).ConfigureAwait(false);
        }

        Report();
        if (WalkMeetings || WantRecordings)
        {
            List<ZoomSyncUserRef> todo;
            lock (_stateLock)
            {
                todo = [.. _active.Users.Where(u => !_active.CompletedUsers.Contains(u.Id))];
            }

            var parallel = new ParallelOptions
            {
                MaxDegreeOfParallelism = Math.Max(1, _options.MaxDegreeOfParallelism),
                CancellationToken = cancellationToken,
            };
            await Parallel.ForEachAsync(todo, parallel, ProcessUserAsync).ConfigureAwait(false);
        }

        return await FinishAsync(resumed, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        _saveGate.Dispose();
        _requestGate.Dispose();
    }

    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        await _saveGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            string payload;
            lock (_stateLock)
            {
                payload = JsonSerializer.Serialize(_state, ZoomSyncJsonContext.Default.ZoomSyncState);
            }

            // A checkpoint write is not abandoned half-way: the sink must end with the old or the new one.
            await _sink.SaveCheckpointAsync(new ZoomSyncCheckpoint { Payload = payload }, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _saveGate.Release();
        }
    }

    private async Task LoadHeldAsync(CancellationToken cancellationToken)
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
            await foreach (var record in _sink.GetHeldAsync(type, cancellationToken).ConfigureAwait(false))
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

    private async Task ListUsersAsync(CancellationToken cancellationToken)
    {
        var queued = new HashSet<string>(_active.Users.Select(static u => u.Id), StringComparer.Ordinal);
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        var token = FreshToken(_active.UsersPageToken, _active.UsersPageTokenAt, "users");
        while (true)
        {
            UserList page;
            try
            {
                var sent = token;
                page = await CallAsync(ct => _engine.Users.ListUsersAsync(null, _pageSize, null, null, sent, null, null, ct), sent is not null, cancellationToken).ConfigureAwait(false);
            }
            catch (ZoomApiException ex) when (token is not null && ZoomSyncEngine.IsExpiredPageToken(ex))
            {
                ZoomSyncLog.PageTokenExpired(_engine.Logger, "users");
                token = null;
                tokens.Clear();
                continue;
            }

            foreach (var user in page.Users ?? [])
            {
                if (string.IsNullOrEmpty(user.Id) || !InFilter(user))
                {
                    continue; // pending users have no id and nothing to walk
                }

                if (queued.Add(user.Id))
                {
                    Increment(ZoomSyncEntityType.User, Seen);
                    lock (_stateLock)
                    {
                        _active.Users.Add(new ZoomSyncUserRef(user.Id, user.Email));
                    }
                }

                if (WantUsers)
                {
                    var hash = ZoomSyncHashing.Hash(user, ZoomJsonContext.Default.ZoomUser);
                    if (Changed(ZoomSyncEntityType.User, user.Id, hash))
                    {
                        await _sink.UpsertUserAsync(new ZoomSyncRecord<ZoomUser>(user.Id, hash, null, null, user), cancellationToken).ConfigureAwait(false);
                        Held(ZoomSyncEntityType.User, new ZoomSyncHeldRecord(user.Id, hash, null, null));
                        Increment(ZoomSyncEntityType.User, Upserted);
                    }
                    else
                    {
                        Increment(ZoomSyncEntityType.User, Unchanged);
                    }
                }
            }

            token = page.NextPageToken;
            if (string.IsNullOrEmpty(token) || !tokens.Add(token))
            {
                break;
            }

            lock (_stateLock)
            {
                _active.UsersPageToken = token;
                _active.UsersPageTokenAt = _engine.Time.GetUtcNow();
            }

            await SaveAsync(cancellationToken).ConfigureAwait(false);
        }

        lock (_stateLock)
        {
            _active.UsersListed = true;
            _active.UsersPageToken = null;
            _active.UsersPageTokenAt = null;
            if (WantUsers)
            {
                foreach (var held in _held[(int)ZoomSyncEntityType.User].Values)
                {
                    if (!queued.Contains(held.Id) && InFilter(held.Id))
                    {
                        AddDeletion(ZoomSyncEntityType.User, held.Id);
                        DeleteChildren(held.Id);
                    }
                }
            }
        }

        await SaveAsync(cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask ProcessUserAsync(ZoomSyncUserRef user, CancellationToken cancellationToken)
    {
        ZoomSyncUserCursor cursor;
        lock (_stateLock)
        {
            if (!_active.InProgress.TryGetValue(user.Id, out cursor!))
            {
                cursor = new ZoomSyncUserCursor();
                _active.InProgress[user.Id] = cursor;
            }
        }

        if (WalkMeetings && !cursor.MeetingsDone)
        {
            var listed = await SyncMeetingsAsync(user, cursor, cancellationToken).ConfigureAwait(false);
            lock (_stateLock)
            {
                if (listed && WantMeetings)
                {
                    var seen = new HashSet<string>(cursor.SeenMeetings, StringComparer.Ordinal);
                    foreach (var id in _meetingsByUser.GetValueOrDefault(user.Id) ?? [])
                    {
                        if (!seen.Contains(id))
                        {
                            AddDeletion(ZoomSyncEntityType.Meeting, id);
                            if (_held[(int)ZoomSyncEntityType.Invitation].ContainsKey(id))
                            {
                                AddDeletion(ZoomSyncEntityType.Invitation, id);
                            }
                        }
                    }
                }

                cursor.MeetingsDone = true;
                cursor.PageToken = null;
                cursor.PageTokenAt = null;
                cursor.SeenMeetings = [];
            }

            await SaveAsync(cancellationToken).ConfigureAwait(false);
        }

        if (WantRecordings)
        {
            var listed = await SyncRecordingsAsync(user, cursor, cancellationToken).ConfigureAwait(false);
            if (listed && _active.Kind == ZoomSyncKind.Full)
            {
                lock (_stateLock)
                {
                    var seen = new HashSet<string>(cursor.SeenRecordings, StringComparer.Ordinal);
                    var first = new DateTimeOffset(_active.From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                    var end = new DateTimeOffset(_active.To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                    foreach (var id in _recordingsByUser.GetValueOrDefault(user.Id) ?? [])
                    {
                        if (!seen.Contains(id) && _held[(int)ZoomSyncEntityType.Recording].TryGetValue(id, out var held)
                            && held.Timestamp is { } at && at >= first && at < end)
                        {
                            AddDeletion(ZoomSyncEntityType.Recording, id);
                        }
                    }
                }
            }
        }

        lock (_stateLock)
        {
            _active.CompletedUsers.Add(user.Id);
            _active.InProgress.Remove(user.Id);
        }

        await SaveAsync(cancellationToken).ConfigureAwait(false);
        Report();
    }

    /// <summary>Lists one user's meetings page by page; false when the user cannot be listed (skipped).</summary>
    private async Task<bool> SyncMeetingsAsync(ZoomSyncUserRef user, ZoomSyncUserCursor cursor, CancellationToken cancellationToken)
    {
        string? token;
        HashSet<string> seen;
        lock (_stateLock)
        {
            token = FreshToken(cursor.PageToken, cursor.PageTokenAt, "meetings");
            seen = token is null ? new(StringComparer.Ordinal) : new(cursor.SeenMeetings, StringComparer.Ordinal);
        }

        var tokens = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            MeetingList page;
            try
            {
                var sent = token;
                page = await CallAsync(
                    ct => _engine.Meetings.ListMeetingsAsync(user.Id, _options.MeetingListType, _pageSize, sent, null, null, null, null, ct),
                    sent is not null,
                    cancellationToken).ConfigureAwait(false);
            }
            catch (ZoomApiException ex) when (token is not null && ZoomSyncEngine.IsExpiredPageToken(ex))
            {
                ZoomSyncLog.PageTokenExpired(_engine.Logger, "meetings");
                token = null;
                tokens.Clear();
                seen.Clear();
                continue;
            }
            catch (ZoomApiException ex) when (ZoomSyncEngine.IsSkippable(ex))
            {
                RecordSkip(ZoomSyncEntityType.Meeting, user.Id, ex);
                return false;
            }

            var items = new List<MeetingSummary>();
            foreach (var summary in page.Meetings ?? [])
            {
                if (seen.Add(summary.Id.ToString(CultureInfo.InvariantCulture)))
                {
                    items.Add(summary);
                }
            }

            var results = await Task.WhenAll(items.Select(m => SyncMeetingAsync(user, m, cancellationToken))).ConfigureAwait(false);
            for (var i = 0; i < items.Count; i++)
            {
                if (!results[i])
                {
                    seen.Remove(items[i].Id.ToString(CultureInfo.InvariantCulture)); // gone between list and get
                }
            }

            token = page.NextPageToken;
            lock (_stateLock)
            {
                cursor.SeenMeetings = [.. seen];
            }

            if (string.IsNullOrEmpty(token) || !tokens.Add(token))
            {
                return true;
            }

            lock (_stateLock)
            {
                cursor.PageToken = token;
                cursor.PageTokenAt = _engine.Time.GetUtcNow();
            }

            await SaveAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Emits one meeting (details) and its invitation when new or changed; false when Zoom no longer has it.</summary>
    private async Task<bool> SyncMeetingAsync(ZoomSyncUserRef user, MeetingSummary summary, CancellationToken cancellationToken)
    {
        Increment(ZoomSyncEntityType.Meeting, Seen);
        var id = summary.Id.ToString(CultureInfo.InvariantCulture);
        var summaryHash = ZoomSyncHashing.SummaryHash(summary);
        _held[(int)ZoomSyncEntityType.Meeting].TryGetValue(id, out var held);
        var invitationHeld = _held[(int)ZoomSyncEntityType.Invitation].ContainsKey(id);
        if (_active.Kind == ZoomSyncKind.Incremental
            && (!WantMeetings || (held is not null && ZoomSyncHashing.SummaryPart(held.Hash) == summaryHash))
            && (!WantInvitations || invitationHeld))
        {
            Increment(ZoomSyncEntityType.Meeting, Unchanged);
            return true;
        }

        if (WantMeetings)
        {
            Meeting meeting;
            try
            {
                meeting = await CallAsync(ct => _engine.Meetings.GetMeetingAsync(summary.Id, null, null, ct), false, cancellationToken).ConfigureAwait(false);
            }
            catch (ZoomApiException ex) when (ZoomSyncEngine.IsSkippable(ex))
            {
                RecordSkip(ZoomSyncEntityType.Meeting, id, ex);
                return false;
            }

            meeting = ZoomSyncHashing.ForStorage(meeting);
            var hash = ZoomSyncHashing.MeetingHash(summaryHash, meeting);
            if (held?.Hash != hash)
            {
                await _sink.UpsertMeetingAsync(new ZoomSyncRecord<Meeting>(id, hash, user.Id, null, meeting), cancellationToken).ConfigureAwait(false);
                Held(ZoomSyncEntityType.Meeting, new ZoomSyncHeldRecord(id, hash, user.Id, null));
                Increment(ZoomSyncEntityType.Meeting, Upserted);
            }
            else
            {
                Increment(ZoomSyncEntityType.Meeting, Unchanged);
            }
        }

        if (WantInvitations)
        {
            Increment(ZoomSyncEntityType.Invitation, Seen);
            MeetingInvitation invitation;
            try
            {
                invitation = await CallAsync(ct => _engine.Meetings.GetMeetingInvitationAsync(summary.Id, ct), false, cancellationToken).ConfigureAwait(false);
            }
            catch (ZoomApiException ex) when (ZoomSyncEngine.IsSkippable(ex))
            {
                RecordSkip(ZoomSyncEntityType.Invitation, id, ex);
                return !WantMeetings;
            }

            var hash = ZoomSyncHashing.Hash(invitation, ZoomJsonContext.Default.MeetingInvitation);
            if (Changed(ZoomSyncEntityType.Invitation, id, hash))
            {
                await _sink.UpsertInvitationAsync(new ZoomSyncRecord<MeetingInvitation>(id, hash, user.Id, null, invitation), cancellationToken).ConfigureAwait(false);
                Held(ZoomSyncEntityType.Invitation, new ZoomSyncHeldRecord(id, hash, user.Id, null));
                Increment(ZoomSyncEntityType.Invitation, Upserted);
            }
            else
            {
                Increment(ZoomSyncEntityType.Invitation, Unchanged);
            }
        }

        return true;
    }

    /// <summary>Lists one user's recordings window by window; false when the user cannot be listed (skipped).</summary>
    private async Task<bool> SyncRecordingsAsync(ZoomSyncUserRef user, ZoomSyncUserCursor cursor, CancellationToken cancellationToken)
    {
        DateOnly from;
        string? token;
        HashSet<string> seen;
        lock (_stateLock)
        {
            from = cursor.WindowFrom ?? _active.From;
            token = FreshToken(cursor.PageToken, cursor.PageTokenAt, "recordings");
            seen = new(cursor.SeenRecordings, StringComparer.Ordinal);
        }

        while (from <= _active.To)
        {
            var windowTo = from.AddMonths(1).AddDays(-1);
            if (windowTo > _active.To)
            {
                windowTo = _active.To;
            }

            var tokens = new HashSet<string>(StringComparer.Ordinal);
            while (true)
            {
                RecordingList page;
                try
                {
                    var (sent, f, t) = (token, from, windowTo);
                    page = await CallAsync(
                        ct => _engine.Recordings.ListRecordingsAsync(user.Id, f, t, _pageSize, sent, null, null, null, null, ct),
                        sent is not null,
                        cancellationToken).ConfigureAwait(false);
                }
                catch (ZoomApiException ex) when (token is not null && ZoomSyncEngine.IsExpiredPageToken(ex))
                {
                    ZoomSyncLog.PageTokenExpired(_engine.Logger, "recordings");
                    token = null;
                    tokens.Clear();
                    continue;
                }
                catch (ZoomApiException ex) when (ZoomSyncEngine.IsSkippable(ex))
                {
                    RecordSkip(ZoomSyncEntityType.Recording, user.Id, ex);
                    return false;
                }

                foreach (var item in page.Meetings ?? [])
                {
                    if (string.IsNullOrEmpty(item.Uuid) || !seen.Add(item.Uuid))
                    {
                        continue;
                    }

                    Increment(ZoomSyncEntityType.Recording, Seen);
                    var recording = ZoomSyncHashing.ForStorage(item);
                    var hash = ZoomSyncHashing.Hash(recording, ZoomJsonContext.Default.RecordingMeeting);
                    if (Changed(ZoomSyncEntityType.Recording, item.Uuid, hash))
                    {
                        await _sink.UpsertRecordingAsync(new ZoomSyncRecord<RecordingMeeting>(item.Uuid, hash, user.Id, item.StartTime, recording), cancellationToken).ConfigureAwait(false);
                        Held(ZoomSyncEntityType.Recording, new ZoomSyncHeldRecord(item.Uuid, hash, user.Id, item.StartTime));
                        Increment(ZoomSyncEntityType.Recording, Upserted);
                    }
                    else
                    {
                        Increment(ZoomSyncEntityType.Recording, Unchanged);
                    }
                }

                token = page.NextPageToken;
                var done = string.IsNullOrEmpty(token) || !tokens.Add(token);
                lock (_stateLock)
                {
                    cursor.SeenRecordings = [.. seen];
                    cursor.WindowFrom = done ? windowTo.AddDays(1) : from;
                    cursor.PageToken = done ? null : token;
                    cursor.PageTokenAt = done ? null : _engine.Time.GetUtcNow();
                }

                await SaveAsync(cancellationToken).ConfigureAwait(false);
                if (done)
                {
                    token = null;
                    break;
                }
            }

            from = windowTo.AddDays(1);
        }

        return true;
    }

    private async Task<ZoomSyncSummary> FinishAsync(bool resumed, CancellationToken cancellationToken)
    {
        List<ZoomSyncPendingDeletion> deletions;
        lock (_stateLock)
        {
            deletions = [.. _active.Deletions.Distinct()];
        }

        var figures = new List<ZoomSyncVetoFigures>();
        foreach (var type in Enum.GetValues<ZoomSyncEntityType>())
        {
            var toDelete = deletions.Count(d => d.Type == type);
            var held = HeldInScope(type);
            var seen = Counts[(int)type][Seen];
            var share = held == 0 ? 0 : (double)toDelete / held;
            string? reason = null;
            if (toDelete > 0 && seen == 0)
            {
                reason = "the listing came back empty where the sink holds records";
            }
            else if (toDelete > 0 && share > _options.MaxDeleteShare)
            {
                reason = string.Create(CultureInfo.InvariantCulture, $"share {share:P0} is above the limit {_options.MaxDeleteShare:P0}");
            }

            if (toDelete > 0 || held > 0)
            {
                figures.Add(new ZoomSyncVetoFigures(type, held, seen, toDelete, share, reason is not null, reason));
            }
        }

        var outcome = ZoomSyncOutcome.Completed;
        ZoomSyncVeto? veto = null;
        var vetoed = figures.Any(static f => f.Vetoed);
        if (vetoed && _state.Vetoed is { } previous && SameDeletions(previous.Deletions, deletions))
        {
            ZoomSyncLog.VetoAgreed(_engine.Logger, _active.RunId, previous.RunId, deletions.Count);
            vetoed = false;
        }

        if (vetoed)
        {
            foreach (var f in figures.Where(static f => f.Vetoed))
            {
                ZoomSyncLog.Vetoed(_engine.Logger, _active.RunId, f.EntityType, f.ToDelete, f.Held, f.Seen, f.Reason);
            }

            outcome = ZoomSyncOutcome.Vetoed;
            veto = new ZoomSyncVeto(_active.RunId, figures);
            lock (_stateLock)
            {
                _state.Vetoed = new ZoomSyncVetoState { RunId = _active.RunId, Kind = _active.Kind, Deletions = deletions, Figures = figures };
            }
        }
        else
        {
            foreach (var deletion in deletions)
            {
                await _engine.DeleteAsync(deletion, cancellationToken).ConfigureAwait(false);
                Increment(deletion.Type, Deleted);
            }

            lock (_stateLock)
            {
                _state.Vetoed = null;
            }
        }

        var now = _engine.Time.GetUtcNow();
        lock (_stateLock)
        {
            _state.Active = null;
            if (_active.Kind == ZoomSyncKind.Full)
            {
                _state.LastFullCompletedAt = now;
            }
            else
            {
                _state.LastIncrementalCompletedAt = now;
            }

            if (WantRecordings && _active.UserFilter.Count == 0 && (_state.RecordingsSyncedThrough is null || _state.RecordingsSyncedThrough < _active.To))
            {
                _state.RecordingsSyncedThrough = _active.To;
            }
        }

        await SaveAsync(cancellationToken).ConfigureAwait(false);
        return Summarize(outcome, now, resumed, veto);
    }

    internal ZoomSyncSummary Summarize(ZoomSyncOutcome outcome, DateTimeOffset endedAt, bool resumed, ZoomSyncVeto? veto, string? error = null)
    {
        lock (_stateLock)
        {
            return new ZoomSyncSummary
            {
                RunId = _active.RunId,
                Kind = _active.Kind,
                Outcome = outcome,
                StartedAt = _active.StartedAt,
                EndedAt = endedAt,
                Resumed = resumed,
                Requests = Interlocked.Read(ref _active.Counts.Requests),
                Entities = SnapshotCounts(),
                Errors = [.. _active.Errors],
                Veto = veto,
                Error = error,
            };
        }
    }

    private static bool SameDeletions(List<ZoomSyncPendingDeletion> a, List<ZoomSyncPendingDeletion> b)
        => a.Count == b.Count && new HashSet<ZoomSyncPendingDeletion>(a).SetEquals(b);

    private long HeldInScope(ZoomSyncEntityType type)
    {
        var map = _held[(int)type];
        if (type == ZoomSyncEntityType.User)
        {
            return _active.UserFilter.Count == 0 ? _heldAtStart[(int)type] : map.Keys.Count(InFilter);
        }

        if (_active.UserFilter.Count == 0)
        {
            return _heldAtStart[(int)type];
        }

        var users = new HashSet<string>(_active.Users.Select(static u => u.Id), StringComparer.Ordinal);
        return map.Values.Count(r => r.ParentId is { } p && users.Contains(p));
    }

    private void DeleteChildren(string userId)
    {
        if (WantMeetings)
        {
            foreach (var id in _meetingsByUser.GetValueOrDefault(userId) ?? [])
            {
                AddDeletion(ZoomSyncEntityType.Meeting, id);
                if (_held[(int)ZoomSyncEntityType.Invitation].ContainsKey(id))
                {
                    AddDeletion(ZoomSyncEntityType.Invitation, id);
                }
            }
        }

        if (WantRecordings && _active.Kind == ZoomSyncKind.Full)
        {
            foreach (var id in _recordingsByUser.GetValueOrDefault(userId) ?? [])
            {
                AddDeletion(ZoomSyncEntityType.Recording, id);
            }
        }
    }

    private void AddDeletion(ZoomSyncEntityType type, string id) => _active.Deletions.Add(new ZoomSyncPendingDeletion(type, id));

    private bool InFilter(ZoomUser user)
        => _active.UserFilter.Count == 0
           || _active.UserFilter.Any(f => string.Equals(f, user.Id, StringComparison.OrdinalIgnoreCase) || string.Equals(f, user.Email, StringComparison.OrdinalIgnoreCase));

    private bool InFilter(string userId)
        => _active.UserFilter.Count == 0 || _active.UserFilter.Any(f => string.Equals(f, userId, StringComparison.OrdinalIgnoreCase));

    private string? FreshToken(string? token, DateTimeOffset? issuedAt, string listing)
    {
        if (token is null)
        {
            return null;
        }

        if (issuedAt is null || _engine.Time.GetUtcNow() - issuedAt.Value >= ZoomSyncEngine.PageTokenLifetime)
        {
            ZoomSyncLog.PageTokenExpired(_engine.Logger, listing);
            return null;
        }

        return token;
    }

    private bool Changed(ZoomSyncEntityType type, string id, string hash)
        => !_held[(int)type].TryGetValue(id, out var held) || held.Hash != hash;

    private void Held(ZoomSyncEntityType type, ZoomSyncHeldRecord record) => _held[(int)type][record.Id] = record;

    private void Increment(ZoomSyncEntityType type, int counter) => Interlocked.Increment(ref Counts[(int)type][counter]);

    private void RecordSkip(ZoomSyncEntityType type, string id, ZoomApiException ex)
    {
        Increment(type, Skipped);
        ZoomSyncLog.ItemSkipped(_engine.Logger, type, id, (int)ex.StatusCode, ex.ZoomCode);
        lock (_stateLock)
        {
            if (_active.Errors.Count < MaxErrors)
            {
                _active.Errors.Add(new ZoomSyncItemError(type, id, ex.ZoomCode, (int)ex.StatusCode, ex.ZoomMessage));
            }
        }
    }

    private async Task<T> CallAsync<T>(Func<CancellationToken, Task<T>> call, bool sendsPageToken, CancellationToken cancellationToken)
    {
        await _requestGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Interlocked.Increment(ref _active.Counts.Requests);
            return await call(cancellationToken).ConfigureAwait(false);
        }
        catch (ZoomApiException ex) when (!ZoomSyncEngine.IsSkippable(ex) && !(sendsPageToken && ZoomSyncEngine.IsExpiredPageToken(ex)))
        {
            throw ZoomSyncEngine.Fatal(ex);
        }
        finally
        {
            _requestGate.Release();
        }
    }

    private Dictionary<ZoomSyncEntityType, ZoomSyncEntityCounts> SnapshotCounts()
    {
        var result = new Dictionary<ZoomSyncEntityType, ZoomSyncEntityCounts>();
        foreach (var type in Enum.GetValues<ZoomSyncEntityType>())
        {
            var c = Counts[(int)type];
            result[type] = new ZoomSyncEntityCounts
            {
                Seen = Interlocked.Read(ref c[Seen]),
                Upserted = Interlocked.Read(ref c[Upserted]),
                Unchanged = Interlocked.Read(ref c[Unchanged]),
                Deleted = Interlocked.Read(ref c[Deleted]),
                Skipped = Interlocked.Read(ref c[Skipped]),
            };
        }

        return result;
    }

    private void Report()
    {
        if (_progress is null)
        {
            return;
        }

        ZoomSyncProgress snapshot;
        lock (_stateLock)
        {
            snapshot = new ZoomSyncProgress
            {
                RunId = _active.RunId,
                Kind = _active.Kind,
                UsersCompleted = _active.CompletedUsers.Count,
                UsersTotal = _active.Users.Count,
                Requests = Interlocked.Read(ref _active.Counts.Requests),
                Entities = SnapshotCounts(),
            };
        }

        _progress.Report(snapshot);
    }
}
