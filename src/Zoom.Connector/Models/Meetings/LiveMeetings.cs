// Models derived field by field from the Zoom API specs (see docs/api-coverage.md).
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

/// <summary>How Zoom connects a person it calls out to from a live meeting: greeting and key press before joining.</summary>
public sealed record LiveMeetingControlParamsInviteOptions
{
    /// <summary>Whether to require a greeting before being connected.</summary>
    public bool? RequireGreeting { get; init; }

    /// <summary>Whether to require pressing 1 before being connected.</summary>
    public bool? RequirePressingOne { get; init; }
}

/// <summary>Caller names shown when a live meeting calls out to an H.323 room system.</summary>
public sealed record LiveMeetingControlParamsH323Headers
{
    /// <summary>Custom name that will be used within the h323 Header.</summary>
    public string? FromDisplayName { get; init; }

    /// <summary>Custom remote name that will be used within the meeting.</summary>
    public string? ToDisplayName { get; init; }
}

/// <summary>One extra SIP header (name and value) sent when a live meeting calls out to a SIP room system.</summary>
public sealed record LiveMeetingControlParamsSipHeadersAdditionalHeader
{
    /// <summary>Additional custom SIP header's key.</summary>
    public string? Key { get; init; }

    /// <summary>Additional custom SIP header's value.</summary>
    public string? Value { get; init; }
}

/// <summary>The SIP headers (caller name, caller URI, extra headers) sent when a live meeting calls out to a SIP room system.</summary>
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

/// <summary>The arguments of an in-meeting control: whom to invite or call, the waiting-room text, or the AI Companion mode, depending on the method.</summary>
public sealed record LiveMeetingControlParams
{
    /// <summary>The user's email address or the user ID, up to a maximum of 10 contacts.</summary>
    public IReadOnlyList<UserReference>? Contacts { get; init; }

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

/// <summary>Which participant and which authorized app a Realtime Media Streams (RTMS) status change is for.</summary>
public sealed record LiveMeetingRtmsStatusSettings
{
    /// <summary>The participant's user ID.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? ParticipantUserId { get; init; }

    /// <summary>The unique identifier of the authorized app, configured in the Account Settings under Allow apps to access meeting content.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? ClientId { get; init; }
}

/// <summary>Starts, stops, pauses or resumes a participant's Realtime Media Streams (RTMS) app in a live meeting: the body of <c>PATCH /live_meetings/{meetingId}/rtms_app/status</c>.</summary>
public sealed record LiveMeetingRtmsStatusRequest
{
    /// <summary>The participant's RTMS app status.</summary>
    public LiveMeetingRtmsStatusAction? Action { get; init; }

    /// <summary>The participant's RTMS app settings.</summary>
    public LiveMeetingRtmsStatusSettings? Settings { get; init; }
}
