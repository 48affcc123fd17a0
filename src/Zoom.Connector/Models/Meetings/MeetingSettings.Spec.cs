// Models derived field by field from the Zoom API specs (see docs/api-coverage.md).
using System.Text.Json.Serialization;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Models;

/// <summary>Zoom values of <c>MeetingSettingsApprovedOrDeniedCountriesOrRegionsMethod</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<MeetingSettingsApprovedOrDeniedCountriesOrRegionsMethod>))]
public enum MeetingSettingsApprovedOrDeniedCountriesOrRegionsMethod
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>approve</c>.</summary>
    [JsonStringEnumMemberName("approve")] Approve,
    /// <summary><c>deny</c>.</summary>
    [JsonStringEnumMemberName("deny")] Deny,
}

/// <summary>Approve or block users from specific regions/countries from joining this meeting.</summary>
public sealed record MeetingSettingsApprovedOrDeniedCountriesOrRegions
{
    /// <summary>List of countries/regions from where participants can join this meeting.</summary>
    public IReadOnlyList<string>? ApprovedList { get; init; }

    /// <summary>List of countries or regions from where participants can not join this meeting.</summary>
    public IReadOnlyList<string>? DeniedList { get; init; }

    /// <summary>true - Setting enabled to either allow users or block users from specific regions to join your meetings.</summary>
    public bool? Enable { get; init; }

    /// <summary>Specify whether to allow users from specific regions to join this meeting.</summary>
    public MeetingSettingsApprovedOrDeniedCountriesOrRegionsMethod? Method { get; init; }
}

/// <summary>A video management channel that a meeting's recordings are added to.</summary>
public sealed record MeetingSettingsAutoAddRecordingToVideoManagementChannel
{
    /// <summary>The unique ID of a video management channel.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? ChannelId { get; init; }

    /// <summary>The name of the video management channel.</summary>
    public string? Name { get; init; }
}

/// <summary>Automatically add meeting recordings to a video channel in video management.</summary>
public sealed record MeetingSettingsAutoAddRecordingToVideoManagement
{
    /// <summary>Whether to automatically add the meeting recording to video management.</summary>
    public bool? Enable { get; init; }

    /// <summary>List of video management channels where the meeting recording will be added.</summary>
    public IReadOnlyList<MeetingSettingsAutoAddRecordingToVideoManagementChannel>? Channels { get; init; }
}

/// <summary>Breakout rooms assigned before the meeting starts, and whether that pre-assignment is on.</summary>
public sealed record MeetingSettingsBreakoutRoom
{
    /// <summary>The breakout room's name.</summary>
    public string? Name { get; init; }

    /// <summary>Email addresses of the participants who are to be assigned to the breakout room.</summary>
    public IReadOnlyList<string>? Participants { get; init; }
}

/// <summary>Setting to pre-assign breakout rooms.</summary>
public sealed record MeetingBreakoutRoom
{
    /// <summary>Set this field's value to true if you would like to enable the breakout room pre-assign option.</summary>
    public bool? Enable { get; init; }

    /// <summary>Create room or rooms.</summary>
    public IReadOnlyList<MeetingSettingsBreakoutRoom>? Rooms { get; init; }
}

/// <summary>Information about the Enable continuous meeting chat feature.</summary>
public sealed record MeetingSettingsContinuousMeetingChat
{
    /// <summary>Whether to enable the Enable continuous meeting chat setting.</summary>
    public bool? Enable { get; init; }

    /// <summary>Whether to enable the Automatically add invited external users setting.</summary>
    public bool? AutoAddInvitedExternalUsers { get; init; }

    /// <summary>Whether to enable the Automatically add meeting participants setting.</summary>
    public bool? AutoAddMeetingParticipants { get; init; }

    /// <summary>The channel's ID.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? ChannelId { get; init; }
}

/// <summary>A custom key-value pair attached to a meeting for the host's own tracking.</summary>
public sealed record MeetingSettingsCustomKey
{
    /// <summary>Custom key associated with the user.</summary>
    public string? Key { get; init; }

    /// <summary>Value of the custom key associated with the user.</summary>
    public string? Value { get; init; }
}

/// <summary>A language interpreter of a meeting and the languages they interpret between.</summary>
public sealed record MeetingSettingsLanguageInterpretationInterpreter
{
    /// <summary>The interpreter's email address.</summary>
    public string? Email { get; init; }

    /// <summary>A comma-separated list of the interpreter's languages.</summary>
    public string? Languages { get; init; }

    /// <summary>A comma-separated list of the interpreter's languages.</summary>
    public string? InterpreterLanguages { get; init; }
}

/// <summary>The meeting's language interpretation settings.</summary>
public sealed record MeetingSettingsLanguageInterpretation
{
    /// <summary>Whether to enable language interpretation for the meeting.</summary>
    public bool? Enable { get; init; }

