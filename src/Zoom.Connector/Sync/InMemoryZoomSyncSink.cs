using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Zoom.Connector.Models;

namespace Zoom.Connector.Sync;

/// <summary>A thread-safe sink that keeps everything in memory (tests, small hosts, the sample).</summary>
public sealed class InMemoryZoomSyncSink : IZoomSyncSink
{
    private readonly ConcurrentDictionary<string, ZoomSyncRecord<ZoomUser>> _users = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ZoomSyncRecord<Meeting>> _meetings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ZoomSyncRecord<MeetingInvitation>> _invitations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ZoomSyncRecord<RecordingMeeting>> _recordings = new(StringComparer.Ordinal);
    private long _upserts;
    private long _deletes;
    private volatile ZoomSyncCheckpoint? _checkpoint;

    /// <summary>The users held, by user id.</summary>
    public IReadOnlyDictionary<string, ZoomSyncRecord<ZoomUser>> Users => _users;

    /// <summary>The meetings held, by meeting id.</summary>
    public IReadOnlyDictionary<string, ZoomSyncRecord<Meeting>> Meetings => _meetings;

    /// <summary>The invitations held, by meeting id.</summary>
    public IReadOnlyDictionary<string, ZoomSyncRecord<MeetingInvitation>> Invitations => _invitations;

    /// <summary>The recordings held, by instance UUID.</summary>
    public IReadOnlyDictionary<string, ZoomSyncRecord<RecordingMeeting>> Recordings => _recordings;

    /// <summary>Upserts received so far (all types).</summary>
    public long UpsertCount => Interlocked.Read(ref _upserts);

    /// <summary>Deletes received so far (all types).</summary>
    public long DeleteCount => Interlocked.Read(ref _deletes);

    /// <summary>The checkpoint last saved.</summary>
    public ZoomSyncCheckpoint? Checkpoint => _checkpoint;

    /// <inheritdoc />
    public ValueTask UpsertUserAsync(ZoomSyncRecord<ZoomUser> record, CancellationToken cancellationToken = default) => Put(_users, record);

    /// <inheritdoc />
    public ValueTask UpsertMeetingAsync(ZoomSyncRecord<Meeting> record, CancellationToken cancellationToken = default) => Put(_meetings, record);

    /// <inheritdoc />
    public ValueTask UpsertInvitationAsync(ZoomSyncRecord<MeetingInvitation> record, CancellationToken cancellationToken = default) => Put(_invitations, record);

    /// <inheritdoc />
    public ValueTask UpsertRecordingAsync(ZoomSyncRecord<RecordingMeeting> record, CancellationToken cancellationToken = default) => Put(_recordings, record);

    /// <inheritdoc />
    public ValueTask DeleteUserAsync(string userId, CancellationToken cancellationToken = default) => Remove(_users, userId);

    /// <inheritdoc />
    public ValueTask DeleteMeetingAsync(long meetingId, CancellationToken cancellationToken = default)
        => Remove(_meetings, meetingId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <inheritdoc />
    public ValueTask DeleteInvitationAsync(long meetingId, CancellationToken cancellationToken = default)
        => Remove(_invitations, meetingId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <inheritdoc />
    public ValueTask DeleteRecordingAsync(string uuid, CancellationToken cancellationToken = default) => Remove(_recordings, uuid);

    /// <inheritdoc />
    public ValueTask<ZoomSyncHeldRecord?> GetHeldRecordAsync(ZoomSyncEntityType entityType, string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        var held = entityType switch
        {
            ZoomSyncEntityType.User => Held(_users, id),
            ZoomSyncEntityType.Meeting => Held(_meetings, id),
            ZoomSyncEntityType.Invitation => Held(_invitations, id),
            ZoomSyncEntityType.Recording => Held(_recordings, id),
            _ => throw new ArgumentOutOfRangeException(nameof(entityType), entityType, "Unknown entity type."),
        };
        return ValueTask.FromResult(held);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ZoomSyncHeldRecord> GetHeldAsync(
        ZoomSyncEntityType entityType,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        IEnumerable<ZoomSyncHeldRecord> held = entityType switch
        {
            ZoomSyncEntityType.User => _users.Values.Select(static r => new ZoomSyncHeldRecord(r.Id, r.Hash, r.ParentId, r.Timestamp)),
            ZoomSyncEntityType.Meeting => _meetings.Values.Select(static r => new ZoomSyncHeldRecord(r.Id, r.Hash, r.ParentId, r.Timestamp)),
            ZoomSyncEntityType.Invitation => _invitations.Values.Select(static r => new ZoomSyncHeldRecord(r.Id, r.Hash, r.ParentId, r.Timestamp)),
            ZoomSyncEntityType.Recording => _recordings.Values.Select(static r => new ZoomSyncHeldRecord(r.Id, r.Hash, r.ParentId, r.Timestamp)),
            _ => throw new ArgumentOutOfRangeException(nameof(entityType), entityType, "Unknown entity type."),
        };
        foreach (var record in held)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return record;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <inheritdoc />
    public ValueTask<ZoomSyncCheckpoint?> LoadCheckpointAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(_checkpoint);

    /// <inheritdoc />
    public ValueTask SaveCheckpointAsync(ZoomSyncCheckpoint checkpoint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        _checkpoint = checkpoint;
        return ValueTask.CompletedTask;
    }

    private static ZoomSyncHeldRecord? Held<T>(ConcurrentDictionary<string, ZoomSyncRecord<T>> map, string id)
        => map.TryGetValue(id, out var r) ? new ZoomSyncHeldRecord(r.Id, r.Hash, r.ParentId, r.Timestamp) : null;

    private ValueTask Put<T>(ConcurrentDictionary<string, ZoomSyncRecord<T>> map, ZoomSyncRecord<T> record)
    {
        ArgumentNullException.ThrowIfNull(record);
        map[record.Id] = record;
        Interlocked.Increment(ref _upserts);
        return ValueTask.CompletedTask;
    }

    private ValueTask Remove<T>(ConcurrentDictionary<string, ZoomSyncRecord<T>> map, string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (map.TryRemove(id, out _))
        {
            Interlocked.Increment(ref _deletes);
        }

        return ValueTask.CompletedTask;
    }
}
