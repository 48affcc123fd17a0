namespace Zoom.Connector.Sync;

/// <summary>
/// A held sync lock that can prove it is still held. <see cref="IZoomSyncLock"/> implementations return one from
/// <see cref="IZoomSyncLock.AcquireAsync"/>; the sync run then calls <see cref="EnsureHeldAsync"/> before every sink write
/// and checkpoint save, so a holder that paused past its lease (and lost the lock to another instance) writes nothing
/// more. A handle that is not an <see cref="IZoomSyncLease"/> is trusted as held until disposed.
/// </summary>
public interface IZoomSyncLease : IAsyncDisposable
{
    /// <summary>The fencing token of this acquisition: larger than that of every earlier acquisition of the same lock.</summary>
    long FencingToken { get; }

    /// <summary>
    /// Returns when this acquisition still holds the lock; throws <see cref="ZoomSyncLeaseLostException"/> when it does
    /// not (expired, taken by another holder, or released).
    /// </summary>
    /// <param name="cancellationToken">Cancels the check.</param>
    ValueTask EnsureHeldAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// The sync lock was lost while a run held it (its lease ran out, e.g. after a long pause, and another instance took
/// the lock): the run stopped before its next write, and is reported with <see cref="ZoomSyncOutcome.LeaseLost"/>.
/// Nothing was written after the loss; the next run resumes from the checkpoint the current holder keeps.
/// </summary>
public sealed class ZoomSyncLeaseLostException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ZoomSyncLeaseLostException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public ZoomSyncLeaseLostException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ZoomSyncLeaseLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a lease of <paramref name="lockName"/> holding <paramref name="fencingToken"/>.</summary>
    /// <param name="lockName">The lock's name.</param>
    /// <param name="fencingToken">The lost acquisition's fencing token.</param>
    public static ZoomSyncLeaseLostException For(string lockName, long fencingToken)
        => new($"The sync lock '{lockName}' is no longer held by this run (fencing token {fencingToken}): its lease ran out or another instance took it. " +
            "The run stopped before its next write; nothing more was written.");
}

/// <summary>The sink a run writes through: every write and checkpoint save first checks the run still holds its lease.</summary>
internal sealed class ZoomFencedSyncSink(IZoomSyncSink inner, IZoomSyncLease lease) : IZoomSyncSink
{
    public async ValueTask UpsertUserAsync(ZoomSyncRecord<Models.ZoomUser> record, CancellationToken cancellationToken = default)
    {
        await lease.EnsureHeldAsync(cancellationToken).ConfigureAwait(false);
        await inner.UpsertUserAsync(record, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask UpsertMeetingAsync(ZoomSyncRecord<Models.Meeting> record, CancellationToken cancellationToken = default)
    {
        await lease.EnsureHeldAsync(cancellationToken).ConfigureAwait(false);
        await inner.UpsertMeetingAsync(record, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask UpsertInvitationAsync(ZoomSyncRecord<Models.MeetingInvitation> record, CancellationToken cancellationToken = default)
    {
        await lease.EnsureHeldAsync(cancellationToken).ConfigureAwait(false);
        await inner.UpsertInvitationAsync(record, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask UpsertRecordingAsync(ZoomSyncRecord<Models.RecordingMeeting> record, CancellationToken cancellationToken = default)
    {
        await lease.EnsureHeldAsync(cancellationToken).ConfigureAwait(false);
        await inner.UpsertRecordingAsync(record, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DeleteUserAsync(string userId, CancellationToken cancellationToken = default)
    {
        await lease.EnsureHeldAsync(cancellationToken).ConfigureAwait(false);
        await inner.DeleteUserAsync(userId, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DeleteMeetingAsync(long meetingId, CancellationToken cancellationToken = default)
    {
        await lease.EnsureHeldAsync(cancellationToken).ConfigureAwait(false);
        await inner.DeleteMeetingAsync(meetingId, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DeleteInvitationAsync(long meetingId, CancellationToken cancellationToken = default)
    {
        await lease.EnsureHeldAsync(cancellationToken).ConfigureAwait(false);
        await inner.DeleteInvitationAsync(meetingId, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DeleteRecordingAsync(string uuid, CancellationToken cancellationToken = default)
    {
        await lease.EnsureHeldAsync(cancellationToken).ConfigureAwait(false);
        await inner.DeleteRecordingAsync(uuid, cancellationToken).ConfigureAwait(false);
    }

    public IAsyncEnumerable<ZoomSyncHeldRecord> GetHeldAsync(ZoomSyncEntityType entityType, CancellationToken cancellationToken = default)
        => inner.GetHeldAsync(entityType, cancellationToken);

    public ValueTask<ZoomSyncHeldRecord?> GetHeldRecordAsync(ZoomSyncEntityType entityType, string id, CancellationToken cancellationToken = default)
        => inner.GetHeldRecordAsync(entityType, id, cancellationToken);

    public ValueTask<ZoomSyncCheckpoint?> LoadCheckpointAsync(CancellationToken cancellationToken = default)
        => inner.LoadCheckpointAsync(cancellationToken);

    public async ValueTask SaveCheckpointAsync(ZoomSyncCheckpoint checkpoint, CancellationToken cancellationToken = default)
    {
        await lease.EnsureHeldAsync(cancellationToken).ConfigureAwait(false);
        await inner.SaveCheckpointAsync(checkpoint, cancellationToken).ConfigureAwait(false);
    }
}
