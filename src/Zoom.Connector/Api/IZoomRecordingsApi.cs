using Refit;
using Zoom.Connector.Models;

namespace Zoom.Connector.Api;

/// <summary>Zoom's Cloud Recording API.</summary>
public interface IZoomRecordingsApi
{
    /// <summary>
    /// Lists a user's cloud recordings. Zoom operation <c>recordingsList</c>: <c>GET /users/{userId}/recordings</c> (MEDIUM).
    /// <paramref name="from"/> and <paramref name="to"/> are UTC dates at most one month apart; never combine them with
    /// <paramref name="trash"/>.
    /// </summary>
    /// <param name="userId">User id, email or <c>me</c>.</param>
    /// <param name="from">Start date (<c>yyyy-MM-dd</c>, UTC).</param>
    /// <param name="to">End date (<c>yyyy-MM-dd</c>, UTC).</param>
    /// <param name="pageSize">Records per page, 1-300.</param>
    /// <param name="nextPageToken">The token from the previous page.</param>
    /// <param name="mc">Query on-premise meeting connector recordings (<c>"true"</c>/<c>"false"</c>).</param>
    /// <param name="trash">List the trash instead.</param>
    /// <param name="trashType"><c>meeting_recordings</c> (default) or <c>recording_file</c>.</param>
    /// <param name="meetingId">Only recordings of this meeting.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/users/{userId}/recordings")]
    Task<RecordingList> ListRecordingsAsync(
        string userId,
        [Query(Format = "yyyy-MM-dd")] DateOnly? from = null,
        [Query(Format = "yyyy-MM-dd")] DateOnly? to = null,
        [AliasAs("page_size")] int? pageSize = null,
        [AliasAs("next_page_token")] string? nextPageToken = null,
        string? mc = null,
        bool? trash = null,
        [AliasAs("trash_type")] string? trashType = null,
        [AliasAs("meeting_id")] long? meetingId = null,
        CancellationToken cancellationToken = default);

    /// <summary>Gets one meeting's recordings. Zoom operation <c>recordingGet</c>: <c>GET /meetings/{meetingId}/recordings</c> (LIGHT).</summary>
    /// <param name="meetingId">A meeting id (latest instance) or an instance UUID.</param>
    /// <param name="includeFields"><c>download_access_token</c> to add a download JWT.</param>
    /// <param name="ttl">Lifetime of the download JWT in seconds (0-604800).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/meetings/{meetingId}/recordings")]
    Task<RecordingMeeting> GetMeetingRecordingsAsync(
        MeetingIdOrUuid meetingId,
        [AliasAs("include_fields")] string? includeFields = null,
        int? ttl = null,
        CancellationToken cancellationToken = default);

    /// <summary>Trashes or deletes all recordings of a meeting. Zoom operation <c>recordingDelete</c>: <c>DELETE /meetings/{meetingId}/recordings</c> (LIGHT).</summary>
    /// <param name="meetingId">A meeting id or an instance UUID.</param>
    /// <param name="action">Trash (Zoom's default) or delete.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Delete("/meetings/{meetingId}/recordings")]
    Task DeleteMeetingRecordingsAsync(MeetingIdOrUuid meetingId, RecordingDeleteAction? action = null, CancellationToken cancellationToken = default);

    /// <summary>Trashes or deletes one recording file. Zoom operation <c>recordingDeleteOne</c>: <c>DELETE /meetings/{meetingId}/recordings/{recordingId}</c> (LIGHT).</summary>
    /// <param name="meetingId">A meeting id or an instance UUID.</param>
    /// <param name="recordingId">The recording file id.</param>
    /// <param name="action">Trash (Zoom's default) or delete.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Delete("/meetings/{meetingId}/recordings/{recordingId}")]
    Task DeleteRecordingFileAsync(MeetingIdOrUuid meetingId, string recordingId, RecordingDeleteAction? action = null, CancellationToken cancellationToken = default);

