// Models derived field by field from the Zoom API specs (see docs/api-coverage.md).
using System.Text.Json;
using System.Text.Json.Serialization;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Models;

/// <summary>The body of <c>PATCH /live_meetings/{meetingId}/chat/messages/{messageId}</c> (updateMeetingChatMessageById).</summary>
public sealed record LiveMeetingChatMessageUpdateRequest
{
    /// <summary>The content of the chat message.</summary>
    public string? MessageContent { get; init; }
}

/// <summary>Zoom values of <c>LiveMeetingControlMethod</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<LiveMeetingControlMethod>))]
public enum LiveMeetingControlMethod
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>recording.start</c>.</summary>
    [JsonStringEnumMemberName("recording.start")] RecordingStart,
    /// <summary><c>recording.stop</c>.</summary>
    [JsonStringEnumMemberName("recording.stop")] RecordingStop,
    /// <summary><c>recording.pause</c>.</summary>
    [JsonStringEnumMemberName("recording.pause")] RecordingPause,
    /// <summary><c>recording.resume</c>.</summary>
    [JsonStringEnumMemberName("recording.resume")] RecordingResume,
    /// <summary><c>participant.invite</c>.</summary>
    [JsonStringEnumMemberName("participant.invite")] ParticipantInvite,
    /// <summary><c>participant.invite.callout</c>.</summary>
    [JsonStringEnumMemberName("participant.invite.callout")] ParticipantInviteCallout,
    /// <summary><c>participant.invite.room_system_callout</c>.</summary>
    [JsonStringEnumMemberName("participant.invite.room_system_callout")] ParticipantInviteRoomSystemCallout,
    /// <summary><c>waiting_room.update</c>.</summary>
    [JsonStringEnumMemberName("waiting_room.update")] WaitingRoomUpdate,
    /// <summary><c>ai_companion.start</c>.</summary>
    [JsonStringEnumMemberName("ai_companion.start")] AiCompanionStart,
    /// <summary><c>ai_companion.stop</c>.</summary>
    [JsonStringEnumMemberName("ai_companion.stop")] AiCompanionStop,
    /// <summary><c>ai_companion.disable</c>.</summary>
    [JsonStringEnumMemberName("ai_companion.disable")] AiCompanionDisable,
}

/// <summary>Information about the participant.invite.callout settings.</summary>
public sealed record LiveMeetingControlParamsInviteOptions
{
    /// <summary>Whether to require a greeting before being connected.</summary>
    public bool? RequireGreeting { get; init; }

    /// <summary>Whether to require pressing 1 before being connected.</summary>
    public bool? RequirePressingOne { get; init; }
}

/// <summary>Enable customers to leverage services that require customization of the FROM header to identify the caller.</summary>
public sealed record LiveMeetingControlParamsH323Headers
{
    /// <summary>Custom name that will be used within the h323 Header.</summary>
    public string? FromDisplayName { get; init; }

    /// <summary>Custom remote name that will be used within the meeting.</summary>
    public string? ToDisplayName { get; init; }
}

/// <summary>A nested object of a Zoom API payload.</summary>
public sealed record LiveMeetingControlParamsSipHeadersAdditionalHeader
{
    /// <summary>Additional custom SIP header's key.</summary>
    public string? Key { get; init; }

    /// <summary>Additional custom SIP header's value.</summary>
    public string? Value { get; init; }
}

/// <summary>Enable customers to leverage services that require customization of the FROM header to identify the caller.</summary>
public sealed record LiveMeetingControlParamsSipHeaders
{
    /// <summary>Custom name that will be used within the SIP Header.</summary>
    public string? FromDisplayName { get; init; }

    /// <summary>Custom remote name that will be used within the meeting.</summary>
    public string? ToDisplayName { get; init; }

    /// <summary>Custom URI that will be used within the SIP Header.</summary>
    public string? FromUri { get; init; }

    /// <summary>Ability to add 1 to 10 custom headers, each of which has a maximum length of 256 bytes to comply with SIP standards.</summary>
    public IReadOnlyList<LiveMeetingControlParamsSipHeadersAdditionalHeader>? AdditionalHeaders { get; init; }
}

/// <summary>Zoom values of <c>LiveMeetingControlParamsAiCompanionMode</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<LiveMeetingControlParamsAiCompanionMode>))]
public enum LiveMeetingControlParamsAiCompanionMode
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>questions</c>.</summary>
    [JsonStringEnumMemberName("questions")] Questions,
    /// <summary><c>summary</c>.</summary>
    [JsonStringEnumMemberName("summary")] Summary,
    /// <summary><c>all</c>.</summary>
    [JsonStringEnumMemberName("all")] All,
}

/// <summary>The in-meeting parameters.</summary>
public sealed record LiveMeetingControlParams
{
    /// <summary>The user's email address or the user ID, up to a maximum of 10 contacts.</summary>
    public IReadOnlyList<UserFeatureBulkUser>? Contacts { get; init; }

    /// <summary>The user's name to display in the meeting.</summary>
    public string? InviteeName { get; init; }

    /// <summary>The user's phone number.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? PhoneNumber { get; init; }

    /// <summary>Information about the participant.invite.callout settings.</summary>
    public LiveMeetingControlParamsInviteOptions? InviteOptions { get; init; }

    /// <summary>The type of call out.</summary>
    public string? CallType { get; init; }

    /// <summary>The user's device IP address or URI.</summary>
    public string? DeviceIp { get; init; }

    /// <summary>Enable customers to leverage services that require customization of the FROM header to identify the caller.</summary>
    public LiveMeetingControlParamsH323Headers? H323Headers { get; init; }

    /// <summary>Enable customers to leverage services that require customization of the FROM header to identify the caller.</summary>
    public LiveMeetingControlParamsSipHeaders? SipHeaders { get; init; }

    /// <summary>The title displayed in the waiting room.</summary>
    public string? WaitingRoomTitle { get; init; }

    /// <summary>The description shown in the waiting room.</summary>
    public string? WaitingRoomDescription { get; init; }

    /// <summary>Which AI Companion mode to start or stop.</summary>
    public LiveMeetingControlParamsAiCompanionMode? AiCompanionMode { get; init; }

    /// <summary>Whether to retain the meeting transcript when starting or stopping the AI Companion meeting summary.</summary>
    public bool? RetainMeetingTranscript { get; init; }

