using Zoom.Connector.Api;

namespace Zoom.Connector.Scheduling;

/// <summary>
/// Schedules one-time and recurring meetings with co-hosts, dial-in numbers and time zones, renders their
/// invitation, and updates or deletes them. Every request is validated before anything is sent, and every
/// registered <see cref="IMeetingChangeListener"/> hears about each change before the call returns.
/// </summary>
public interface IZoomMeetingScheduler
{
    /// <summary>
    /// Validates <paramref name="request"/>, checks that every co-host is a user of the account, and creates the meeting
    /// (Zoom type 2, or 8 when it recurs) with a local start time and its time zone.
    /// </summary>
    /// <param name="request">The meeting to schedule.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The one-time or recurring meeting Zoom created.</returns>
    /// <exception cref="ArgumentException">A field breaks one of Zoom's rules, or a co-host is not a user of the account; nothing was created.</exception>
    /// <exception cref="MeetingWriteThroughException">Zoom created the meeting but a change listener failed; the exception carries the meeting.</exception>
    Task<ScheduledMeeting> ScheduleAsync(ScheduleMeetingRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Validates <paramref name="request"/> (without the co-host lookup) and lists the occurrences Zoom will create,
    /// without sending anything: one for a one-time meeting, at most 60 for a series. Each keeps the wall-clock start
    /// in the request's zone, so the UTC instants move at daylight-saving changes.
    /// </summary>
    /// <param name="request">The meeting to preview.</param>
    /// <exception cref="ArgumentException">A field breaks one of Zoom's rules.</exception>
    IReadOnlyList<ScheduledOccurrence> PreviewOccurrences(ScheduleMeetingRequest request);

    /// <summary>Gets a meeting's details, including past and deleted occurrences.</summary>
    /// <param name="meetingId">The meeting id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<ScheduledMeeting> GetAsync(long meetingId, CancellationToken cancellationToken = default);

    /// <summary>Gets Zoom's invitation text, the structured details and an iCalendar rendering of a meeting.</summary>
    /// <param name="meetingId">The meeting id.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    Task<MeetingInvitationDetails> GetInvitationAsync(long meetingId, CancellationToken cancellationToken = default);

    /// <summary>Changes the topic, agenda, start, duration or recurrence of a meeting (or of one occurrence), then reads it back.</summary>
    /// <param name="meetingId">The meeting id.</param>
    /// <param name="request">The changes.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The meeting as Zoom reports it after the change.</returns>
    /// <exception cref="ArgumentException">A change breaks one of Zoom's rules; nothing was sent.</exception>
    /// <exception cref="MeetingWriteThroughException">Zoom changed the meeting but a change listener failed.</exception>
    Task<ScheduledMeeting> UpdateAsync(long meetingId, UpdateScheduledMeetingRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes a meeting, or one occurrence of a recurring meeting.</summary>
    /// <param name="meetingId">The meeting id.</param>
    /// <param name="occurrenceId">The occurrence to delete, or <see langword="null"/> for the whole meeting.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="MeetingWriteThroughException">Zoom deleted the meeting but a change listener failed.</exception>
    Task DeleteAsync(long meetingId, string? occurrenceId = null, CancellationToken cancellationToken = default);
}

/// <summary>
/// Creates schedulers over any pair of Zoom clients, e.g. the clients of a person's own action identity, with the
/// registered time provider, change listeners and logging.
/// </summary>
public interface IZoomMeetingSchedulerFactory
{
    /// <summary>A scheduler that sends through <paramref name="meetings"/> and checks co-hosts through <paramref name="users"/>.</summary>
    /// <param name="meetings">The Meetings API client of the identity to schedule as.</param>
    /// <param name="users">The Users API client of the same identity.</param>
    IZoomMeetingScheduler Create(IZoomMeetingsApi meetings, IZoomUsersApi users);

    /// <summary>
    /// A scheduler that creates, changes and deletes meetings as the signed-in person of <paramref name="user"/>
    /// (schedule with <see cref="ScheduleMeetingRequest.HostUserId"/> <c>me</c>, the default). Co-hosts are checked
    /// through the service identity's <see cref="IZoomUsersApi"/>, because a user-level token cannot look up other
    /// users (Zoom answers 404, code 1001); scheduling with co-hosts therefore needs a configured service identity.
    /// </summary>
    /// <param name="user">The person's clients, from <see cref="Clients.IZoomUserClientFactory.ForUser"/>.</param>
    IZoomMeetingScheduler ForUser(Clients.ZoomUserClients user);
}