    /// <summary>Recovers all trashed recordings of a meeting. Zoom operation <c>recordingStatusUpdate</c>: <c>PUT /meetings/{meetingUUID}/recordings/status</c> (LIGHT).</summary>
    /// <param name="meetingUuid">The meeting instance UUID (or id).</param>
    /// <param name="request"><see cref="RecordingStatusRequest.Recover"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Put("/meetings/{meetingUuid}/recordings/status")]
    Task RecoverMeetingRecordingsAsync(MeetingIdOrUuid meetingUuid, [Body] RecordingStatusRequest request, CancellationToken cancellationToken = default);

    /// <summary>Recovers one trashed recording file. Zoom operation <c>recordingStatusUpdateOne</c>: <c>PUT /meetings/{meetingId}/recordings/{recordingId}/status</c> (LIGHT).</summary>
    /// <param name="meetingId">A meeting id or an instance UUID.</param>
    /// <param name="recordingId">The recording file id.</param>
    /// <param name="request"><see cref="RecordingStatusRequest.Recover"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Put("/meetings/{meetingId}/recordings/{recordingId}/status")]
    Task RecoverRecordingFileAsync(MeetingIdOrUuid meetingId, string recordingId, [Body] RecordingStatusRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets a meeting's recording settings. Zoom operation <c>recordingSettingUpdate</c>: <c>GET /meetings/{meetingId}/recordings/settings</c> (LIGHT).</summary>
    /// <param name="meetingId">A meeting id or an instance UUID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/meetings/{meetingId}/recordings/settings")]
    Task<RecordingSettings> GetRecordingSettingsAsync(MeetingIdOrUuid meetingId, CancellationToken cancellationToken = default);

    // ---- Operations added for full coverage (issue 8); their models follow the spec field by field. ----

    /// <summary>Get a meeting or webinar recording's analytics details. Zoom operation <c>analytics_details</c>: <c>GET /meetings/{meetingId}/recordings/analytics_details</c> (MEDIUM(2023-spec only)).</summary>
    /// <param name="meetingId">A meeting id or an instance UUID (double-encoded when needed).</param>
    /// <param name="pageSize">The number of records returned within a single API call.</param>
    /// <param name="nextPageToken">Use the next page token to paginate through large result sets.</param>
    /// <param name="from">The start date for the monthly range to query.</param>
    /// <param name="to">The end date for the monthly range to query.</param>
    /// <param name="type">The type of analytics details. Values: <c>by_view</c>, <c>by_download</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/meetings/{meetingId}/recordings/analytics_details")]
    Task<RecordingAnalyticsDetails> GetRecordingAnalyticsDetailsAsync(
        MeetingIdOrUuid meetingId,
        [AliasAs("page_size")] int? pageSize = null,
        [AliasAs("next_page_token")] string? nextPageToken = null,
        DateOnly? from = null,
        DateOnly? to = null,
        string? type = null,
        CancellationToken cancellationToken = default);

    /// <summary>Get a meeting or webinar recording's analytics summary. Zoom operation <c>analytics_summary</c>: <c>GET /meetings/{meetingId}/recordings/analytics_summary</c> (MEDIUM(2023-spec only)).</summary>
    /// <param name="meetingId">A meeting id or an instance UUID (double-encoded when needed).</param>
    /// <param name="from">The start date for the monthly range to query.</param>
    /// <param name="to">The end date for the monthly range to query.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/meetings/{meetingId}/recordings/analytics_summary")]
    Task<RecordingAnalyticsSummary> GetRecordingAnalyticsSummaryAsync(
        MeetingIdOrUuid meetingId,
        DateOnly? from = null,
        DateOnly? to = null,
        CancellationToken cancellationToken = default);

    /// <summary>List recording registrants. Zoom operation <c>meetingRecordingRegistrants</c>: <c>GET /meetings/{meetingId}/recordings/registrants</c> (MEDIUM).</summary>
    /// <param name="meetingId">The meeting id (int64).</param>
    /// <param name="status">Query by the registrant's status. Values: <c>pending</c>, <c>approved</c>, <c>denied</c>.</param>
    /// <param name="pageSize">The number of records returned within a single API call.</param>
    /// <param name="pageNumber">Deprecated.</param>
    /// <param name="nextPageToken">Use the next page token to paginate through large result sets.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/meetings/{meetingId}/recordings/registrants")]
    Task<RecordingRegistrantList> ListRecordingRegistrantsAsync(
        long meetingId,
        string? status = null,
        [AliasAs("page_size")] int? pageSize = null,
        [AliasAs("page_number")] int? pageNumber = null,
        [AliasAs("next_page_token")] string? nextPageToken = null,
        CancellationToken cancellationToken = default);

    /// <summary>Create a recording registrant. Zoom operation <c>meetingRecordingRegistrantCreate</c>: <c>POST /meetings/{meetingId}/recordings/registrants</c> (LIGHT).</summary>
    /// <param name="meetingId">The meeting id (int64).</param>
    /// <param name="request">The request body.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Post("/meetings/{meetingId}/recordings/registrants")]
    Task<RecordingRegistrantCreated> CreateRecordingRegistrantAsync(
        long meetingId,
        [Body] MeetingRegistrant request,
        CancellationToken cancellationToken = default);

    /// <summary>Get registration questions. Zoom operation <c>recordingRegistrantsQuestionsGet</c>: <c>GET /meetings/{meetingId}/recordings/registrants/questions</c> (LIGHT).</summary>
    /// <param name="meetingId">A meeting id or an instance UUID (double-encoded when needed).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/meetings/{meetingId}/recordings/registrants/questions")]
    Task<MeetingRegistrationQuestions> GetRecordingRegistrationQuestionsAsync(
        MeetingIdOrUuid meetingId,
        CancellationToken cancellationToken = default);

    /// <summary>Update registration questions. Zoom operation <c>recordingRegistrantQuestionUpdate</c>: <c>PATCH /meetings/{meetingId}/recordings/registrants/questions</c> (LIGHT).</summary>
    /// <param name="meetingId">A meeting id or an instance UUID (double-encoded when needed).</param>
    /// <param name="request">The request body.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Patch("/meetings/{meetingId}/recordings/registrants/questions")]
    Task UpdateRecordingRegistrationQuestionsAsync(
        MeetingIdOrUuid meetingId,
        [Body] MeetingRegistrationQuestions request,
        CancellationToken cancellationToken = default);

    /// <summary>Update a registrant's status. Zoom operation <c>meetingRecordingRegistrantStatus</c>: <c>PUT /meetings/{meetingId}/recordings/registrants/status</c> (MEDIUM).</summary>
    /// <param name="meetingId">The meeting id (int64).</param>
    /// <param name="request">The request body.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Put("/meetings/{meetingId}/recordings/registrants/status")]
    Task UpdateRecordingRegistrantStatusAsync(
        long meetingId,
        [Body] RecordingRegistrantStatusRequest request,
        CancellationToken cancellationToken = default);

    /// <summary>Update meeting recording settings. Zoom operation <c>recordingSettingsUpdate</c>: <c>PATCH /meetings/{meetingId}/recordings/settings</c> (LIGHT).</summary>
    /// <param name="meetingId">A meeting id or an instance UUID (double-encoded when needed).</param>
    /// <param name="request">The request body.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Patch("/meetings/{meetingId}/recordings/settings")]
    Task UpdateRecordingSettingsAsync(
        MeetingIdOrUuid meetingId,
        [Body] RecordingSettingsUpdateRequest request,
        CancellationToken cancellationToken = default);

    /// <summary>Get a meeting transcript. Zoom operation <c>GetMeetingTranscript</c>: <c>GET /meetings/{meetingId}/transcript</c> (MEDIUM).</summary>
    /// <param name="meetingId">A meeting id or an instance UUID (double-encoded when needed).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/meetings/{meetingId}/transcript")]
    Task<RecordingTranscript> GetMeetingTranscriptAsync(
        MeetingIdOrUuid meetingId,
        CancellationToken cancellationToken = default);

    /// <summary>Delete a meeting or webinar transcript. Zoom operation <c>DeleteMeetingTranscript</c>: <c>DELETE /meetings/{meetingId}/transcript</c> (MEDIUM).</summary>
    /// <param name="meetingId">A meeting id or an instance UUID (double-encoded when needed).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Delete("/meetings/{meetingId}/transcript")]
    Task DeleteMeetingTranscriptAsync(
        MeetingIdOrUuid meetingId,
        CancellationToken cancellationToken = default);
}