    /// <summary>Whether to delete all meeting assets - such as transcripts and summaries - when stopping the AI Companion.</summary>
    public bool? DeleteMeetingAssets { get; init; }
}

/// <summary>The body of <c>PATCH /live_meetings/{meetingId}/events</c> (inMeetingControl).</summary>
public sealed record LiveMeetingControlRequest
{
    /// <summary>The method that you would like to control.</summary>
    public LiveMeetingControlMethod? Method { get; init; }

    /// <summary>The in-meeting parameters.</summary>
    public LiveMeetingControlParams? Params { get; init; }
}

/// <summary>Zoom values of <c>LiveMeetingRtmsStatusAction</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<LiveMeetingRtmsStatusAction>))]
public enum LiveMeetingRtmsStatusAction
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>start</c>.</summary>
    [JsonStringEnumMemberName("start")] Start,
    /// <summary><c>stop</c>.</summary>
    [JsonStringEnumMemberName("stop")] Stop,
    /// <summary><c>pause</c>.</summary>
    [JsonStringEnumMemberName("pause")] Pause,
    /// <summary><c>resume</c>.</summary>
    [JsonStringEnumMemberName("resume")] Resume,
}

/// <summary>The participant's RTMS app settings.</summary>
public sealed record LiveMeetingRtmsStatusSettings
{
    /// <summary>The participant's user ID.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? ParticipantUserId { get; init; }

    /// <summary>The unique identifier of the authorized app, configured in the Account Settings under Allow apps to access meeting content.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? ClientId { get; init; }
}

/// <summary>The participant's RTMS app status.</summary>
public sealed record LiveMeetingRtmsStatusRequest
{
    /// <summary>The participant's RTMS app status.</summary>
    public LiveMeetingRtmsStatusAction? Action { get; init; }

    /// <summary>The participant's RTMS app settings.</summary>
    public LiveMeetingRtmsStatusSettings? Settings { get; init; }
}

/// <summary>The meeting summary object.</summary>
public sealed record MeetingAiSummaryListItem
{
    /// <summary>The ID of the user who is set as the meeting host.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? MeetingHostId { get; init; }

    /// <summary>The meeting host's email address.</summary>
    public string? MeetingHostEmail { get; init; }

    /// <summary>Unique meeting ID.</summary>
    public string? MeetingUuid { get; init; }

    /// <summary>Meeting ID - the meeting's unique identifier in long format, represented as int64 data type in JSON, also known as the meeting number.</summary>
    public long? MeetingId { get; init; }

    /// <summary>Meeting topic.</summary>
    public string? MeetingTopic { get; init; }

    /// <summary>The meeting's start date and time.</summary>
    public DateTimeOffset? MeetingStartTime { get; init; }

    /// <summary>The meeting's end date and time.</summary>
    public DateTimeOffset? MeetingEndTime { get; init; }

    /// <summary>The summary's start date and time.</summary>
    public DateTimeOffset? SummaryStartTime { get; init; }

    /// <summary>The summary's end date and time.</summary>
    public DateTimeOffset? SummaryEndTime { get; init; }

    /// <summary>The date and time when the meeting summary was created.</summary>
    public DateTimeOffset? SummaryCreatedTime { get; init; }

    /// <summary>The date and time when the meeting summary was last modified.</summary>
    public DateTimeOffset? SummaryLastModifiedTime { get; init; }
}

/// <summary>The response of <c>GET /meetings/meeting_summaries</c> (Listmeetingsummaries).</summary>
public sealed record MeetingSummaryList : IZoomPage<MeetingAiSummaryListItem>
{
    /// <summary>The number of records returned with a single API call.</summary>
    public long? PageSize { get; init; }

    /// <summary>Use the next page token to paginate through a large set of results.</summary>
    public string? NextPageToken { get; init; }

    /// <summary>The start date, in yyyy-MM-dd'T'HH:mm:ss'Z' UTC format, used to retrieve the meeting summaries' creation date range.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>The end date, in yyyy-MM-dd'T'HH:mm:ss'Z' UTC format, used to retrieve the meeting summaries' creation date range.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>List of meeting summary objects.</summary>
    public IReadOnlyList<MeetingAiSummaryListItem>? Summaries { get; init; }

    IReadOnlyList<MeetingAiSummaryListItem> IZoomPage<MeetingAiSummaryListItem>.Items => Summaries ?? [];
}

/// <summary>A nested object of a Zoom API payload.</summary>
public sealed record MeetingPollQuestionPrompt
{
    /// <summary>The question prompt's title.</summary>
    public string? PromptQuestion { get; init; }

    /// <summary>The question prompt's correct answers.</summary>
    public IReadOnlyList<string>? PromptRightAnswers { get; init; }
}

/// <summary>Zoom values of <c>MeetingPollQuestionType</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<MeetingPollQuestionType>))]
public enum MeetingPollQuestionType
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>single</c>.</summary>
    [JsonStringEnumMemberName("single")] SingleChoice,
    /// <summary><c>multiple</c>.</summary>
    [JsonStringEnumMemberName("multiple")] Multiple,
    /// <summary><c>matching</c>.</summary>
    [JsonStringEnumMemberName("matching")] Matching,
    /// <summary><c>rank_order</c>.</summary>
    [JsonStringEnumMemberName("rank_order")] RankOrder,
    /// <summary><c>short_answer</c>.</summary>
    [JsonStringEnumMemberName("short_answer")] ShortAnswer,
    /// <summary><c>long_answer</c>.</summary>
    [JsonStringEnumMemberName("long_answer")] LongAnswer,
    /// <summary><c>fill_in_the_blank</c>.</summary>
    [JsonStringEnumMemberName("fill_in_the_blank")] FillInTheBlank,
    /// <summary><c>rating_scale</c>.</summary>
    [JsonStringEnumMemberName("rating_scale")] RatingScale,
}

/// <summary>A nested object of a Zoom API payload.</summary>
public sealed record MeetingPollQuestion
{
    /// <summary>The allowed maximum number of characters.</summary>
    public int? AnswerMaxCharacter { get; init; }

    /// <summary>The allowed minimum number of characters.</summary>
    public int? AnswerMinCharacter { get; init; }

    /// <summary>Whether participants must answer the question.</summary>
    public bool? AnswerRequired { get; init; }

    /// <summary>The poll question's available answers.</summary>
    public IReadOnlyList<string>? Answers { get; init; }

