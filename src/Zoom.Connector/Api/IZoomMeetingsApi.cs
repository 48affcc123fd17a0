using Refit;
using Zoom.Connector.Models;

namespace Zoom.Connector.Api;

/// <summary>Zoom's Meetings API: meetings, invitations, past meetings and registrants.</summary>
public interface IZoomMeetingsApi
{
    /// <summary>Lists a user's meetings. Zoom operation <c>meetings</c>: <c>GET /users/{userId}/meetings</c> (MEDIUM).</summary>
    /// <param name="userId">User id, email or <c>me</c>.</param>
    /// <param name="type">Which meetings to list (Zoom's default: scheduled).</param>
    /// <param name="pageSize">Records per page, 1-300.</param>
    /// <param name="nextPageToken">The token from the previous page.</param>
    /// <param name="pageNumber">Legacy page number.</param>
    /// <param name="from">Start date of the range (<c>yyyy-MM-dd</c>).</param>
    /// <param name="to">End date of the range (<c>yyyy-MM-dd</c>).</param>
    /// <param name="timezone">Time zone of <paramref name="from"/> and <paramref name="to"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/users/{userId}/meetings")]
    Task<MeetingList> ListMeetingsAsync(
        string userId,
        MeetingListType? type = null,
        [AliasAs("page_size")] int? pageSize = null,
        [AliasAs("next_page_token")] string? nextPageToken = null,
        [AliasAs("page_number")] int? pageNumber = null,
        [Query(Format = "yyyy-MM-dd")] DateOnly? from = null,
        [Query(Format = "yyyy-MM-dd")] DateOnly? to = null,
        string? timezone = null,
        CancellationToken cancellationToken = default);

