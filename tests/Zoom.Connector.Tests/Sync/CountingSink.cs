using System.Collections.Concurrent;
using Zoom.Connector.Models;
using Zoom.Connector.Sync;

namespace Zoom.Connector.Tests.Sync;

/// <summary>An in-memory sink that counts how often each record was emitted and can run a hook on each upsert.</summary>
public sealed class CountingSink : IZoomSyncSink
{
    private int _total;

    public InMemoryZoomSyncSink Inner { get; } = new();

    public ConcurrentDictionary<string, int> PerRecord { get; } = new(StringComparer.Ordinal);

    public int Total => Volatile.Read(ref _total);

    public Action? OnUpsert { get; set; }

    public Func<CancellationToken, Task>? BeforeUpsert { get; set; }

    public async ValueTask UpsertUserAsync(ZoomSyncRecord<ZoomUser> record, CancellationToken cancellationToken = default)
    {
        await Count("user", record.Id, cancellationToken);
        await Inner.UpsertUserAsync(record, cancellationToken);
        OnUpsert?.Invoke();
    }

    public async ValueTask UpsertMeetingAsync(ZoomSyncRecord<Meeting> record, CancellationToken cancellationToken = default)
    {
        await Count("meeting", record.Id, cancellationToken);
        await Inner.UpsertMeetingAsync(record, cancellationToken);
        OnUpsert?.Invoke();
    }

    public async ValueTask UpsertInvitationAsync(ZoomSyncRecord<MeetingInvitation> record, CancellationToken cancellationToken = default)
    {
        await Count("invitation", record.Id, cancellationToken);
        await Inner.UpsertInvitationAsync(record, cancellationToken);
        OnUpsert?.Invoke();
    }

    public async ValueTask UpsertRecordingAsync(ZoomSyncRecord<RecordingMeeting> record, CancellationToken cancellationToken = default)
    {
        await Count("recording", record.Id, cancellationToken);
        await Inner.UpsertRecordingAsync(record, cancellationToken);
        OnUpsert?.Invoke();
    }

    public ValueTask DeleteUserAsync(string userId, CancellationToken cancellationToken = default) => Inner.DeleteUserAsync(userId, cancellationToken);

    public ValueTask DeleteMeetingAsync(long meetingId, CancellationToken cancellationToken = default) => Inner.DeleteMeetingAsync(meetingId, cancellationToken);

    public ValueTask DeleteInvitationAsync(long meetingId, CancellationToken cancellationToken = default) => Inner.DeleteInvitationAsync(meetingId, cancellationToken);

    public ValueTask DeleteRecordingAsync(string uuid, CancellationToken cancellationToken = default) => Inner.DeleteRecordingAsync(uuid, cancellationToken);

    public IAsyncEnumerable<ZoomSyncHeldRecord> GetHeldAsync(ZoomSyncEntityType entityType, CancellationToken cancellationToken = default) => Inner.GetHeldAsync(entityType, cancellationToken);

    public ValueTask<ZoomSyncCheckpoint?> LoadCheckpointAsync(CancellationToken cancellationToken = default) => Inner.LoadCheckpointAsync(cancellationToken);

    public ValueTask SaveCheckpointAsync(ZoomSyncCheckpoint checkpoint, CancellationToken cancellationToken = default) => Inner.SaveCheckpointAsync(checkpoint, cancellationToken);

    private async Task Count(string type, string id, CancellationToken cancellationToken)
    {
        if (BeforeUpsert is { } before)
        {
            await before(cancellationToken);
        }

        PerRecord.AddOrUpdate($"{type}:{id}", 1, static (_, n) => n + 1);
        Interlocked.Increment(ref _total);
    }
}
