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

    // ---- Operations added for full coverage (issue 8); their models follow the spec field by field. ----

    /// <summary>Update a live meeting message. Zoom operation <c>updateMeetingChatMessageById</c>: <c>PATCH /live_meetings/{meetingId}/chat/messages/{messageId}</c> (MEDIUM).</summary>
    /// <param name="meetingId">The meeting id (int64).</param>
    /// <param name="messageId">The live meeting chat message's unique identifier (UUID), in base64-encoded format.</param>
    /// <param name="request">The request body.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Patch("/live_meetings/{meetingId}/chat/messages/{messageId}")]
    Task UpdateLiveMeetingChatMessageAsync(
        long meetingId,
        string messageId,
        [Body] LiveMeetingChatMessageUpdateRequest request,
        CancellationToken cancellationToken = default);

    /// <summary>Delete a live meeting message. Zoom operation <c>deleteMeetingChatMessageById</c>: <c>DELETE /live_meetings/{meetingId}/chat/messages/{messageId}</c> (MEDIUM).</summary>
    /// <param name="meetingId">The meeting id (int64).</param>
    /// <param name="messageId">The live meeting chat message's unique identifier (UUID), in base64-encoded format.</param>
    /// <param name="fileIds">The live webinar chat file's universally unique identifier, in base64-encoded format.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Delete("/live_meetings/{meetingId}/chat/messages/{messageId}")]
    Task DeleteLiveMeetingChatMessageAsync(
        long meetingId,
        string messageId,
        [AliasAs("file_ids")] string? fileIds = null,
        CancellationToken cancellationToken = default);

    /// <summary>In-meeting controls. Zoom operation <c>inMeetingControl</c>: <c>PATCH /live_meetings/{meetingId}/events</c> (MEDIUM).</summary>
    /// <param name="meetingId">A meeting id or an instance UUID (double-encoded when needed).</param>
    /// <param name="request">The request body.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Patch("/live_meetings/{meetingId}/events")]
    Task ControlLiveMeetingAsync(
        MeetingIdOrUuid meetingId,
        [Body] LiveMeetingControlRequest request,
        CancellationToken cancellationToken = default);

    /// <summary>Update participant Real-Time Media Streams (RTMS) app status. Zoom operation <c>meetingRTMSStatusUpdate</c>: <c>PATCH /live_meetings/{meetingId}/rtms_app/status</c> (MEDIUM).</summary>
    /// <param name="meetingId">The meeting id (int64).</param>
    /// <param name="request">The request body.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Patch("/live_meetings/{meetingId}/rtms_app/status")]
    Task UpdateLiveMeetingRtmsStatusAsync(
        long meetingId,
        [Body] LiveMeetingRtmsStatusRequest request,
        CancellationToken cancellationToken = default);

    /// <summary>List an account's meeting or webinar summaries. Zoom operation <c>Listmeetingsummaries</c>: <c>GET /meetings/meeting_summaries</c> (MEDIUM).</summary>
    /// <param name="pageSize">The number of records returned within a single API call.</param>
    /// <param name="nextPageToken">Use the next page token to paginate through a large set of results.</param>
    /// <param name="from">The start date, in yyyy-MM-dd'T'HH:mm:ss'Z' UTC format.</param>
    /// <param name="to">The end date, in yyyy-MM-dd'T'HH:mm:ss'Z' UTC format.</param>
    /// <param name="timeFilterField">Which summary time field to use to filter results by the from and to parameters. Values: <c>summary_start_time</c>, <c>summary_created_time</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/meetings/meeting_summaries")]
    Task<MeetingAiSummaryList> ListMeetingSummariesAsync(
        [AliasAs("page_size")] int? pageSize = null,
        [AliasAs("next_page_token")] string? nextPageToken = null,
        string? from = null,
        string? to = null,
        [AliasAs("time_filter_field")] string? timeFilterField = null,
        CancellationToken cancellationToken = default);

    /// <summary>Perform batch poll creation. Zoom operation <c>createBatchPolls</c>: <c>POST /meetings/{meetingId}/batch_polls</c> (LIGHT).</summary>
    /// <param name="meetingId">A meeting id or an instance UUID (double-encoded when needed).</param>
    /// <param name="request">The request body.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Post("/meetings/{meetingId}/batch_polls")]
    Task<MeetingPollBatch> CreateMeetingPollsBatchAsync(
        MeetingIdOrUuid meetingId,
        [Body] MeetingPollBatchCreateRequest request,
        CancellationToken cancellationToken = default);

    /// <summary>Perform batch registration. Zoom operation <c>addBatchRegistrants</c>: <c>POST /meetings/{meetingId}/batch_registrants</c> (HEAVY).</summary>
    /// <param name="meetingId">A meeting id or an instance UUID (double-encoded when needed).</param>
    /// <param name="request">The request body.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Post("/meetings/{meetingId}/batch_registrants")]
    Task<MeetingRegistrantBatchResult> AddMeetingRegistrantsBatchAsync(
        MeetingIdOrUuid meetingId,
        [Body] MeetingRegistrantBatchRequest request,
        CancellationToken cancellationToken = default);

    /// <summary>Create a meeting's invite links. Zoom operation <c>meetingInviteLinksCreate</c>: <c>POST /meetings/{meetingId}/invite_links</c> (LIGHT).</summary>
    /// <param name="meetingId">The meeting id (int64).</param>
    /// <param name="request">The request body.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Post("/meetings/{meetingId}/invite_links")]
    Task<MeetingInviteLinks> CreateMeetingInviteLinksAsync(
        long meetingId,
        [Body] MeetingInviteLinksCreateRequest request,
        CancellationToken cancellationToken = default);

    /// <summary>Get a meeting's join token for live streaming. Zoom operation <c>meetingLiveStreamingJoinToken</c>: <c>GET /meetings/{meetingId}/jointoken/live_streaming</c> (LIGHT).</summary>
    /// <param name="meetingId">The meeting id (int64).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/meetings/{meetingId}/jointoken/live_streaming")]
    Task<MeetingJoinToken> GetMeetingLiveStreamingJoinTokenAsync(
        long meetingId,
        CancellationToken cancellationToken = default);

    /// <summary>Get a meeting's join token for local recording. Zoom operation <c>meetingLocalRecordingJoinToken</c>: <c>GET /meetings/{meetingId}/jointoken/local_recording</c> (LIGHT).</summary>
    /// <param name="meetingId">The meeting id (int64).</param>
    /// <param name="bypassWaitingRoom">Whether to bypass the waiting room.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/meetings/{meetingId}/jointoken/local_recording")]
    Task<MeetingJoinToken> GetMeetingLocalRecordingJoinTokenAsync(
        long meetingId,
        [AliasAs("bypass_waiting_room")] bool? bypassWaitingRoom = null,
        CancellationToken cancellationToken = default);

    /// <summary>Get livestream details. Zoom operation <c>getMeetingLiveStreamDetails</c>: <c>GET /meetings/{meetingId}/livestream</c> (LIGHT).</summary>
    /// <param name="meetingId">A meeting id or an instance UUID (double-encoded when needed).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/meetings/{meetingId}/livestream")]
    Task<MeetingLivestream> GetMeetingLiveStreamAsync(
        MeetingIdOrUuid meetingId,
        CancellationToken cancellationToken = default);

    /// <summary>Update a livestream. Zoom operation <c>meetingLiveStreamUpdate</c>: <c>PATCH /meetings/{meetingId}/livestream</c> (LIGHT).</summary>
    /// <param name="meetingId">The meeting id (int64).</param>
    /// <param name="request">The request body.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Patch("/meetings/{meetingId}/livestream")]
    Task UpdateMeetingLiveStreamAsync(
        long meetingId,
        [Body] MeetingLivestreamUpdateRequest request,
        CancellationToken cancellationToken = default);

    /// <summary>Update livestream status. Zoom operation <c>meetingLiveStreamStatusUpdate</c>: <c>PATCH /meetings/{meetingId}/livestream/status</c> (LIGHT).</summary>
    /// <param name="meetingId">The meeting id (int64).</param>
    /// <param name="request">The request body.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Patch("/meetings/{meetingId}/livestream/status")]
    Task UpdateMeetingLiveStreamStatusAsync(
        long meetingId,
        [Body] MeetingLivestreamStatusRequest request,
        CancellationToken cancellationToken = default);

    /// <summary>Get a meeting or webinar summary. Zoom operation <c>Getameetingsummary</c>: <c>GET /meetings/{meetingId}/meeting_summary</c> (LIGHT).</summary>
    /// <param name="meetingId">A meeting id or an instance UUID (double-encoded when needed).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/meetings/{meetingId}/meeting_summary")]
    Task<MeetingAiSummary> GetMeetingSummaryAsync(
        MeetingIdOrUuid meetingId,
        CancellationToken cancellationToken = default);

    /// <summary>Delete a meeting or webinar summary. Zoom operation <c>Deletemeetingorwebinarsummary</c>: <c>DELETE /meetings/{meetingId}/meeting_summary</c> (LIGHT).</summary>
    /// <param name="meetingId">A meeting id or an instance UUID (double-encoded when needed).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Delete("/meetings/{meetingId}/meeting_summary")]
    Task DeleteMeetingSummaryAsync(
        MeetingIdOrUuid meetingId,
        CancellationToken cancellationToken = default);

    /// <summary>Add a meeting app. Zoom operation <c>meetingAppAdd</c>: <c>POST /meetings/{meetingId}/open_apps</c> (LIGHT).</summary>
    /// <param name="meetingId">The meeting id (int64).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Post("/meetings/{meetingId}/open_apps")]
    Task<MeetingAppAdded> AddMeetingAppAsync(
        long meetingId,
        CancellationToken cancellationToken = default);

    /// <summary>Delete a meeting app. Zoom operation <c>meetingAppDelete</c>: <c>DELETE /meetings/{meetingId}/open_apps</c> (LIGHT).</summary>
    /// <param name="meetingId">The meeting id (int64).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Delete("/meetings/{meetingId}/open_apps")]
    Task DeleteMeetingAppAsync(
        long meetingId,
        CancellationToken cancellationToken = default);

    /// <summary>List meeting polls. Zoom operation <c>meetingPolls</c>: <c>GET /meetings/{meetingId}/polls</c> (LIGHT).</summary>
    /// <param name="meetingId">The meeting id (int64).</param>
    /// <param name="anonymous">Whether to query for polls with the Anonymous option enabled.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/meetings/{meetingId}/polls")]
    Task<MeetingPollList> ListMeetingPollsAsync(
        long meetingId,
        bool? anonymous = null,
        CancellationToken cancellationToken = default);

    /// <summary>Create a meeting poll. Zoom operation <c>meetingPollCreate</c>: <c>POST /meetings/{meetingId}/polls</c> (LIGHT).</summary>
    /// <param name="meetingId">The meeting id (int64).</param>
    /// <param name="request">The request body.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Post("/meetings/{meetingId}/polls")]
    Task<MeetingPoll> CreateMeetingPollAsync(
        long meetingId,
        [Body] MeetingPollRequest request,
        CancellationToken cancellationToken = default);

    /// <summary>Get a meeting poll. Zoom operation <c>meetingPollGet</c>: <c>GET /meetings/{meetingId}/polls/{pollId}</c> (LIGHT).</summary>
    /// <param name="meetingId">The meeting id (int64).</param>
    /// <param name="pollId">The poll ID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/meetings/{meetingId}/polls/{pollId}")]
    Task<MeetingPoll> GetMeetingPollAsync(
        long meetingId,
        string pollId,
        CancellationToken cancellationToken = default);

    /// <summary>Update a meeting poll. Zoom operation <c>meetingPollUpdate</c>: <c>PUT /meetings/{meetingId}/polls/{pollId}</c> (LIGHT).</summary>
    /// <param name="meetingId">The meeting id (int64).</param>
    /// <param name="pollId">The poll ID.</param>
    /// <param name="request">The request body.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Put("/meetings/{meetingId}/polls/{pollId}")]
    Task UpdateMeetingPollAsync(
        long meetingId,
        string pollId,
        [Body] MeetingPollRequest request,
        CancellationToken cancellationToken = default);

    /// <summary>Delete a meeting poll. Zoom operation <c>meetingPollDelete</c>: <c>DELETE /meetings/{meetingId}/polls/{pollId}</c> (LIGHT).</summary>
    /// <param name="meetingId">The meeting id (int64).</param>
    /// <param name="pollId">The poll ID</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Delete("/meetings/{meetingId}/polls/{pollId}")]
    Task DeleteMeetingPollAsync(
        long meetingId,
        string pollId,
        CancellationToken cancellationToken = default);

    /// <summary>List registration questions. Zoom operation <c>meetingRegistrantsQuestionsGet</c>: <c>GET /meetings/{meetingId}/registrants/questions</c> (LIGHT).</summary>
    /// <param name="meetingId">The meeting id (int64).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/meetings/{meetingId}/registrants/questions")]
    Task<MeetingRegistrationQuestions> GetMeetingRegistrationQuestionsAsync(
        long meetingId,
        CancellationToken cancellationToken = default);

    /// <summary>Update registration questions. Zoom operation <c>meetingRegistrantQuestionUpdate</c>: <c>PATCH /meetings/{meetingId}/registrants/questions</c> (LIGHT).</summary>
    /// <param name="meetingId">The meeting id (int64).</param>
    /// <param name="request">The request body.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Patch("/meetings/{meetingId}/registrants/questions")]
    Task UpdateMeetingRegistrationQuestionsAsync(
        long meetingId,
        [Body] MeetingRegistrationQuestions request,
        CancellationToken cancellationToken = default);

    /// <summary>Update registrant's status. Zoom operation <c>meetingRegistrantStatus</c>: <c>PUT /meetings/{meetingId}/registrants/status</c> (MEDIUM).</summary>
    /// <param name="meetingId">The meeting id (int64).</param>
    /// <param name="request">The request body.</param>
    /// <param name="occurrenceId">The meeting or webinar occurrence ID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Put("/meetings/{meetingId}/registrants/status")]
    Task UpdateMeetingRegistrantStatusAsync(
        long meetingId,
        [Body] MeetingRegistrantStatusRequest request,
        [AliasAs("occurrence_id")] string? occurrenceId = null,
        CancellationToken cancellationToken = default);

    /// <summary>Get a meeting registrant. Zoom operation <c>meetingRegistrantGet</c>: <c>GET /meetings/{meetingId}/registrants/{registrantId}</c> (LIGHT).</summary>
    /// <param name="meetingId">The meeting id (int64).</param>
    /// <param name="registrantId">The registrant ID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/meetings/{meetingId}/registrants/{registrantId}")]
    Task<MeetingRegistrant> GetMeetingRegistrantAsync(
        long meetingId,
        string registrantId,
        CancellationToken cancellationToken = default);

    /// <summary>Delete a meeting registrant. Zoom operation <c>meetingregistrantdelete</c>: <c>DELETE /meetings/{meetingId}/registrants/{registrantId}</c> (LIGHT).</summary>
    /// <param name="meetingId">The meeting id (int64).</param>
    /// <param name="registrantId">The meeting registrant ID.</param>
    /// <param name="occurrenceId">The meeting occurrence ID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Delete("/meetings/{meetingId}/registrants/{registrantId}")]
    Task DeleteMeetingRegistrantAsync(
        long meetingId,
        string registrantId,
        [AliasAs("occurrence_id")] string? occurrenceId = null,
        CancellationToken cancellationToken = default);

    /// <summary>Get a meeting SIP URI with passcode. Zoom operation <c>getSipDialingWithPasscode</c>: <c>POST /meetings/{meetingId}/sip_dialing</c> (MEDIUM).</summary>
    /// <param name="meetingId">The meeting id (int64).</param>
    /// <param name="request">The request body.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Post("/meetings/{meetingId}/sip_dialing")]
    Task<MeetingSipDialing> GetMeetingSipDialingAsync(
        long meetingId,
        [Body] MeetingSipDialingRequest request,
        CancellationToken cancellationToken = default);

    /// <summary>Get a meeting survey. Zoom operation <c>meetingSurveyGet</c>: <c>GET /meetings/{meetingId}/survey</c> (LIGHT).</summary>
    /// <param name="meetingId">The meeting id (int64).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/meetings/{meetingId}/survey")]
    Task<MeetingSurvey> GetMeetingSurveyAsync(
        long meetingId,
        CancellationToken cancellationToken = default);

    /// <summary>Update a meeting survey. Zoom operation <c>meetingSurveyUpdate</c>: <c>PATCH /meetings/{meetingId}/survey</c> (LIGHT).</summary>
    /// <param name="meetingId">The meeting id (int64).</param>
    /// <param name="request">The request body.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Patch("/meetings/{meetingId}/survey")]
    Task UpdateMeetingSurveyAsync(
        long meetingId,
        [Body] MeetingSurvey request,
        CancellationToken cancellationToken = default);

    /// <summary>Delete a meeting survey. Zoom operation <c>meetingSurveyDelete</c>: <c>DELETE /meetings/{meetingId}/survey</c> (LIGHT).</summary>
    /// <param name="meetingId">The meeting id (int64).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Delete("/meetings/{meetingId}/survey")]
    Task DeleteMeetingSurveyAsync(
        long meetingId,
        CancellationToken cancellationToken = default);

    /// <summary>Get meeting's token. Zoom operation <c>meetingToken</c>: <c>GET /meetings/{meetingId}/token</c> (LIGHT).</summary>
    /// <param name="meetingId">The meeting id (int64).</param>
    /// <param name="type">The meeting token type. Values: <c>closed_caption_token</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/meetings/{meetingId}/token")]
    Task<MeetingToken> GetMeetingTokenAsync(
        long meetingId,
        string? type = null,
        CancellationToken cancellationToken = default);

    /// <summary>List past meeting's poll results. Zoom operation <c>listPastMeetingPolls</c>: <c>GET /past_meetings/{meetingId}/polls</c> (MEDIUM).</summary>
    /// <param name="meetingId">A meeting id or an instance UUID (double-encoded when needed).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/past_meetings/{meetingId}/polls")]
    Task<PastMeetingPollResults> ListPastMeetingPollsAsync(
        MeetingIdOrUuid meetingId,
        CancellationToken cancellationToken = default);

    /// <summary>List past meetings' Q&amp;A. Zoom operation <c>listPastMeetingQA</c>: <c>GET /past_meetings/{meetingId}/qa</c> (MEDIUM).</summary>
    /// <param name="meetingId">A meeting id or an instance UUID (double-encoded when needed).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/past_meetings/{meetingId}/qa")]
    Task<PastMeetingQa> ListPastMeetingQaAsync(
        MeetingIdOrUuid meetingId,
        CancellationToken cancellationToken = default);

    /// <summary>List meeting templates. Zoom operation <c>listMeetingTemplates</c>: <c>GET /users/{userId}/meeting_templates</c> (MEDIUM).</summary>
    /// <param name="userId">User id, email or <c>me</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/users/{userId}/meeting_templates")]
    Task<MeetingTemplateList> ListMeetingTemplatesAsync(
        string userId,
        CancellationToken cancellationToken = default);

    /// <summary>Create a meeting template from an existing meeting. Zoom operation <c>meetingTemplateCreate</c>: <c>POST /users/{userId}/meeting_templates</c> (MEDIUM).</summary>
    /// <param name="userId">User id, email or <c>me</c>.</param>
    /// <param name="request">The request body.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Post("/users/{userId}/meeting_templates")]
    Task<MeetingTemplateCreated> CreateMeetingTemplateAsync(
        string userId,
        [Body] MeetingTemplateCreateRequest request,
        CancellationToken cancellationToken = default);
}
