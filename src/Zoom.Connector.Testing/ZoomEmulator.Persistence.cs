namespace Zoom.Connector.Testing;

public sealed partial class ZoomEmulator
{
    private readonly EmulatorStore? _store;
    private long _version;
    private int _scopeDepth;

    /// <summary>
    /// The full path of the state file when the emulator keeps its state in a data folder
    /// (<see cref="ZoomEmulatorOptions.DataPath"/>), else <see langword="null"/>.
    /// </summary>
    public string? StatePath => _store?.StatePath;

    /// <summary>
    /// Deletes the state kept in <paramref name="dataPath"/> (waiting for any process changing it), so the next emulator
    /// over that folder generates a fresh account. Works on a corrupt or newer-format file too; nothing else in the folder
    /// is touched.
    /// </summary>
    /// <param name="dataPath">The data folder (<see cref="ZoomEmulatorOptions.DataPath"/>).</param>
    public static void ResetDataFolder(string dataPath) => new EmulatorStore(dataPath).Delete();

    /// <summary>
    /// Starts over: forgets every change, token and request and generates the seeded account afresh (as of now).
    /// With a data folder, the fresh state is saved there at once, for every process sharing it.
    /// </summary>
    public void Reset()
    {
        using (Write())
        {
            GenerateAccount();
            _requests.Clear();
            _pageTokens.Clear();
        }

        Faults.Clear();
    }

    private void ClearState()
    {
        _users.Clear();
        _usersById.Clear();
        _usersByEmail.Clear();
        _seedUsers.Clear();
        _meetings.Clear();
        _recordings.Clear();
        _accessTokens.Clear();
        _refreshTokens.Clear();
        _codes.Clear();
        _dailyWrites.Clear();
        _allMaterialized = false;
    }

    /// <summary>Takes the state for reading: in-process lock, and the newest saved state when another process changed it.</summary>
    private StateScope Read() => Enter(write: false);

    /// <summary>
    /// Takes the state for a change: in-process lock, the data folder's lock (so processes take turns), the newest saved
    /// state; the change is saved when the scope ends.
    /// </summary>
    private StateScope Write() => Enter(write: true);

    private StateScope Enter(bool write)
    {
        var gate = _gate.EnterScope();
        if (_store is null || _scopeDepth > 0)
        {
            // In memory, or nested inside a scope this thread already holds (the outer scope saves).
            _scopeDepth++;
            return new StateScope(this, gate, null, save: false);
        }

        FileStream? held = null;
        try
        {
            held = write ? _store.Lock() : null;
            var onDisk = _store.ReadVersion();
            if (onDisk is null)
            {
                if (_version > 0)
                {
                    // The folder was reset by another process: start over as it would.
                    GenerateAccount();
                    _version = 0;
                }
            }
            else if (onDisk != _version && _store.Load() is { } snapshot)
            {
                Restore(snapshot);
            }

            if (write)
            {
                // Every process that saw the same saved state draws the same ids: the lock makes them take turns, and
                // the version moves on with each save, so ids never repeat across processes.
                _random = NewRandom(_version);
            }

            _scopeDepth++;
            return new StateScope(this, gate, held, save: write);
        }
        catch
        {
            held?.Dispose();
            gate.Dispose();
            throw;
        }
    }

    private void Exit(bool save)
    {
        _scopeDepth--;
        if (save)
        {
            Save();
        }
    }

    private Random NewRandom(long version) => new(unchecked(_options.Seed * 7919 + 17 + (int)(version * 104_729)));

    private void Save()
    {
        if (_store is null)
        {
            return;
        }

        _version++;
        _store.Save(Capture());
    }