    /// <summary>Whether the correct answer is case sensitive.</summary>
    public bool? CaseSensitive { get; init; }

    /// <summary>The poll question's title.</summary>
    public string? Name { get; init; }

    /// <summary>The information about the prompt questions.</summary>
    public IReadOnlyList<MeetingPollQuestionPrompt>? Prompts { get; init; }

    /// <summary>The high score label for the rating_max_value field.</summary>
    public string? RatingMaxLabel { get; init; }

    /// <summary>The rating scale's maximum value.</summary>
    public int? RatingMaxValue { get; init; }

    /// <summary>The low score label for the rating_min_value field.</summary>
    public string? RatingMinLabel { get; init; }

    /// <summary>The rating scale's minimum value.</summary>
    public int? RatingMinValue { get; init; }

    /// <summary>The poll question's correct answer(s).</summary>
    public IReadOnlyList<string>? RightAnswers { get; init; }

    /// <summary>Whether to display the radio selection as a drop-down box.</summary>
    public bool? ShowAsDropdown { get; init; }

    /// <summary>The poll's question and answer type.</summary>
    public MeetingPollQuestionType? Type { get; init; }
}

/// <summary>Zoom values of <c>MeetingPollBatchPollStatus</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<MeetingPollBatchPollStatus>))]
public enum MeetingPollBatchPollStatus
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>notstart</c>.</summary>
    [JsonStringEnumMemberName("notstart")] Notstart,
    /// <summary><c>started</c>.</summary>
    [JsonStringEnumMemberName("started")] Started,
    /// <summary><c>ended</c>.</summary>
    [JsonStringEnumMemberName("ended")] Ended,
    /// <summary><c>sharing</c>.</summary>
    [JsonStringEnumMemberName("sharing")] Sharing,
}

/// <summary>A nested object of a Zoom API payload.</summary>
public sealed record MeetingPollBatchPoll
{
    /// <summary>Whether to allow meeting participants to answer poll questions anonymously.</summary>
    public bool? Anonymous { get; init; }

    /// <summary>Meeting Poll ID</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? Id { get; init; }

    /// <summary>The type of poll.</summary>
    public int? PollType { get; init; }

    /// <summary>The information about the poll's questions.</summary>
    public IReadOnlyList<MeetingPollQuestion>? Questions { get; init; }

    /// <summary>The status of the meeting poll.</summary>
    public MeetingPollBatchPollStatus? Status { get; init; }

    /// <summary>The title for the poll.</summary>
    public string? Title { get; init; }
}

/// <summary>The response of <c>POST /meetings/{meetingId}/batch_polls</c> (createBatchPolls).</summary>
public sealed record MeetingPollBatch
{
    /// <summary>The <c>polls</c> value.</summary>
    public IReadOnlyList<MeetingPollBatchPoll>? Polls { get; init; }
}

/// <summary>A nested object of a Zoom API payload.</summary>
public sealed record MeetingPollBatchCreatePoll
{
    /// <summary>Whether to allow meeting participants to answer poll questions anonymously.</summary>
    public bool? Anonymous { get; init; }

    /// <summary>The type of poll.</summary>
    public int? PollType { get; init; }

    /// <summary>The information about the poll's questions.</summary>
    public IReadOnlyList<MeetingPollQuestion>? Questions { get; init; }

    /// <summary>The poll's title, up to 64 characters.</summary>
    public string? Title { get; init; }
}

/// <summary>The body of <c>POST /meetings/{meetingId}/batch_polls</c> (createBatchPolls).</summary>
public sealed record MeetingPollBatchCreateRequest
{
    /// <summary>The information about the meeting's polls.</summary>
    public IReadOnlyList<MeetingPollBatchCreatePoll>? Polls { get; init; }
}

/// <summary>A nested object of a Zoom API payload.</summary>
public sealed record MeetingRegistrantBatchRegistrant
{
    /// <summary>Email address of the registrant.</summary>
    public string? Email { get; init; }

    /// <summary>Unique URL using which registrant can join the meeting.</summary>
    public string? JoinUrl { get; init; }

    /// <summary>Unique identifier of the registrant.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? RegistrantId { get; init; }

    /// <summary>The participant PIN code is used to authenticate audio participants before they join the meeting.</summary>
    public long? ParticipantPinCode { get; init; }
}

/// <summary>The response of <c>POST /meetings/{meetingId}/batch_registrants</c> (addBatchRegistrants).</summary>
public sealed record MeetingRegistrantBatchResult
{
    /// <summary>The <c>registrants</c> value.</summary>
    public IReadOnlyList<MeetingRegistrantBatchRegistrant>? Registrants { get; init; }
}

/// <summary>A nested object of a Zoom API payload.</summary>
public sealed record MeetingRegistrantBatchItem
{
    /// <summary>Email address of the registrant.</summary>
    public string? Email { get; init; }

    /// <summary>First name of the registrant.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name of the registrant.</summary>
    public string? LastName { get; init; }
}

/// <summary>The body of <c>POST /meetings/{meetingId}/batch_registrants</c> (addBatchRegistrants).</summary>
public sealed record MeetingRegistrantBatchRequest
{
    /// <summary>If a meeting was scheduled with approval_type 1 (manual approval), but you would like to automatically approve the registrants that are added via this API,...</summary>
    public bool? AutoApprove { get; init; }

    /// <summary>Send confirmation Email to Registrants</summary>
    public bool? RegistrantsConfirmationEmail { get; init; }

    /// <summary>The <c>registrants</c> value.</summary>
    public IReadOnlyList<MeetingRegistrantBatchItem>? Registrants { get; init; }
}

/// <summary>A nested object of a Zoom API payload.</summary>
public sealed record MeetingInviteLinksAttendee
{
    /// <summary>The URL to join the meeting.</summary>
    public string? JoinUrl { get; init; }

    /// <summary>The user's display name.</summary>
    public string? Name { get; init; }
}

/// <summary>Invite links response.</summary>
public sealed record MeetingInviteLinks
{
    /// <summary>The attendee list.</summary>
    public IReadOnlyList<MeetingInviteLinksAttendee>? Attendees { get; init; }
}

/// <summary>A nested object of a Zoom API payload.</summary>
public sealed record MeetingInviteLinksCreateAttendee
{
    /// <summary>User display name.</summary>
    public string? Name { get; init; }

