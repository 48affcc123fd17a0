using Zoom.Connector.Models;

namespace Zoom.Connector.Sync;

/// <summary>
/// Where a sync run writes: the host's copy of the account's data. Upserts and deletes arrive per entity type; the sink
/// stores each record's <see cref="ZoomSyncRecord{T}.Hash"/>, parent and time stamp with it and returns them from
/// <see cref="GetHeldAsync"/> (how the engine detects changes and deletions), and stores the engine's checkpoint.
/// Calls may arrive concurrently from several users' units; an implementation must be thread-safe.
/// </summary>
public interface IZoomSyncSink
{
    /// <summary>Inserts or replaces a user.</summary>
    /// <param name="record">The user.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    ValueTask UpsertUserAsync(ZoomSyncRecord<ZoomUser> record, CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces a meeting (with occurrences and dial-in numbers; <c>start_url</c> removed).</summary>
    /// <param name="record">The meeting.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    ValueTask UpsertMeetingAsync(ZoomSyncRecord<Meeting> record, CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces a meeting's invitation (id: the meeting id).</summary>
    /// <param name="record">The invitation.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    ValueTask UpsertInvitationAsync(ZoomSyncRecord<MeetingInvitation> record, CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces a recorded meeting instance with its files (id: the instance UUID).</summary>
    /// <param name="record">The recording.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    ValueTask UpsertRecordingAsync(ZoomSyncRecord<RecordingMeeting> record, CancellationToken cancellationToken = default);

    /// <summary>Deletes a user.</summary>
    /// <param name="userId">The user id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    ValueTask DeleteUserAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Deletes a meeting.</summary>
    /// <param name="meetingId">The meeting id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    ValueTask DeleteMeetingAsync(long meetingId, CancellationToken cancellationToken = default);

    /// <summary>Deletes a meeting's invitation.</summary>
    /// <param name="meetingId">The meeting id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    ValueTask DeleteInvitationAsync(long meetingId, CancellationToken cancellationToken = default);

    /// <summary>Deletes a recording.</summary>
    /// <param name="uuid">The recorded instance's UUID.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    ValueTask DeleteRecordingAsync(string uuid, CancellationToken cancellationToken = default);

    /// <summary>What the sink holds of one entity type: ids with their stored hash, parent and time stamp.</summary>
    /// <param name="entityType">The entity type.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    IAsyncEnumerable<ZoomSyncHeldRecord> GetHeldAsync(ZoomSyncEntityType entityType, CancellationToken cancellationToken = default);

    /// <summary>
    /// What the sink holds of one record, or <see langword="null"/>. Event-driven refreshes (webhooks) ask this per event;
    /// the default scans <see cref="GetHeldAsync"/>, so a sink backed by a store should answer it with a lookup by key.
    /// </summary>
    /// <param name="entityType">The entity type.</param>
    /// <param name="id">The record's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    async ValueTask<ZoomSyncHeldRecord?> GetHeldRecordAsync(ZoomSyncEntityType entityType, string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await foreach (var held in GetHeldAsync(entityType, cancellationToken).ConfigureAwait(false))
        {
            if (string.Equals(held.Id, id, StringComparison.Ordinal))
            {
                return held;
            }
        }

        return null;
    }

    /// <summary>Loads the checkpoint last saved, or <see langword="null"/> if none.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    ValueTask<ZoomSyncCheckpoint?> LoadCheckpointAsync(CancellationToken cancellationToken = default);

    /// <summary>Saves the checkpoint (replacing the previous one). Must be durable when it returns.</summary>
    /// <param name="checkpoint">The checkpoint.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    ValueTask SaveCheckpointAsync(ZoomSyncCheckpoint checkpoint, CancellationToken cancellationToken = default);
}