    private EmulatorSnapshot Capture() => new()
    {
        FormatVersion = EmulatorSnapshot.CurrentFormat,
        Version = _version,
        Seed = _options.Seed,
        UserCount = _options.UserCount,
        MeetingsPerUser = _options.MeetingsPerUser,
        RecordingsPerUser = _options.RecordingsPerUser,
        SeedEpoch = _seedEpoch,
        AllMaterialized = _allMaterialized,
        Users = [.. _users.Select(u => new UserSnapshot(u.SeedIndex, u.User, u.ContentMaterialized, u.Settings))],
        Meetings = [.. _meetings.Values.Select(m => new MeetingSnapshot(
            m.Meeting,
            m.LocalStart,
            m.Deleted,
            [.. m.PastInstances.Select(p => new PastInstanceSnapshot(p.Uuid, p.MeetingId, p.Start, p.End, p.Participants))],
            m.Registrants,
            [.. m.DeletedOccurrences],
            m.OccurrenceOverrides,
            m.StartedAt))],
        Recordings = [.. _recordings.Select(r => new RecordingSnapshot(r.Recording, r.Files, r.Settings))],
        AccessTokens = [.. _accessTokens.Where(t => t.Key != AdminAccessToken).Select(t => new AccessTokenSnapshot(t.Key, t.Value))],
        RefreshTokens = [.. _refreshTokens.Select(t => new RefreshTokenSnapshot(t.Key, t.Value))],
        Codes = [.. _codes.Select(c => new CodeSnapshot(c.Key, c.Value))],
        DailyWrites = [.. _dailyWrites.Select(d => new DailyWriteSnapshot(d.Key.HostId, d.Key.Day, d.Value))],
    };

    private void Restore(EmulatorSnapshot snapshot)
    {
        var path = _store!.StatePath;
        if (snapshot.Seed != _options.Seed || snapshot.UserCount != _options.UserCount
            || snapshot.MeetingsPerUser != _options.MeetingsPerUser || snapshot.RecordingsPerUser != _options.RecordingsPerUser)
        {
            throw new ZoomEmulatorStateException(path, $"The emulator's state file '{path}' holds an account generated with Seed {snapshot.Seed}, UserCount {snapshot.UserCount}, MeetingsPerUser {snapshot.MeetingsPerUser}, RecordingsPerUser {snapshot.RecordingsPerUser}, but this emulator is configured with Seed {_options.Seed}, UserCount {_options.UserCount}, MeetingsPerUser {_options.MeetingsPerUser}, RecordingsPerUser {_options.RecordingsPerUser}. Use the same settings, another data folder, or start over with --reset (the sample's reset command, zoom-emulator --reset) or by deleting the file.");
        }

        ClearState();
        _seedEpoch = snapshot.SeedEpoch;
        _allMaterialized = snapshot.AllMaterialized;
        foreach (var user in snapshot.Users)
        {
            AddUserState(new UserState(user.SeedIndex, user.User) { ContentMaterialized = user.ContentMaterialized, Settings = user.Settings });
        }

        foreach (var saved in snapshot.Meetings)
        {
            var meeting = new MeetingState(saved.Meeting, saved.LocalStart) { Deleted = saved.Deleted, StartedAt = saved.StartedAt };
            foreach (var past in saved.PastInstances)
            {
                var instance = new PastInstanceState(past.Uuid, past.MeetingId, past.Start, past.End);
                instance.Participants.AddRange(past.Participants);
                meeting.PastInstances.Add(instance);
            }

            meeting.Registrants.AddRange(saved.Registrants);
            meeting.DeletedOccurrences.UnionWith(saved.DeletedOccurrences);
            foreach (var (id, occurrence) in saved.OccurrenceOverrides)
            {
                meeting.OccurrenceOverrides[id] = occurrence;
            }

            _meetings[meeting.Meeting.Id] = meeting;
        }

        foreach (var saved in snapshot.Recordings)
        {
            _recordings.Add(new RecordingState(saved.Recording, saved.Files) { Settings = saved.Settings });
        }

        _accessTokens[AdminAccessToken] = new AccessGrant(AdminUserId, AccountLevel: true, ClientId, DateTimeOffset.MaxValue, SeedData.AdminScopes);
        foreach (var token in snapshot.AccessTokens)
        {
            _accessTokens[token.Token] = token.Grant;
        }

        foreach (var token in snapshot.RefreshTokens)
        {
            _refreshTokens[token.Token] = token.Grant;
        }

        foreach (var code in snapshot.Codes)
        {
            _codes[code.Code] = code.Grant;
        }

        foreach (var write in snapshot.DailyWrites)
        {
            _dailyWrites[(write.HostId, write.Day)] = write.Count;
        }

        _version = snapshot.Version;
        _random = NewRandom(_version);
    }

    /// <summary>Holds the state for the length of a <c>using</c>: in-process lock, data-folder lock, save on exit.</summary>
    private ref struct StateScope(ZoomEmulator owner, Lock.Scope gate, FileStream? held, bool save)
    {
        private Lock.Scope _gate = gate;

        public void Dispose()
        {
            try
            {
                owner.Exit(save);
            }
            finally
            {
                held?.Dispose();
                _gate.Dispose();
            }
        }
    }
}