    /// <summary>Whether to disable participant video when joining the meeting.</summary>
    public bool? DisableVideo { get; init; }

    /// <summary>Whether to disable participant audio when joining the meeting.</summary>
    public bool? DisableAudio { get; init; }
}

/// <summary>Invite links.</summary>
public sealed record MeetingInviteLinksCreateRequest
{
    /// <summary>The attendees list.</summary>
    public IReadOnlyList<MeetingInviteLinksCreateAttendee>? Attendees { get; init; }

    /// <summary>The invite link's expiration time, in seconds.</summary>
    public long? Ttl { get; init; }
}

/// <summary>Information about the meeting's join token.</summary>
public sealed record MeetingJoinToken
{
    /// <summary>The number of seconds the join token is valid for before it expires.</summary>
    public long? ExpireIn { get; init; }

    /// <summary>A secret (kept out of <see cref="ToString"/>): the join token.</summary>
    public string? Token { get; init; }

    /// <summary>Prints the non-secret fields only.</summary>
    public override string ToString() => $"MeetingJoinToken {{ ExpireIn = {ExpireIn} }}";
}

/// <summary>The response of <c>GET /meetings/{meetingId}/livestream</c> (getMeetingLiveStreamDetails).</summary>
public sealed record MeetingLivestream
{
    /// <summary>Live streaming page URL.</summary>
    public string? PageUrl { get; init; }

    /// <summary>A secret (kept out of <see cref="ToString"/>): stream Key.</summary>
    public string? StreamKey { get; init; }

    /// <summary>Stream URL.</summary>
    public string? StreamUrl { get; init; }

    /// <summary>The number of pixels in each dimension that the video camera can display.</summary>
    public string? Resolution { get; init; }

    /// <summary>Prints the non-secret fields only.</summary>
    public override string ToString() => $"MeetingLivestream {{ PageUrl = {PageUrl}, StreamUrl = {StreamUrl}, Resolution = {Resolution} }}";
}

/// <summary>Meeting live stream.</summary>
public sealed record MeetingLivestreamUpdateRequest
{
    /// <summary>The live stream page URL.</summary>
    public string? PageUrl { get; init; }

    /// <summary>A secret (kept out of <see cref="ToString"/>): stream name and key.</summary>
    public string? StreamKey { get; init; }

    /// <summary>Streaming URL.</summary>
    public string? StreamUrl { get; init; }

    /// <summary>The number of pixels in each dimension that the video camera can display, required when a user enables 1080p.</summary>
    public string? Resolution { get; init; }

    /// <summary>Prints the non-secret fields only.</summary>
    public override string ToString() => $"MeetingLivestreamUpdateRequest {{ PageUrl = {PageUrl}, StreamUrl = {StreamUrl}, Resolution = {Resolution} }}";
}

/// <summary>Zoom values of <c>MeetingLivestreamStatusAction</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<MeetingLivestreamStatusAction>))]
public enum MeetingLivestreamStatusAction
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>start</c>.</summary>
    [JsonStringEnumMemberName("start")] Start,
    /// <summary><c>stop</c>.</summary>
    [JsonStringEnumMemberName("stop")] Stop,
    /// <summary><c>mode</c>.</summary>
    [JsonStringEnumMemberName("mode")] Mode,
}

/// <summary>Zoom values of <c>MeetingLivestreamStatusSettingsLayout</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<MeetingLivestreamStatusSettingsLayout>))]
public enum MeetingLivestreamStatusSettingsLayout
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>follow_host</c>.</summary>
    [JsonStringEnumMemberName("follow_host")] FollowHost,
    /// <summary><c>gallery_view</c>.</summary>
    [JsonStringEnumMemberName("gallery_view")] GalleryView,
    /// <summary><c>speaker_view</c>.</summary>
    [JsonStringEnumMemberName("speaker_view")] SpeakerView,
}

/// <summary>Zoom values of <c>MeetingLivestreamStatusSettingsCloseCaption</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<MeetingLivestreamStatusSettingsCloseCaption>))]
public enum MeetingLivestreamStatusSettingsCloseCaption
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>burnt-in</c>.</summary>
    [JsonStringEnumMemberName("burnt-in")] BurntIn,
    /// <summary><c>embedded</c>.</summary>
    [JsonStringEnumMemberName("embedded")] Embedded,
    /// <summary><c>off</c>.</summary>
    [JsonStringEnumMemberName("off")] Off,
}

/// <summary>The meeting's livestreaming settings.</summary>
public sealed record MeetingLivestreamStatusSettings
{
    /// <summary>Whether to display the name of the active speaker during a meeting's livestream.</summary>
    public bool? ActiveSpeakerName { get; init; }

    /// <summary>The display name of the meeting's livestream.</summary>
    public string? DisplayName { get; init; }

    /// <summary>The layout of the meeting's livestream.</summary>
    public MeetingLivestreamStatusSettingsLayout? Layout { get; init; }

    /// <summary>The livestream's closed caption type for this session.</summary>
    public MeetingLivestreamStatusSettingsCloseCaption? CloseCaption { get; init; }
}

/// <summary>The meeting's livestream status.</summary>
public sealed record MeetingLivestreamStatusRequest
{
    /// <summary>The meeting's livestream status.</summary>
    public MeetingLivestreamStatusAction? Action { get; init; }

    /// <summary>The meeting's livestreaming settings.</summary>
    public MeetingLivestreamStatusSettings? Settings { get; init; }
}

/// <summary>The summary detail object.</summary>
public sealed record MeetingAiSummaryDetail
{
    /// <summary>The summary label.</summary>
    public string? Label { get; init; }

    /// <summary>The summary content.</summary>
    public string? Summary { get; init; }
}

/// <summary>The edited summary content.</summary>
public sealed record MeetingAiSummaryEditedSummary
{
    /// <summary>The user edited summary overview.</summary>
    public string? SummaryOverview { get; init; }

    /// <summary>The user edited summary details.</summary>
    public string? SummaryDetails { get; init; }

    /// <summary>The user edited next steps.</summary>
    public IReadOnlyList<string>? NextSteps { get; init; }
}

/// <summary>The response of <c>GET /meetings/{meetingId}/meeting_summary</c> (Getameetingsummary).</summary>
public sealed record MeetingAiSummary
{
    /// <summary>The ID of the user who is set as the meeting host.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? MeetingHostId { get; init; }

