// Models derived field by field from the Zoom API specs (see docs/api-coverage.md).
using System.Text.Json.Serialization;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Models;

/// <summary>A meeting template a user can schedule from: its id, name and type.</summary>
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
    /// <summary>The user's meeting templates.</summary>
    public IReadOnlyList<MeetingTemplate>? Templates { get; init; }

    /// <summary>Total records found for this request.</summary>
    public int? TotalRecords { get; init; }
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

/// <summary>The response of <c>POST /users/{userId}/meeting_templates</c> (meetingTemplateCreate).</summary>
public sealed record MeetingTemplateCreated
{
    /// <summary>The template ID.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? Id { get; init; }

    /// <summary>The template name.</summary>
    public string? Name { get; init; }
}

/// <summary>The response of <c>GET /users/{userId}/meeting_templates/{meetingTemplateId}</c> (getUserMeetingTemplates).</summary>
public sealed record MeetingTemplateDetails
{
    /// <summary>Meeting template ID.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? Id { get; init; }

    /// <summary>Meeting template name.</summary>
    public string? Name { get; init; }

    /// <summary>Meeting Template settings.</summary>
    public MeetingTemplateSettings? Settings { get; init; }
}

/// <summary>The settings a meeting template applies to the meetings scheduled from it.</summary>
public sealed record MeetingTemplateSettings
{
    /// <summary>In-meeting settings of the template.</summary>
    public MeetingTemplateSettingsInMeeting? InMeeting { get; init; }

    /// <summary>Recording settings of the template.</summary>
    public MeetingTemplateSettingsRecording? Recording { get; init; }

    /// <summary>Scheduling defaults of the template.</summary>
    public MeetingTemplateSettingsScheduleMeeting? ScheduleMeeting { get; init; }

    /// <summary>Security settings of the template.</summary>
    public MeetingTemplateSettingsMeetingSecurity? MeetingSecurity { get; init; }
}

/// <summary>In-meeting settings a meeting template applies: chat, screen sharing, captions, entry chime and more.</summary>
public sealed record MeetingTemplateSettingsInMeeting
{
    /// <summary>Play sound when participants join or leave.</summary>
    public MeetingTemplateSettingsInMeetingEntryExitChime? EntryExitChime { get; init; }

    /// <summary>Add a Feedback tab to the Windows Settings or Mac Preferences dialog.</summary>
    public bool? Feedback { get; init; }

    /// <summary>Add 'Polls' to the meeting controls.</summary>
    public bool? Polling { get; init; }

    /// <summary>Whether to display a thumbs up or thumbs down feedback survey at the end of each meeting.</summary>
    public bool? PostMeetingFeedback { get; init; }

    /// <summary>Whether to allow hosts and participants to share their screen or content during meetings.</summary>
    public bool? ScreenSharing { get; init; }

    /// <summary>The type of user who can share their screen or content during meetings.</summary>
    public MeetingTemplateSettingsInMeetingWhoCanShareScreen? WhoCanShareScreen { get; init; }

    /// <summary>Indicates who is allowed to start sharing screen when someone else in the meeting is sharing their screen.</summary>
    public MeetingTemplateSettingsInMeetingWhoCanShareScreen? WhoCanShareScreenWhenSomeoneIsSharing { get; init; }

    /// <summary>Whether the Disable desktop screen sharing for meetings you host setting is enabled.</summary>
    public bool? DisableScreenSharingForHostMeetings { get; init; }

    /// <summary>Allow participants to use annotation tools to add information to shared screens.</summary>
    public bool? Annotation { get; init; }

    /// <summary>Allow participants to share a whiteboard that includes annotation tools.</summary>
    public bool? Whiteboard { get; init; }

    /// <summary>Whether to enable the Remote control setting.</summary>
    public bool? RemoteControl { get; init; }

    /// <summary>Allow participants in a meeting to provide nonverbal feedback and express opinions by clicking on icons in the Participants panel.</summary>
    public bool? NonVerbalFeedback { get; init; }

    /// <summary>If the value of this field is set to true, meeting participants and webinar panelists are allowed to rename themselves during a meeting or a webinar.</summary>
    public bool? AllowParticipantsToRename { get; init; }

    /// <summary>Allow the meeting host to split meeting participants into separate breakout rooms.</summary>
    public bool? BreakoutRoom { get; init; }