    /// <summary>Information about the meeting's language interpreters.</summary>
    public IReadOnlyList<MeetingSettingsLanguageInterpretationInterpreter>? Interpreters { get; init; }
}

/// <summary>Zoom values of <c>MeetingSettingsQuestionAndAnswerQuestionVisibility</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<MeetingSettingsQuestionAndAnswerQuestionVisibility>))]
public enum MeetingSettingsQuestionAndAnswerQuestionVisibility
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>answered</c>.</summary>
    [JsonStringEnumMemberName("answered")] Answered,
    /// <summary><c>all</c>.</summary>
    [JsonStringEnumMemberName("all")] All,
}

/// <summary>Q&amp;A for meeting.</summary>
public sealed record MeetingSettingsQuestionAndAnswer
{
    /// <summary>* true - Enable Q&amp;A for the meeting.</summary>
    public bool? Enable { get; init; }

    /// <summary>* true - Allow participants to submit questions.</summary>
    public bool? AllowSubmitQuestions { get; init; }

    /// <summary>* true - Allow participants to send questions without providing their name to the host, co-host, and panelists.</summary>
    public bool? AllowAnonymousQuestions { get; init; }

    /// <summary>Indicate whether you want attendees to be able to view only answered questions, or view all questions.</summary>
    public MeetingSettingsQuestionAndAnswerQuestionVisibility? QuestionVisibility { get; init; }

    /// <summary>* true - Attendees can answer questions or leave a comment in the question thread.</summary>
    public bool? AttendeesCanComment { get; init; }

    /// <summary>* true - Attendees can select the thumbs up button to bring popular questions to the top of the Q&amp;A window.</summary>
    public bool? AttendeesCanUpvote { get; init; }
}

/// <summary>Zoom values of <c>MeetingSettingsResourcePermissionLevel</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<MeetingSettingsResourcePermissionLevel>))]
public enum MeetingSettingsResourcePermissionLevel
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>editor</c>.</summary>
    [JsonStringEnumMemberName("editor")] Editor,
    /// <summary><c>commenter</c>.</summary>
    [JsonStringEnumMemberName("commenter")] Commenter,
    /// <summary><c>viewer</c>.</summary>
    [JsonStringEnumMemberName("viewer")] Viewer,
}

/// <summary>A resource (such as a whiteboard) shared into a meeting, and who may use it.</summary>
public sealed record MeetingSettingsResource
{
    /// <summary>The resource type.</summary>
    public string? ResourceType { get; init; }

    /// <summary>The resource ID.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? ResourceId { get; init; }

    /// <summary>The permission levels for users to access the whiteboard.</summary>
    public MeetingSettingsResourcePermissionLevel? PermissionLevel { get; init; }
}

/// <summary>A sign language interpreter of a meeting and the sign language they interpret into.</summary>
public sealed record MeetingSettingsSignLanguageInterpretationInterpreter
{
    /// <summary>The interpreter's email address.</summary>
    public string? Email { get; init; }

    /// <summary>The interpreter's sign language.</summary>
    public string? SignLanguage { get; init; }
}

/// <summary>The meeting's sign language interpretation settings.</summary>
public sealed record MeetingSettingsSignLanguageInterpretation
{
    /// <summary>Whether to enable sign language interpretation for the meeting.</summary>
    public bool? Enable { get; init; }

    /// <summary>Information about the meeting's sign language interpreters.</summary>
    public IReadOnlyList<MeetingSettingsSignLanguageInterpretationInterpreter>? Interpreters { get; init; }
}

/// <summary>Zoom values of <c>MeetingSettingsWaitingRoomOptionsMode</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<MeetingSettingsWaitingRoomOptionsMode>))]
public enum MeetingSettingsWaitingRoomOptionsMode
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>follow_setting</c>.</summary>
    [JsonStringEnumMemberName("follow_setting")] FollowSetting,
    /// <summary><c>custom</c>.</summary>
    [JsonStringEnumMemberName("custom")] Custom,
}

/// <summary>Zoom values of <c>MeetingSettingsWaitingRoomOptionsWhoGoesToWaitingRoom</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<MeetingSettingsWaitingRoomOptionsWhoGoesToWaitingRoom>))]
public enum MeetingSettingsWaitingRoomOptionsWhoGoesToWaitingRoom
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>everyone</c>.</summary>
    [JsonStringEnumMemberName("everyone")] Everyone,
    /// <summary><c>users_not_in_account</c>.</summary>
    [JsonStringEnumMemberName("users_not_in_account")] UsersNotInAccount,
    /// <summary><c>users_not_in_account_or_whitelisted_domains</c>.</summary>
    [JsonStringEnumMemberName("users_not_in_account_or_whitelisted_domains")] UsersNotInAccountOrWhitelistedDomains,
    /// <summary><c>users_not_on_invite</c>.</summary>
    [JsonStringEnumMemberName("users_not_on_invite")] UsersNotOnInvite,
    /// <summary><c>users_not_in_org</c>.</summary>
    [JsonStringEnumMemberName("users_not_in_org")] UsersNotInOrg,
}

