namespace Zoom.Connector.Scheduling;

/// <summary>
/// Zoom made the change, but at least one <see cref="IMeetingChangeListener"/> failed to record it. The Zoom
/// change stands: <see cref="Meeting"/> carries the result (when there is one) so nothing is lost, and the listener
/// failures are the inner exception (an <see cref="AggregateException"/> when several failed).
/// </summary>
public sealed class MeetingWriteThroughException : Exception
{
    /// <summary>Creates the exception for a change Zoom made that listeners failed to record.</summary>
    /// <param name="meetingId">The meeting Zoom changed.</param>
    /// <param name="meeting">The scheduler's result for the change, or <see langword="null"/> for a delete.</param>
    /// <param name="failures">The listener exceptions.</param>
    public MeetingWriteThroughException(long meetingId, ScheduledMeeting? meeting, IReadOnlyList<Exception> failures)
        : base(
            $"Zoom meeting {meetingId} was changed, but {failures?.Count ?? 0} meeting change listener(s) failed to record the change.",
            failures is { Count: 1 } ? failures[0] : new AggregateException(failures ?? []))
    {
        MeetingId = meetingId;
        Meeting = meeting;
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public MeetingWriteThroughException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The listener failure.</param>
    public MeetingWriteThroughException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public MeetingWriteThroughException()
        : base("A meeting change listener failed to record a Zoom change.")
    {
    }

    /// <summary>The meeting Zoom changed.</summary>
    public long MeetingId { get; }

    /// <summary>The result of the Zoom change (absent for deletes).</summary>
    public ScheduledMeeting? Meeting { get; }
}