    /// <summary>The meeting host's email address.</summary>
    public string? MeetingHostEmail { get; init; }

    /// <summary>The unique meeting ID.</summary>
    public string? MeetingUuid { get; init; }

    /// <summary>The meeting ID The meeting's unique identifier in long format, represented as int64 data type in JSON.</summary>
    public long? MeetingId { get; init; }

    /// <summary>The meeting topic.</summary>
    public string? MeetingTopic { get; init; }

    /// <summary>The meeting's start date and time.</summary>
    public DateTimeOffset? MeetingStartTime { get; init; }

    /// <summary>The meeting's end date and time.</summary>
    public DateTimeOffset? MeetingEndTime { get; init; }

    /// <summary>The summary's start date and time.</summary>
    public DateTimeOffset? SummaryStartTime { get; init; }

    /// <summary>The summary's end date and time.</summary>
    public DateTimeOffset? SummaryEndTime { get; init; }

    /// <summary>The date and time when the meeting summary was created.</summary>
    public DateTimeOffset? SummaryCreatedTime { get; init; }

    /// <summary>The date and time when the meeting summary was last modified.</summary>
    public DateTimeOffset? SummaryLastModifiedTime { get; init; }

    /// <summary>The user ID of the user who last modified the meeting summary.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? SummaryLastModifiedUserId { get; init; }

    /// <summary>The user email of the user who last modified the meeting summary.</summary>
    public string? SummaryLastModifiedUserEmail { get; init; }

    /// <summary>The summary title.</summary>
    public string? SummaryTitle { get; init; }

    /// <summary>The summary overview.</summary>
    public string? SummaryOverview { get; init; }

    /// <summary>The summary content details.</summary>
    public IReadOnlyList<MeetingAiSummaryDetail>? SummaryDetails { get; init; }

    /// <summary>The next steps.</summary>
    public IReadOnlyList<string>? NextSteps { get; init; }

    /// <summary>The edited summary content.</summary>
    public MeetingAiSummaryEditedSummary? EditedSummary { get; init; }

    /// <summary>The complete meeting summary in Markdown format.</summary>
    public string? SummaryContent { get; init; }

    /// <summary>The URL to view the full summary document in Zoom Docs.</summary>
    public string? SummaryDocUrl { get; init; }
}

/// <summary>The response of <c>POST /meetings/{meetingId}/open_apps</c> (meetingAppAdd).</summary>
public sealed record MeetingAppAdded
{
    /// <summary>The meeting ID.</summary>
    public long? Id { get; init; }

    /// <summary>For scheduled meetings only.</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>The app's ID.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? AppId { get; init; }
}

/// <summary>Zoom values of <c>MeetingPollStatus</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<MeetingPollStatus>))]
public enum MeetingPollStatus
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>notstart</c>.</summary>
    [JsonStringEnumMemberName("notstart")] Notstart,
    /// <summary><c>started</c>.</summary>
    [JsonStringEnumMemberName("started")] Started,
    /// <summary><c>ended</c>.</summary>
    [JsonStringEnumMemberName("ended")] Ended,
    /// <summary><c>sharing</c>.</summary>
    [JsonStringEnumMemberName("sharing")] Sharing,
    /// <summary><c>deactivated</c>.</summary>
    [JsonStringEnumMemberName("deactivated")] Deactivated,
}

/// <summary>A nested object of a Zoom API payload.</summary>
public sealed record MeetingPoll
{
    /// <summary>The poll ID.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? Id { get; init; }

    /// <summary>The meeting poll's status.</summary>
    public MeetingPollStatus? Status { get; init; }

    /// <summary>Whether meeting participants can answer poll questions anonymously.</summary>
    public bool? Anonymous { get; init; }

    /// <summary>The type of poll.</summary>
    public int? PollType { get; init; }

    /// <summary>Information about the poll's questions.</summary>
    public IReadOnlyList<MeetingPollQuestion>? Questions { get; init; }

    /// <summary>The poll's title, up to 64 characters.</summary>
    public string? Title { get; init; }
}

/// <summary>Poll List</summary>
public sealed record MeetingPollList
{
    /// <summary>An array of polls.</summary>
    public IReadOnlyList<MeetingPoll>? Polls { get; init; }

    /// <summary>The number of all records available across pages</summary>
    public int? TotalRecords { get; init; }
}

/// <summary>The body of <c>POST /meetings/{meetingId}/polls</c> (meetingPollCreate).</summary>
public sealed record MeetingPollRequest
{
    /// <summary>Whether meeting participants answer poll questions anonymously.</summary>
    public bool? Anonymous { get; init; }

    /// <summary>The type of poll.</summary>
    public int? PollType { get; init; }

    /// <summary>The information about the poll's questions.</summary>
    public IReadOnlyList<MeetingPollQuestion>? Questions { get; init; }

    /// <summary>The poll's title, up to 64 characters.</summary>
    public string? Title { get; init; }
}

/// <summary>Zoom values of <c>MeetingRegistrationQuestionsCustomQuestionType</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<MeetingRegistrationQuestionsCustomQuestionType>))]
public enum MeetingRegistrationQuestionsCustomQuestionType
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>short</c>.</summary>
    [JsonStringEnumMemberName("short")] ShortValue,
    /// <summary><c>single</c>.</summary>
    [JsonStringEnumMemberName("single")] SingleChoice,
}

/// <summary>A nested object of a Zoom API payload.</summary>
public sealed record MeetingRegistrationQuestionsCustomQuestion
{
    /// <summary>Answer choices for the question.</summary>
    public IReadOnlyList<string>? Answers { get; init; }

    /// <summary>Whether or not the custom question is required to be answered by participants or not.</summary>
    public bool? Required { get; init; }

    /// <summary>Title of the custom question.</summary>
    public string? Title { get; init; }

    /// <summary>Type of the question being asked.</summary>
    public MeetingRegistrationQuestionsCustomQuestionType? Type { get; init; }
}

