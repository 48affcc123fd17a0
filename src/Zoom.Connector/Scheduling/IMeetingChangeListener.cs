using Zoom.Connector.Models;

namespace Zoom.Connector.Scheduling;

/// <summary>
/// Told about every meeting the connector creates, updates or deletes on a person's behalf, so that a host's copy
/// (the sync sink) shows the change at once instead of after the next sync run. Every registered listener is called
/// before the scheduling call returns; a listener that throws fails that call's write-through, not the Zoom change.
/// </summary>
public interface IMeetingChangeListener
{
    /// <summary>A meeting was created or updated; <paramref name="meeting"/> is Zoom's current view of it.</summary>
    /// <param name="meeting">The meeting as Zoom returned it (create response or a fresh get).</param>
    /// <param name="cancellationToken">Cancels the write-through.</param>
    ValueTask OnMeetingUpsertedAsync(Meeting meeting, CancellationToken cancellationToken = default);

    /// <summary>A meeting (or, with <paramref name="occurrenceId"/>, one occurrence) was deleted.</summary>
    /// <param name="meetingId">The meeting id.</param>
    /// <param name="occurrenceId">The deleted occurrence, or <see langword="null"/> for the whole meeting.</param>
    /// <param name="cancellationToken">Cancels the write-through.</param>
    ValueTask OnMeetingDeletedAsync(long meetingId, string? occurrenceId, CancellationToken cancellationToken = default);
}
