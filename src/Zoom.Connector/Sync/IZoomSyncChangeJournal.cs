using System.Collections.Concurrent;

namespace Zoom.Connector.Sync;

/// <summary>
/// The meetings the connector itself changed since a sync run last re-read them. Every successful meeting create,
/// update, delete or status change sent through the connector (any identity: the service, a person's action client,
/// the scheduler, raw <c>IZoomMeetingsApi</c> calls) marks that meeting; the next run re-reads exactly those meetings'
/// details, occurrences and invitation, and clears each mark only after the sink holds the result. Zoom's meeting list
/// carries no change marker, so this is how an incremental run sees a change that touched only a meeting's settings.
/// The default keeps the marks in memory (lost on restart: the next full run catches those changes); register a durable
/// implementation before <c>AddSync()</c> (or use <c>UseRedis()</c>) to keep them across restarts and instances.
/// Calls arrive concurrently; implementations must be thread-safe.
/// </summary>
public interface IZoomSyncChangeJournal
{
    /// <summary>Marks a meeting as changed; each mark gets a new stamp, so a mark made during a run outlives that run's clear.</summary>
    /// <param name="meetingId">The meeting id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask MarkMeetingAsync(long meetingId, CancellationToken cancellationToken = default);

    /// <summary>The marked meetings with the stamp of each one's latest mark.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<IReadOnlyDictionary<long, long>> GetMarkedMeetingsAsync(CancellationToken cancellationToken = default);

    /// <summary>Clears a meeting's mark if it still carries <paramref name="stamp"/> (a newer mark stays); true when cleared.</summary>
    /// <param name="meetingId">The meeting id.</param>
    /// <param name="stamp">The stamp read by <see cref="GetMarkedMeetingsAsync"/> before the meeting was re-read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<bool> ClearMeetingAsync(long meetingId, long stamp, CancellationToken cancellationToken = default);
}

/// <summary>The default <see cref="IZoomSyncChangeJournal"/>: marks in memory, for one process.</summary>
public sealed class InMemoryZoomSyncChangeJournal : IZoomSyncChangeJournal
{
    private readonly ConcurrentDictionary<long, long> _marks = new();
    private long _stamp;

    /// <summary>How many meetings are marked.</summary>
    public int Count => _marks.Count;

    /// <inheritdoc />
    public ValueTask MarkMeetingAsync(long meetingId, CancellationToken cancellationToken = default)
    {
        _marks[meetingId] = Interlocked.Increment(ref _stamp);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyDictionary<long, long>> GetMarkedMeetingsAsync(CancellationToken cancellationToken = default)
        => ValueTask.FromResult<IReadOnlyDictionary<long, long>>(new Dictionary<long, long>(_marks));

    /// <inheritdoc />
    public ValueTask<bool> ClearMeetingAsync(long meetingId, long stamp, CancellationToken cancellationToken = default)
        => ValueTask.FromResult(_marks.TryRemove(new KeyValuePair<long, long>(meetingId, stamp)));
}