/// <summary>Zoom values of <c>MeetingRegistrationQuestionsQuestionFieldName</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<MeetingRegistrationQuestionsQuestionFieldName>))]
public enum MeetingRegistrationQuestionsQuestionFieldName
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>last_name</c>.</summary>
    [JsonStringEnumMemberName("last_name")] LastName,
    /// <summary><c>address</c>.</summary>
    [JsonStringEnumMemberName("address")] Address,
    /// <summary><c>city</c>.</summary>
    [JsonStringEnumMemberName("city")] City,
    /// <summary><c>country</c>.</summary>
    [JsonStringEnumMemberName("country")] Country,
    /// <summary><c>zip</c>.</summary>
    [JsonStringEnumMemberName("zip")] Zip,
    /// <summary><c>state</c>.</summary>
    [JsonStringEnumMemberName("state")] State,
    /// <summary><c>phone</c>.</summary>
    [JsonStringEnumMemberName("phone")] Phone,
    /// <summary><c>industry</c>.</summary>
    [JsonStringEnumMemberName("industry")] Industry,
    /// <summary><c>org</c>.</summary>
    [JsonStringEnumMemberName("org")] Org,
    /// <summary><c>job_title</c>.</summary>
    [JsonStringEnumMemberName("job_title")] JobTitle,
    /// <summary><c>purchasing_time_frame</c>.</summary>
    [JsonStringEnumMemberName("purchasing_time_frame")] PurchasingTimeFrame,
    /// <summary><c>role_in_purchase_process</c>.</summary>
    [JsonStringEnumMemberName("role_in_purchase_process")] RoleInPurchaseProcess,
    /// <summary><c>no_of_employees</c>.</summary>
    [JsonStringEnumMemberName("no_of_employees")] NoOfEmployees,
    /// <summary><c>comments</c>.</summary>
    [JsonStringEnumMemberName("comments")] Comments,
}

/// <summary>A nested object of a Zoom API payload.</summary>
public sealed record MeetingRegistrationQuestionsQuestion
{
    /// <summary>Field name of the question.</summary>
    public MeetingRegistrationQuestionsQuestionFieldName? FieldName { get; init; }

    /// <summary>Whether or not the displayed fields are required to be filled out by registrants.</summary>
    public bool? Required { get; init; }
}

/// <summary>The response of <c>GET /meetings/{meetingId}/registrants/questions</c> (meetingRegistrantsQuestionsGet).</summary>
public sealed record MeetingRegistrationQuestions
{
    /// <summary>Array of custom questions for registrants.</summary>
    public IReadOnlyList<MeetingRegistrationQuestionsCustomQuestion>? CustomQuestions { get; init; }

    /// <summary>Array of registrant questions.</summary>
    public IReadOnlyList<MeetingRegistrationQuestionsQuestion>? Questions { get; init; }
}

/// <summary>Zoom values of <c>MeetingRegistrantStatusAction</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<MeetingRegistrantStatusAction>))]
public enum MeetingRegistrantStatusAction
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>approve</c>.</summary>
    [JsonStringEnumMemberName("approve")] Approve,
    /// <summary><c>cancel</c>.</summary>
    [JsonStringEnumMemberName("cancel")] Cancel,
    /// <summary><c>deny</c>.</summary>
    [JsonStringEnumMemberName("deny")] Deny,
}

/// <summary>The body of <c>PUT /meetings/{meetingId}/registrants/status</c> (meetingRegistrantStatus).</summary>
public sealed record MeetingRegistrantStatusRequest
{
    /// <summary>Registrant status.</summary>
    public MeetingRegistrantStatusAction? Action { get; init; }

    /// <summary>List of registrants.</summary>
    public IReadOnlyList<UserFeatureBulkUser>? Registrants { get; init; }
}

/// <summary>Information about custom questions.</summary>
public sealed record MeetingRegistrantDetailsCustomQuestion
{
    /// <summary>The title of the custom question.</summary>
    public string? Title { get; init; }

    /// <summary>The custom question's response value.</summary>
    public string? Value { get; init; }
}

/// <summary>Zoom values of <c>MeetingRegistrantDetailsNoOfEmployees</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<MeetingRegistrantDetailsNoOfEmployees>))]
public enum MeetingRegistrantDetailsNoOfEmployees
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c></c>.</summary>
    [JsonStringEnumMemberName("")] Empty,
    /// <summary><c>1-20</c>.</summary>
    [JsonStringEnumMemberName("1-20")] Value120,
    /// <summary><c>21-50</c>.</summary>
    [JsonStringEnumMemberName("21-50")] Value2150,
    /// <summary><c>51-100</c>.</summary>
    [JsonStringEnumMemberName("51-100")] Value51100,
    /// <summary><c>101-250</c>.</summary>
    [JsonStringEnumMemberName("101-250")] Value101250,
    /// <summary><c>251-500</c>.</summary>
    [JsonStringEnumMemberName("251-500")] Value251500,
    /// <summary><c>501-1,000</c>.</summary>
    [JsonStringEnumMemberName("501-1,000")] Value5011000,
    /// <summary><c>1,001-5,000</c>.</summary>
    [JsonStringEnumMemberName("1,001-5,000")] Value10015000,
    /// <summary><c>5,001-10,000</c>.</summary>
    [JsonStringEnumMemberName("5,001-10,000")] Value500110000,
    /// <summary><c>More than 10,000</c>.</summary>
    [JsonStringEnumMemberName("More than 10,000")] MoreThan10000,
}

/// <summary>Zoom values of <c>MeetingRegistrantDetailsPurchasingTimeFrame</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<MeetingRegistrantDetailsPurchasingTimeFrame>))]
public enum MeetingRegistrantDetailsPurchasingTimeFrame
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c></c>.</summary>
    [JsonStringEnumMemberName("")] Empty,
    /// <summary><c>Within a month</c>.</summary>
    [JsonStringEnumMemberName("Within a month")] WithinAMonth,
    /// <summary><c>1-3 months</c>.</summary>
    [JsonStringEnumMemberName("1-3 months")] Value13Months,
    /// <summary><c>4-6 months</c>.</summary>
    [JsonStringEnumMemberName("4-6 months")] Value46Months,
    /// <summary><c>More than 6 months</c>.</summary>
    [JsonStringEnumMemberName("More than 6 months")] MoreThan6Months,
    /// <summary><c>No timeframe</c>.</summary>
    [JsonStringEnumMemberName("No timeframe")] NoTimeframe,
}