/// <summary>Configuration settings for the meeting's waiting room.</summary>
public sealed record MeetingSettingsWaitingRoomOptions
{
    /// <summary>This field specifies the waiting room behavior for this meeting.</summary>
    public MeetingSettingsWaitingRoomOptionsMode? Mode { get; init; }

    /// <summary>Which participants should be placed into the waiting room.</summary>
    public MeetingSettingsWaitingRoomOptionsWhoGoesToWaitingRoom? WhoGoesToWaitingRoom { get; init; }
}

/// <content>The settings of the 2026 Meetings spec that the first version of the model did not type.</content>
public sealed partial record MeetingSettings
{
    /// <summary>Add additional meeting data center regions.</summary>
    public IReadOnlyList<string>? AdditionalDataCenterRegions { get; init; }

    /// <summary>Whether to allow the host and co-hosts to fully control the mute state of participants.</summary>
    public bool? AllowHostControlParticipantMuteState { get; init; }

    /// <summary>Whether to allow an alternative host to manage meeting cloud recordings.</summary>
    public bool? AlternativeHostManageCloudRecording { get; init; }

    /// <summary>Whether to allow an alternative host to manage meeting summaries.</summary>
    public bool? AlternativeHostManageMeetingSummary { get; init; }

    /// <summary>Whether the Allow alternative hosts to add or edit polls feature is enabled.</summary>
    public bool? AlternativeHostUpdatePolls { get; init; }

    /// <summary>Approve or block users from specific regions/countries from joining this meeting.</summary>
    public MeetingSettingsApprovedOrDeniedCountriesOrRegions? ApprovedOrDeniedCountriesOrRegions { get; init; }

    /// <summary>Automatically add meeting recordings to a video channel in video management.</summary>
    public MeetingSettingsAutoAddRecordingToVideoManagement? AutoAddRecordingToVideoManagement { get; init; }

    /// <summary>Whether to automatically start AI Companion questions.</summary>
    public bool? AutoStartAiCompanionQuestions { get; init; }

    /// <summary>Setting to pre-assign breakout rooms.</summary>
    public MeetingBreakoutRoom? BreakoutRoom { get; init; }

    /// <summary>Information about the Enable continuous meeting chat feature.</summary>
    public MeetingSettingsContinuousMeetingChat? ContinuousMeetingChat { get; init; }

    /// <summary>Custom keys and values assigned to the meeting.</summary>
    public IReadOnlyList<MeetingSettingsCustomKey>? CustomKeys { get; init; }

    /// <summary>Enable the device testing.</summary>
    public bool? DeviceTesting { get; init; }

    /// <summary>Whether to disable the participant video during meeting.</summary>
    public bool? DisableParticipantVideo { get; init; }

    /// <summary>Whether to include authenticated guest's email addresses in meetings' attendee reports.</summary>
    public bool? EmailInAttendeeReport { get; init; }

    /// <summary>Whether the Allow host to save video order feature is enabled.</summary>
    public bool? HostSaveVideoOrder { get; init; }

    /// <summary>The meeting's language interpretation settings.</summary>
    public MeetingSettingsLanguageInterpretation? LanguageInterpretation { get; init; }

    /// <summary>Whether to set the meeting as a participant focused meeting.</summary>
    public bool? ParticipantFocusedMeeting { get; init; }

    /// <summary>Q&amp;A for meeting.</summary>
    public MeetingSettingsQuestionAndAnswer? QuestionAndAnswer { get; init; }

    /// <summary>Whether to enable the Request permission to unmute participants setting.</summary>
    public bool? RequestPermissionToUnmuteParticipants { get; init; }

    /// <summary>The meeting's resources.</summary>
    public IReadOnlyList<MeetingSettingsResource>? Resources { get; init; }

    /// <summary>The meeting's sign language interpretation settings.</summary>
    public MeetingSettingsSignLanguageInterpretation? SignLanguageInterpretation { get; init; }

    /// <summary>The summary template ID used to generate a meeting summary based on a predefined template.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? SummaryTemplateId { get; init; }

    /// <summary>Configuration settings for the meeting's waiting room.</summary>
    public MeetingSettingsWaitingRoomOptions? WaitingRoomOptions { get; init; }

    /// <summary>Defines who can ask questions about this meeting's transcript.</summary>
    public int? WhoCanAskQuestions { get; init; }

    /// <summary>Defines who will receive a summary after this meeting.</summary>
    public int? WhoWillReceiveSummary { get; init; }
}