    /// <summary>Lists a user's upcoming meetings. Zoom operation <c>listUpcomingMeeting</c>: <c>GET /users/{userId}/upcoming_meetings</c> (MEDIUM).</summary>
    /// <param name="userId">User id, email or <c>me</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/users/{userId}/upcoming_meetings")]
    Task<UpcomingMeetingList> ListUpcomingMeetingsAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates a meeting for a user. Zoom operation <c>meetingCreate</c>: <c>POST /users/{userId}/meetings</c> (LIGHT;
    /// at most 100 creates/updates per host per day).
    /// </summary>
    /// <param name="userId">User id, email or <c>me</c>.</param>
    /// <param name="request">The meeting to create.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Post("/users/{userId}/meetings")]
    Task<Meeting> CreateMeetingAsync(string userId, [Body] MeetingCreateRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets a meeting. Zoom operation <c>meeting</c>: <c>GET /meetings/{meetingId}</c> (LIGHT).</summary>
    /// <param name="meetingId">The meeting id.</param>
    /// <param name="occurrenceId">One occurrence of a recurring meeting.</param>
    /// <param name="showPreviousOccurrences">Include past occurrences.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/meetings/{meetingId}")]
    Task<Meeting> GetMeetingAsync(
        long meetingId,
        [AliasAs("occurrence_id")] string? occurrenceId = null,
        [AliasAs("show_previous_occurrences")] bool? showPreviousOccurrences = null,
        CancellationToken cancellationToken = default);

    /// <summary>Updates a meeting. Zoom operation <c>meetingUpdate</c>: <c>PATCH /meetings/{meetingId}</c> (LIGHT; counts toward the 100 per host per day).</summary>
    /// <param name="meetingId">The meeting id.</param>
    /// <param name="request">The fields to change.</param>
    /// <param name="occurrenceId">Update only this occurrence.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Patch("/meetings/{meetingId}")]
    Task UpdateMeetingAsync(
        long meetingId,
        [Body] MeetingUpdateRequest request,
        [AliasAs("occurrence_id")] string? occurrenceId = null,
        CancellationToken cancellationToken = default);

    /// <summary>Deletes a meeting or one occurrence. Zoom operation <c>meetingDelete</c>: <c>DELETE /meetings/{meetingId}</c> (LIGHT).</summary>
    /// <param name="meetingId">The meeting id.</param>
    /// <param name="occurrenceId">Delete only this occurrence.</param>
    /// <param name="scheduleForReminder">Notify the host and alternative hosts.</param>
    /// <param name="cancelMeetingReminder">Notify registrants of the cancellation.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Delete("/meetings/{meetingId}")]
    Task DeleteMeetingAsync(
        long meetingId,
        [AliasAs("occurrence_id")] string? occurrenceId = null,
        [AliasAs("schedule_for_reminder")] bool? scheduleForReminder = null,
        [AliasAs("cancel_meeting_reminder")] bool? cancelMeetingReminder = null,
        CancellationToken cancellationToken = default);

    /// <summary>Ends a running meeting or recovers a deleted one. Zoom operation <c>meetingStatus</c>: <c>PUT /meetings/{meetingId}/status</c> (LIGHT).</summary>
    /// <param name="meetingId">The meeting id.</param>
    /// <param name="request"><see cref="MeetingStatusRequest.End"/> or <see cref="MeetingStatusRequest.Recover"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Put("/meetings/{meetingId}/status")]
    Task UpdateMeetingStatusAsync(long meetingId, [Body] MeetingStatusRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets the invitation text. Zoom operation <c>meetingInvitation</c>: <c>GET /meetings/{meetingId}/invitation</c> (LIGHT).</summary>
    /// <param name="meetingId">The meeting id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/meetings/{meetingId}/invitation")]
    Task<MeetingInvitation> GetMeetingInvitationAsync(long meetingId, CancellationToken cancellationToken = default);

    /// <summary>Gets an ended meeting instance. Zoom operation <c>pastMeetingDetails</c>: <c>GET /past_meetings/{meetingId}</c> (LIGHT).</summary>
    /// <param name="meetingId">A meeting id (latest instance) or an instance UUID (double-encoded when needed).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/past_meetings/{meetingId}")]
    Task<PastMeetingDetails> GetPastMeetingAsync(MeetingIdOrUuid meetingId, CancellationToken cancellationToken = default);

    /// <summary>Lists ended instances of a meeting. Zoom operation <c>pastMeetings</c>: <c>GET /past_meetings/{meetingId}/instances</c> (MEDIUM).</summary>
    /// <param name="meetingId">The meeting id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/past_meetings/{meetingId}/instances")]
    Task<PastMeetingInstanceList> ListPastMeetingInstancesAsync(long meetingId, CancellationToken cancellationToken = default);

    /// <summary>Lists participants of an ended meeting. Zoom operation <c>pastMeetingParticipants</c>: <c>GET /past_meetings/{meetingId}/participants</c> (MEDIUM).</summary>
    /// <param name="meetingId">A meeting id or an instance UUID.</param>
    /// <param name="pageSize">Records per page, 1-300.</param>
    /// <param name="nextPageToken">The token from the previous page.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/past_meetings/{meetingId}/participants")]
    Task<PastMeetingParticipantList> ListPastMeetingParticipantsAsync(
        MeetingIdOrUuid meetingId,
        [AliasAs("page_size")] int? pageSize = null,
        [AliasAs("next_page_token")] string? nextPageToken = null,
        CancellationToken cancellationToken = default);

    /// <summary>Lists registrants of a meeting. Zoom operation <c>meetingRegistrants</c>: <c>GET /meetings/{meetingId}/registrants</c> (MEDIUM).</summary>
    /// <param name="meetingId">The meeting id.</param>
    /// <param name="occurrenceId">Registrants of one occurrence.</param>
    /// <param name="status"><c>pending</c>, <c>approved</c> (Zoom's default) or <c>denied</c>.</param>
    /// <param name="pageSize">Records per page, 1-300.</param>
    /// <param name="pageNumber">Legacy page number.</param>
    /// <param name="nextPageToken">The token from the previous page.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/meetings/{meetingId}/registrants")]
    Task<MeetingRegistrantList> ListMeetingRegistrantsAsync(
        long meetingId,
        [AliasAs("occurrence_id")] string? occurrenceId = null,
        string? status = null,
        [AliasAs("page_size")] int? pageSize = null,
        [AliasAs("page_number")] int? pageNumber = null,
        [AliasAs("next_page_token")] string? nextPageToken = null,
        CancellationToken cancellationToken = default);

    /// <summary>Registers a participant. Zoom operation <c>meetingRegistrantCreate</c>: <c>POST /meetings/{meetingId}/registrants</c> (LIGHT).</summary>
    /// <param name="meetingId">The meeting id.</param>
    /// <param name="registrant">The registrant (email and first name are required).</param>
    /// <param name="occurrenceIds">Comma-separated occurrence ids to register for.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Post("/meetings/{meetingId}/registrants")]
    Task<MeetingRegistrantCreated> CreateMeetingRegistrantAsync(
        long meetingId,
        [Body] MeetingRegistrant registrant,
        [AliasAs("occurrence_ids")] string? occurrenceIds = null,
        CancellationToken cancellationToken = default);
}