/// <summary>Zoom values of <c>MeetingRegistrantDetailsRoleInPurchaseProcess</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<MeetingRegistrantDetailsRoleInPurchaseProcess>))]
public enum MeetingRegistrantDetailsRoleInPurchaseProcess
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c></c>.</summary>
    [JsonStringEnumMemberName("")] Empty,
    /// <summary><c>Decision Maker</c>.</summary>
    [JsonStringEnumMemberName("Decision Maker")] DecisionMaker,
    /// <summary><c>Evaluator/Recommender</c>.</summary>
    [JsonStringEnumMemberName("Evaluator/Recommender")] EvaluatorRecommender,
    /// <summary><c>Influencer</c>.</summary>
    [JsonStringEnumMemberName("Influencer")] Influencer,
    /// <summary><c>Not involved</c>.</summary>
    [JsonStringEnumMemberName("Not involved")] NotInvolved,
}

/// <summary>Zoom values of <c>MeetingRegistrantDetailsStatus</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<MeetingRegistrantDetailsStatus>))]
public enum MeetingRegistrantDetailsStatus
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>approved</c>.</summary>
    [JsonStringEnumMemberName("approved")] Approved,
    /// <summary><c>denied</c>.</summary>
    [JsonStringEnumMemberName("denied")] Denied,
    /// <summary><c>pending</c>.</summary>
    [JsonStringEnumMemberName("pending")] Pending,
}

/// <summary>The response of <c>GET /meetings/{meetingId}/registrants/{registrantId}</c> (meetingRegistrantGet).</summary>
public sealed record MeetingRegistrantDetails
{
    /// <summary>The <c>id</c> value.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? Id { get; init; }

    /// <summary>The registrant's address.</summary>
    public string? Address { get; init; }

    /// <summary>The registrant's city.</summary>
    public string? City { get; init; }

    /// <summary>The registrant's questions and comments.</summary>
    public string? Comments { get; init; }

    /// <summary>The registrant's two-letter country code.</summary>
    public string? Country { get; init; }

    /// <summary>Information about custom questions.</summary>
    public IReadOnlyList<MeetingRegistrantDetailsCustomQuestion>? CustomQuestions { get; init; }

    /// <summary>The registrant's email address.</summary>
    public string? Email { get; init; }

    /// <summary>The registrant's first name.</summary>
    public string? FirstName { get; init; }

    /// <summary>The registrant's industry.</summary>
    public string? Industry { get; init; }

    /// <summary>The registrant's job title.</summary>
    public string? JobTitle { get; init; }

    /// <summary>The registrant's last name.</summary>
    public string? LastName { get; init; }

    /// <summary>The registrant's number of employees.</summary>
    public MeetingRegistrantDetailsNoOfEmployees? NoOfEmployees { get; init; }

    /// <summary>The registrant's organization.</summary>
    public string? Org { get; init; }

    /// <summary>The registrant's phone number.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? Phone { get; init; }

    /// <summary>The registrant's purchasing time frame.</summary>
    public MeetingRegistrantDetailsPurchasingTimeFrame? PurchasingTimeFrame { get; init; }

    /// <summary>The registrant's role in the purchase process.</summary>
    public MeetingRegistrantDetailsRoleInPurchaseProcess? RoleInPurchaseProcess { get; init; }

    /// <summary>The registrant's state or province.</summary>
    public string? State { get; init; }

    /// <summary>The registrant's status.</summary>
    public MeetingRegistrantDetailsStatus? Status { get; init; }

    /// <summary>The registrant's ZIP or postal code.</summary>
    public string? Zip { get; init; }

    /// <summary>The registrant's registration date and time.</summary>
    public DateTimeOffset? CreateTime { get; init; }

    /// <summary>The URL with which the approved registrant can join the meeting.</summary>
    public string? JoinUrl { get; init; }

    /// <summary>The participant PIN code is used to authenticate audio participants before they join the meeting.</summary>
    public long? ParticipantPinCode { get; init; }
}

/// <summary>Information about the meeting's encoded SIP URI.</summary>
public sealed record MeetingSipDialing
{
    /// <summary>The meeting's encoded SIP URI.</summary>
    public string? SipDialing { get; init; }

    /// <summary>Whether the API caller has a CRC (Conference Room Connector) plan.</summary>
    public bool? PaidCrcPlanParticipant { get; init; }

    /// <summary>This value identifies the meeting participant.</summary>
    public string? ParticipantIdentifierCode { get; init; }

    /// <summary>The number of seconds the encoded SIP URI is valid before it expires.</summary>
    public long? ExpireIn { get; init; }
}

/// <summary>The body of <c>POST /meetings/{meetingId}/sip_dialing</c> (getSipDialingWithPasscode).</summary>
public sealed record MeetingSipDialingRequest
{
    /// <summary>A secret (kept out of <see cref="ToString"/>): if customers desire that a passcode be embedded in the SIP URI dial string, they must supply the passcode.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? Passcode { get; init; }

    /// <summary>Prints the non-secret fields only.</summary>
    public override string ToString() => "MeetingSipDialingRequest { }";
}

/// <summary>A nested object of a Zoom API payload.</summary>
public sealed record MeetingSurveyCustomSurveyQuestionPrompt
{
    /// <summary>The question prompt's title.</summary>
    public string? PromptQuestion { get; init; }
}

/// <summary>A nested object of a Zoom API payload.</summary>
public sealed record MeetingSurveyCustomSurveyQuestion
{
    /// <summary>The survey question, up to 420 characters.</summary>
    public string? Name { get; init; }

    /// <summary>The survey's question and answer type.</summary>
    public MeetingPollQuestionType? Type { get; init; }

    /// <summary>Whether participants must answer the question.</summary>
    public bool? AnswerRequired { get; init; }

    /// <summary>Whether to display the radio selection as a drop-down box.</summary>
    public bool? ShowAsDropdown { get; init; }

    /// <summary>The survey question's available answers.</summary>
    public IReadOnlyList<string>? Answers { get; init; }

    /// <summary>Information about the prompt questions.</summary>
    public IReadOnlyList<MeetingSurveyCustomSurveyQuestionPrompt>? Prompts { get; init; }

    /// <summary>The allowed minimum number of characters.</summary>
    public int? AnswerMinCharacter { get; init; }

    /// <summary>The allowed maximum number of characters.</summary>
    public int? AnswerMaxCharacter { get; init; }

    /// <summary>The rating scale's minimum value.</summary>
    public int? RatingMinValue { get; init; }

    /// <summary>The rating scale's maximum value, up to a maximum value of 10.</summary>
    public int? RatingMaxValue { get; init; }