    /// <summary>Allow meeting host to provide 1:1 remote support to another participant.</summary>
    public bool? RemoteSupport { get; init; }

    /// <summary>Information about manual captioning settings.</summary>
    public MeetingTemplateSettingsInMeetingManualCaptioning? ManualCaptioning { get; init; }

    /// <summary>Information about closed captioning settings.</summary>
    public MeetingTemplateSettingsInMeetingClosedCaptioning? ClosedCaptioning { get; init; }
}

/// <summary>Zoom values of <c>MeetingTemplateSettingsInMeetingEntryExitChime</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<MeetingTemplateSettingsInMeetingEntryExitChime>))]
public enum MeetingTemplateSettingsInMeetingEntryExitChime
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>host</c>.</summary>
    [JsonStringEnumMemberName("host")] Host,
    /// <summary><c>all</c>.</summary>
    [JsonStringEnumMemberName("all")] All,
    /// <summary><c>none</c>.</summary>
    [JsonStringEnumMemberName("none")] None,
}

/// <summary>Zoom values of <c>MeetingTemplateSettingsInMeetingWhoCanShareScreen</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<MeetingTemplateSettingsInMeetingWhoCanShareScreen>))]
public enum MeetingTemplateSettingsInMeetingWhoCanShareScreen
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>host</c>.</summary>
    [JsonStringEnumMemberName("host")] Host,
    /// <summary><c>all</c>.</summary>
    [JsonStringEnumMemberName("all")] All,
}

/// <summary>Whether a meeting template lets the host type or assign someone to type captions.</summary>
public sealed record MeetingTemplateSettingsInMeetingManualCaptioning
{
    /// <summary>Whether to enable Zoom's live transcription feature.</summary>
    public bool? AutoGeneratedCaptions { get; init; }

    /// <summary>Whether the host can manually caption or let the host assign a participant to provide manual captioning.</summary>
    public bool? AllowToType { get; init; }

    /// <summary>Whether to enable manual closed captioning.</summary>
    public bool? ManualCaptions { get; init; }

    /// <summary>Allow participants to save closed captions.</summary>
    public bool? SaveCaptions { get; init; }
}

/// <summary>Whether a meeting template turns on closed captions and saved transcripts.</summary>
public sealed record MeetingTemplateSettingsInMeetingClosedCaptioning
{
    /// <summary>Whether to allow live transcription service to transcribe meeting automatically.</summary>
    public bool? AutoTranscribing { get; init; }

    /// <summary>Whether to allow the host to type closed captions or assign a participant or 3rd-party service to provide closed captioning.</summary>
    public bool? Enable { get; init; }

    /// <summary>Whether to allow participants to save closed captions or transcripts.</summary>
    public bool? SaveCaption { get; init; }
}

/// <summary>The recording settings a meeting template applies.</summary>
public sealed record MeetingTemplateSettingsRecording
{
    /// <summary>Automatic recording.</summary>
    public MeetingTemplateSettingsRecordingAutoRecording? AutoRecording { get; init; }
}

/// <summary>Zoom values of <c>MeetingTemplateSettingsRecordingAutoRecording</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<MeetingTemplateSettingsRecordingAutoRecording>))]
public enum MeetingTemplateSettingsRecordingAutoRecording
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>local</c>.</summary>
    [JsonStringEnumMemberName("local")] Local,
    /// <summary><c>cloud</c>.</summary>
    [JsonStringEnumMemberName("cloud")] Cloud,
    /// <summary><c>none</c>.</summary>
    [JsonStringEnumMemberName("none")] None,
}

/// <summary>The scheduling defaults a meeting template applies: host and participant video.</summary>
public sealed record MeetingTemplateSettingsScheduleMeeting
{
    /// <summary>Start meetings with host video on.</summary>
    public bool? HostVideo { get; init; }

    /// <summary>Start meetings with the participant video on.</summary>
    public bool? ParticipantVideo { get; init; }

    /// <summary>Mute participants upon entry.</summary>
    public bool? MuteUponEntry { get; init; }
}

/// <summary>The security settings a meeting template applies.</summary>
public sealed record MeetingTemplateSettingsMeetingSecurity
{
    /// <summary>Whether participants are placed in the Waiting Room when they join a meeting.</summary>
    public bool? WaitingRoom { get; init; }
}