    /// <summary>The low score label used for the rating_min_value field, up to 50 characters.</summary>
    public string? RatingMinLabel { get; init; }

    /// <summary>The high score label used for the rating_max_value field, up to 50 characters.</summary>
    public string? RatingMaxLabel { get; init; }
}

/// <summary>Information about the customized meeting survey.</summary>
public sealed record MeetingSurveyCustomSurvey
{
    /// <summary>The survey's title, up to 64 characters.</summary>
    public string? Title { get; init; }

    /// <summary>Allow participants to anonymously answer survey questions.</summary>
    public bool? Anonymous { get; init; }

    /// <summary>Whether to display the number in the question name.</summary>
    public bool? NumberedQuestions { get; init; }

    /// <summary>Whether to display the question type in the question name.</summary>
    public bool? ShowQuestionType { get; init; }

    /// <summary>The survey's feedback, up to 320 characters.</summary>
    public string? Feedback { get; init; }

    /// <summary>Information about the meeting survey's questions.</summary>
    public IReadOnlyList<MeetingSurveyCustomSurveyQuestion>? Questions { get; init; }
}

/// <summary>Information about the meeting survey.</summary>
public sealed record MeetingSurvey
{
    /// <summary>Information about the customized meeting survey.</summary>
    public MeetingSurveyCustomSurvey? CustomSurvey { get; init; }

    /// <summary>Whether the Show in the browser when the meeting ends option is enabled.</summary>
    public bool? ShowInTheBrowser { get; init; }

    /// <summary>The link to the third party meeting survey.</summary>
    public string? ThirdPartySurvey { get; init; }
}

/// <summary>Information about the meeting token.</summary>
public sealed record MeetingToken
{
    /// <summary>A secret (kept out of <see cref="ToString"/>): the generated meeting token.</summary>
    public string? Token { get; init; }

    /// <summary>Prints the non-secret fields only.</summary>
    public override string ToString() => "MeetingToken { }";
}

/// <summary>A nested object of a Zoom API payload.</summary>
public sealed record PastMeetingPollResultsQuestionDetail
{
    /// <summary>Answer submitted by the user.</summary>
    public string? Answer { get; init; }

    /// <summary>Date and time at which the answer to the poll was submitted.</summary>
    public DateTimeOffset? DateTime { get; init; }

    /// <summary>Unique identifier of the poll.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? PollingId { get; init; }

    /// <summary>Question asked during the poll.</summary>
    public string? Question { get; init; }
}

/// <summary>A nested object of a Zoom API payload.</summary>
public sealed record PastMeetingPollResultsQuestion
{
    /// <summary>Email address of the user who submitted answers to the poll.</summary>
    public string? Email { get; init; }

    /// <summary>Name of the user who submitted answers to the poll.</summary>
    public string? Name { get; init; }

    /// <summary>The <c>question_details</c> value.</summary>
    public IReadOnlyList<PastMeetingPollResultsQuestionDetail>? QuestionDetails { get; init; }
}

/// <summary>The response of <c>GET /past_meetings/{meetingId}/polls</c> (listPastMeetingPolls).</summary>
public sealed record PastMeetingPollResults
{
    /// <summary>Meeting ID.</summary>
    public long? Id { get; init; }

    /// <summary>The <c>questions</c> value.</summary>
    public IReadOnlyList<PastMeetingPollResultsQuestion>? Questions { get; init; }

    /// <summary>The start time of the meeting.</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>Meeting UUID.</summary>
    public string? Uuid { get; init; }
}

/// <summary>A nested object of a Zoom API payload.</summary>
public sealed record PastMeetingQaQuestionDetail
{
    /// <summary>An answer submitted for the question.</summary>
    public string? Answer { get; init; }

    /// <summary>A question asked during the Q&amp;A.</summary>
    public string? Question { get; init; }
}

/// <summary>A nested object of a Zoom API payload.</summary>
public sealed record PastMeetingQaQuestion
{
    /// <summary>The user's email address.</summary>
    public string? Email { get; init; }

    /// <summary>The user's name.</summary>
    public string? Name { get; init; }

    /// <summary>The <c>question_details</c> value.</summary>
    public IReadOnlyList<PastMeetingQaQuestionDetail>? QuestionDetails { get; init; }
}

/// <summary>The response of <c>GET /past_meetings/{meetingId}/qa</c> (listPastMeetingQA).</summary>
public sealed record PastMeetingQa
{
    /// <summary>Meeting ID.</summary>
    public long? Id { get; init; }

    /// <summary>The <c>questions</c> value.</summary>
    public IReadOnlyList<PastMeetingQaQuestion>? Questions { get; init; }

    /// <summary>The meeting's start time.</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>Meeting UUID.</summary>
    public string? Uuid { get; init; }
}

/// <summary>A nested object of a Zoom API payload.</summary>
public sealed record MeetingTemplate
{
    /// <summary>The template ID.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? Id { get; init; }

    /// <summary>The template name.</summary>
    public string? Name { get; init; }

    /// <summary>The template type.</summary>
    public int? Type { get; init; }
}

/// <summary>The response of <c>GET /users/{userId}/meeting_templates</c> (listMeetingTemplates).</summary>
public sealed record MeetingTemplateList
{
    /// <summary>The <c>templates</c> value.</summary>
    public IReadOnlyList<MeetingTemplate>? Templates { get; init; }

    /// <summary>Total records found for this request.</summary>
    public int? TotalRecords { get; init; }
}

/// <summary>The response of <c>POST /users/{userId}/meeting_templates</c> (meetingTemplateCreate).</summary>
public sealed record MeetingTemplateCreated
{
    /// <summary>The template ID.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? Id { get; init; }

    /// <summary>The template name.</summary>
    public string? Name { get; init; }
}

/// <summary>The body of <c>POST /users/{userId}/meeting_templates</c> (meetingTemplateCreate).</summary>
public sealed record MeetingTemplateCreateRequest
{
    /// <summary>The meeting ID - the meeting number in long (int64) format.</summary>
    public long? MeetingId { get; init; }

    /// <summary>The template name.</summary>
    public string? Name { get; init; }

    /// <summary>If the field is set to true, the recurrence meeting template will be saved as the scheduled meeting.</summary>
    public bool? SaveRecurrence { get; init; }

    /// <summary>Overwrite an existing meeting template if the template is created from same existing meeting.</summary>
    public bool? Overwrite { get; init; }
}
