// Models derived field by field from the Zoom API specs (see docs/api-coverage.md).
using System.Text.Json;
using System.Text.Json.Serialization;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Models;

/// <summary>
/// A user's settings (<c>GET /users/{userId}/settings</c>). Each group is kept as JSON so that every setting Zoom
/// returns (there are hundreds, and Zoom adds more) survives a read-modify-write unchanged.
/// </summary>
public sealed record UserSettings
{
    /// <summary>Scheduling defaults.</summary>
    public JsonElement? ScheduleMeeting { get; init; }

    /// <summary>In-meeting features.</summary>
    public JsonElement? InMeeting { get; init; }

    /// <summary>Email notifications.</summary>
    public JsonElement? EmailNotification { get; init; }

    /// <summary>Recording settings.</summary>
    public JsonElement? Recording { get; init; }

    /// <summary>Telephony settings.</summary>
    public JsonElement? Telephony { get; init; }

    /// <summary>Features.</summary>
    public JsonElement? Feature { get; init; }

    /// <summary>TSP settings.</summary>
    public JsonElement? Tsp { get; init; }

    /// <summary>Profile settings.</summary>
    public JsonElement? Profile { get; init; }

    /// <summary>Audio conferencing settings.</summary>
    public JsonElement? AudioConferencing { get; init; }

    /// <summary>Whiteboard settings.</summary>
    public JsonElement? Whiteboard { get; init; }

    /// <summary>Authentication options (with <c>option=meeting_authentication</c> or <c>recording_authentication</c>).</summary>
    public JsonElement? AuthenticationOptions { get; init; }

    /// <summary>Meeting security (with <c>option=meeting_security</c>).</summary>
    public JsonElement? MeetingSecurity { get; init; }

    /// <summary>Groups this version does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>
    /// Names the groups present, never their values: settings carry secrets (PMI passcodes, default meeting
    /// passwords, TSP credentials).
    /// </summary>
    public override string ToString()
    {
        var groups = new List<string>();
        void Add(string name, JsonElement? value)
        {
            if (value is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined })
            {
                groups.Add(name);
            }
        }

        Add("schedule_meeting", ScheduleMeeting);
        Add("in_meeting", InMeeting);
        Add("email_notification", EmailNotification);
        Add("recording", Recording);
        Add("telephony", Telephony);
        Add("feature", Feature);
        Add("tsp", Tsp);
        Add("profile", Profile);
        Add("audio_conferencing", AudioConferencing);
        Add("whiteboard", Whiteboard);
        Add("authentication_options", AuthenticationOptions);
        Add("meeting_security", MeetingSecurity);
        groups.AddRange(AdditionalProperties?.Keys ?? []);
        return $"UserSettings {{ Groups = {string.Join(", ", groups)} }}";
    }
}

/// <summary>The body of <c>PATCH /users/{userId}/settings</c> (userSettingsUpdate).</summary>
public sealed record UserSettingsUpdateRequest
{
    /// <summary>Which emails Zoom sends the user.</summary>
    public UserSettingsEmailNotification? EmailNotification { get; init; }

    /// <summary>The user's licensed features.</summary>
    public UserSettingsFeature? Feature { get; init; }

    /// <summary>In-meeting settings.</summary>
    public UserSettingsInMeeting? InMeeting { get; init; }

    /// <summary>Profile settings.</summary>
    public UserSettingsProfile? Profile { get; init; }

    /// <summary>Recording settings.</summary>
    public UserSettingsRecording? Recording { get; init; }

    /// <summary>Scheduling defaults.</summary>
    public UserSettingsScheduleMeeting? ScheduleMeeting { get; init; }

    /// <summary>Phone-audio settings.</summary>
    public UserSettingsTelephony? Telephony { get; init; }

    /// <summary>Account Settings.</summary>
    public UserSettingsTsp? Tsp { get; init; }

    /// <summary>Meeting Authentication Options</summary>
    public UserSettingsAuthenticationOption? AuthenticationOption { get; init; }

    /// <summary>Only authenticated users can join meetings</summary>
    public bool? MeetingAuthentication { get; init; }

    /// <summary>Only authenticated users can view cloud recordings</summary>
    public bool? RecordingAuthentication { get; init; }

    /// <summary>Meeting security settings.</summary>
    public UserSettingsMeetingSecurity? MeetingSecurity { get; init; }
}

/// <summary>Which emails Zoom sends the user (meeting cancelled, alternative host set, recording available, ...).</summary>
public sealed record UserSettingsEmailNotification
{
    /// <summary>When an alternative host is set or removed from a meeting.</summary>
    public bool? AlternativeHostReminder { get; init; }

    /// <summary>When a meeting is cancelled.</summary>
    public bool? CancelMeetingReminder { get; init; }

    /// <summary>Whether to notify the host when a cloud recording is available.</summary>
    public bool? CloudRecordingAvailableReminder { get; init; }

    /// <summary>When attendees join meeting before host.</summary>
    public bool? JbhReminder { get; init; }

    /// <summary>Whether to notify any alternative hosts when a cloud recording is available.</summary>
    public bool? RecordingAvailableReminderAlternativeHosts { get; init; }

    /// <summary>Whether to notify the person who scheduled the meeting or webinar for the host when a cloud recording is available.</summary>
    public bool? RecordingAvailableReminderSchedulers { get; init; }

    /// <summary>Notify the host there is a meeting is scheduled, rescheduled, or cancelled.</summary>
    public bool? ScheduleForReminder { get; init; }
}

/// <summary>Zoom values of <c>UserSettingsFeatureConcurrentMeeting</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<UserSettingsFeatureConcurrentMeeting>))]
public enum UserSettingsFeatureConcurrentMeeting
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>Basic</c>.</summary>
    [JsonStringEnumMemberName("Basic")] Basic,
    /// <summary><c>Plus</c>.</summary>
    [JsonStringEnumMemberName("Plus")] Plus,
    /// <summary><c>None</c>.</summary>
    [JsonStringEnumMemberName("None")] None,
}

/// <summary>The user's licensed features: meeting capacity, large meetings, webinars, Zoom Phone and others.</summary>
public sealed record UserSettingsFeature
{
    /// <summary>The user's assigned Concurrent Meeting type.</summary>
    public UserSettingsFeatureConcurrentMeeting? ConcurrentMeeting { get; init; }

    /// <summary>Enable large meeting feature for the user.</summary>
    public bool? LargeMeeting { get; init; }

    /// <summary>Set the meeting capacity for the user if the user has Large meeting feature enabled.</summary>
    public int? LargeMeetingCapacity { get; init; }

    /// <summary>Set a user's meeting capacity.</summary>
    public int? MeetingCapacity { get; init; }

    /// <summary>Enable Webinar feature for the user.</summary>
    public bool? Webinar { get; init; }

    /// <summary>The user's webinar capacity.</summary>
    public int? WebinarCapacity { get; init; }

    /// <summary>Whether to enable the Zoom Events feature for the user.</summary>
    public bool? ZoomEvents { get; init; }

    /// <summary>The user's Zoom Events plan capacity.</summary>
    public int? ZoomEventsCapacity { get; init; }

    /// <summary>Zoom phone feature.</summary>
    public bool? ZoomPhone { get; init; }

    /// <summary>Whether the user has a Zoom Revenue Accelerator license.</summary>
    public bool? ZoomIqForSales { get; init; }

    /// <summary>Whether the user has a Zoom Whiteboard license.</summary>
    public bool? ZoomWhiteboard { get; init; }

    /// <summary>Whether the user has a Zoom Whiteboard Plus license.</summary>
    public bool? ZoomWhiteboardPlus { get; init; }

    /// <summary>Whether the user has a Zoom Translated Captions license.</summary>
    public bool? ZoomTranslatedCaptions { get; init; }

    /// <summary>Whether the user has a Zoom Customer Managed Key license.</summary>
    public bool? ZoomCustomerManagedKey { get; init; }

    /// <summary>Whether the user has a Zoom Spots license.</summary>
    public bool? ZoomSpots { get; init; }
}

/// <summary>Information about the user's closed captioning settings.</summary>
public sealed record UserSettingsInMeetingClosedCaptioning
{
    /// <summary>Allow a live transcription service to transcribe meetings.</summary>
    public bool? AutoTranscribing { get; init; }

    /// <summary>Allow the host to type closed captions or assign a participant or 3rd-party service to provide closed captioning.</summary>
    public bool? Enable { get; init; }

    /// <summary>Allow participants to save closed captions or transcripts.</summary>
    public bool? SaveCaption { get; init; }

    /// <summary>Allow the use of an API token to integrate with 3rd-party closed captioning services.</summary>
    public bool? ThirdPartyCaptioningService { get; init; }

    /// <summary>Allow the viewing of full transcripts in the in-meeting side panel.</summary>
    public bool? ViewFullTranscript { get; init; }
}

/// <summary>Zoom values of <c>UserSettingsInMeetingDataCenterRegion</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<UserSettingsInMeetingDataCenterRegion>))]
public enum UserSettingsInMeetingDataCenterRegion
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>AU</c>.</summary>
    [JsonStringEnumMemberName("AU")] AU,
    /// <summary><c>LA</c>.</summary>
    [JsonStringEnumMemberName("LA")] LA,
    /// <summary><c>CA</c>.</summary>
    [JsonStringEnumMemberName("CA")] CA,
    /// <summary><c>CN</c>.</summary>
    [JsonStringEnumMemberName("CN")] CN,
    /// <summary><c>DE</c>.</summary>
    [JsonStringEnumMemberName("DE")] DE,
    /// <summary><c>HK</c>.</summary>
    [JsonStringEnumMemberName("HK")] HK,
    /// <summary><c>IN</c>.</summary>
    [JsonStringEnumMemberName("IN")] IN,
    /// <summary><c>IE</c>.</summary>
    [JsonStringEnumMemberName("IE")] IE,
    /// <summary><c>TY</c>.</summary>
    [JsonStringEnumMemberName("TY")] TY,
    /// <summary><c>MX</c>.</summary>
    [JsonStringEnumMemberName("MX")] MX,
    /// <summary><c>NL</c>.</summary>
    [JsonStringEnumMemberName("NL")] NL,
    /// <summary><c>SG</c>.</summary>
    [JsonStringEnumMemberName("SG")] SG,
    /// <summary><c>US</c>.</summary>
    [JsonStringEnumMemberName("US")] US,
}

/// <summary>Information about the language interpretation settings.</summary>
public sealed record UserSettingsInMeetingLanguageInterpretation
{
    /// <summary>A list of user-defined supported languages.</summary>
    public IReadOnlyList<string>? CustomLanguages { get; init; }

    /// <summary>Whether enable language interpretation by default.</summary>
    public bool? EnableLanguageInterpretationByDefault { get; init; }

    /// <summary>Whether to allow participants to speak in listening channel.</summary>
    public bool? AllowParticipantsToSpeakInListeningChannel { get; init; }

    /// <summary>Whether to allow up to 25 custom languages when scheduling meetings.</summary>
    [JsonPropertyName("allow_up_to_25_custom_languages_when_scheduling_meetings")]
    public bool? AllowUpTo25CustomLanguagesWhenSchedulingMeetings { get; init; }

    /// <summary>Allow hosts to assign participants as interpreters who can interpret one language into another in real-time.</summary>
    public bool? Enable { get; init; }
}

/// <summary>Zoom values of <c>UserSettingsInMeetingSignLanguageInterpretationLanguage</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<UserSettingsInMeetingSignLanguageInterpretationLanguage>))]
public enum UserSettingsInMeetingSignLanguageInterpretationLanguage
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>American</c>.</summary>
    [JsonStringEnumMemberName("American")] American,
    /// <summary><c>Chinese</c>.</summary>
    [JsonStringEnumMemberName("Chinese")] Chinese,
    /// <summary><c>French</c>.</summary>
    [JsonStringEnumMemberName("French")] French,
    /// <summary><c>German</c>.</summary>
    [JsonStringEnumMemberName("German")] German,
    /// <summary><c>Japanese</c>.</summary>
    [JsonStringEnumMemberName("Japanese")] Japanese,
    /// <summary><c>Russian</c>.</summary>
    [JsonStringEnumMemberName("Russian")] Russian,
    /// <summary><c>Brazilian</c>.</summary>
    [JsonStringEnumMemberName("Brazilian")] Brazilian,
    /// <summary><c>Spanish</c>.</summary>
    [JsonStringEnumMemberName("Spanish")] Spanish,
    /// <summary><c>Mexican</c>.</summary>
    [JsonStringEnumMemberName("Mexican")] Mexican,
    /// <summary><c>British</c>.</summary>
    [JsonStringEnumMemberName("British")] British,
}

/// <summary>Allow hosts to assign participants as sign language interpreters who can interpret one language into sign language in real-time.</summary>
public sealed record UserSettingsInMeetingSignLanguageInterpretation
{
    /// <summary>Whether to allow hosts to assign participants as sign language interpreters who can interpret one language into another in real-time.</summary>
    public bool? Enable { get; init; }

    /// <summary>Whether to enable sign language interpretation view by default in scheduler.</summary>
    public bool? EnableSignLanguageInterpretationByDefault { get; init; }

    /// <summary>A list of system-supported languages.</summary>
    public IReadOnlyList<UserSettingsInMeetingSignLanguageInterpretationLanguage>? Languages { get; init; }

    /// <summary>A list of user-defined supported languages.</summary>
    public IReadOnlyList<string>? CustomLanguages { get; init; }
}

/// <summary>Information about manual captioning settings.</summary>
public sealed record UserSettingsInMeetingManualCaptioning
{
    /// <summary>Allow the host to manually caption or let the host assign a participant to provide manual captioning.</summary>
    public bool? AllowToType { get; init; }

    /// <summary>Enable Zoom's live transcription feature.</summary>
    public bool? AutoGeneratedCaptions { get; init; }

    /// <summary>Enable the viewing of full transcripts in the in-meeting side panel.</summary>
    public bool? FullTranscript { get; init; }

    /// <summary>Enable manual closed captioning.</summary>
    public bool? ManualCaptions { get; init; }

    /// <summary>Allow participants to save closed captions or transcripts.</summary>
    public bool? SaveCaptions { get; init; }

    /// <summary>Allow the use of an API token to integrate with a 3rd-party device to provide closed captioning.</summary>
    public bool? ThirdPartyCaptioningService { get; init; }
}

/// <summary>Zoom values of <c>UserSettingsInMeetingReactionsEmojis</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<UserSettingsInMeetingReactionsEmojis>))]
public enum UserSettingsInMeetingReactionsEmojis
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>all</c>.</summary>
    [JsonStringEnumMemberName("all")] All,
    /// <summary><c>selected</c>.</summary>
    [JsonStringEnumMemberName("selected")] Selected,
}

/// <summary>One virtual background image or video uploaded for the user.</summary>
public sealed record UserSettingsInMeetingVirtualBackgroundSettingsFile
{
    /// <summary>The Virtual Background file's ID.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? Id { get; init; }

    /// <summary>Whether the file is the default Virtual Background file.</summary>
    public bool? IsDefault { get; init; }

    /// <summary>The Virtual Background file's name.</summary>
    public string? Name { get; init; }

    /// <summary>The Virtual Background file's size, in bytes.</summary>
    public long? Size { get; init; }

    /// <summary>The Virtual Background file's type.</summary>
    public string? Type { get; init; }
}

/// <summary>The user's Virtual Background settings.</summary>
public sealed record UserSettingsInMeetingVirtualBackgroundSettings
{
    /// <summary>Allow the user to upload custom Virtual Backgrounds.</summary>
    public bool? AllowUploadCustom { get; init; }

    /// <summary>Allow the use of videos for Virtual Backgrounds.</summary>
    public bool? AllowVideos { get; init; }

    /// <summary>Enable Virtual Backgrounds.</summary>
    public bool? Enable { get; init; }

    /// <summary>Information about the Virtual Background files.</summary>
    public IReadOnlyList<UserSettingsInMeetingVirtualBackgroundSettingsFile>? Files { get; init; }
}

/// <summary>Information about the user's webinar chat settings.</summary>
public sealed record UserSettingsInMeetingWebinarChat
{
    /// <summary>Allow webinar attendees to chat with.</summary>
    public int? AllowAttendeesChatWith { get; init; }

    /// <summary>Automatically save chat messages to a local file on the host's computer when the webinar ends.</summary>
    public bool? AllowAutoSaveLocalChatFile { get; init; }

    /// <summary>Who webinar panelists can chat with.</summary>
    public int? AllowPanelistsChatWith { get; init; }

    /// <summary>Allow webinar panelists to send direct messages to other panelists.</summary>
    public bool? AllowPanelistsSendDirectMessage { get; init; }

    /// <summary>How webinar attendees can save chats.</summary>
    public int? AllowUsersSaveChats { get; init; }

    /// <summary>By default, allow webinar attendees to chat with.</summary>
    public int? DefaultAttendeesChatWith { get; init; }

    /// <summary>Allow webinar participants to send chat messages.</summary>
    public bool? Enable { get; init; }
}

/// <summary>Zoom values of <c>UserSettingsInMeetingWebinarLiveStreamingServiceItem</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<UserSettingsInMeetingWebinarLiveStreamingServiceItem>))]
public enum UserSettingsInMeetingWebinarLiveStreamingServiceItem
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>facebook</c>.</summary>
    [JsonStringEnumMemberName("facebook")] Facebook,
    /// <summary><c>workplace_by_facebook</c>.</summary>
    [JsonStringEnumMemberName("workplace_by_facebook")] WorkplaceByFacebook,
    /// <summary><c>youtube</c>.</summary>
    [JsonStringEnumMemberName("youtube")] Youtube,
    /// <summary><c>custom_live_streaming_service</c>.</summary>
    [JsonStringEnumMemberName("custom_live_streaming_service")] CustomLiveStreamingService,
}

/// <summary>Whether the user may stream webinars live, and to which services.</summary>
public sealed record UserSettingsInMeetingWebinarLiveStreaming
{
    /// <summary>The specific instructions to allow your account's meeting hosts to configure a custom livestream.</summary>
    public string? CustomServiceInstructions { get; init; }

    /// <summary>Whether webinar livestreaming is enabled.</summary>
    public bool? Enable { get; init; }

    /// <summary>Notify users to watch the livestream.</summary>
    public bool? LiveStreamingReminder { get; init; }

    /// <summary>The available livestreaming services.</summary>
    public IReadOnlyList<UserSettingsInMeetingWebinarLiveStreamingServiceItem>? LiveStreamingService { get; init; }
}

/// <summary>Information about the account's meeting polling settings.</summary>
public sealed record UserSettingsInMeetingPolling
{
    /// <summary>Whether to allow the host to create advanced polls and quizzes.</summary>
    public bool? AdvancedPolls { get; init; }

    /// <summary>Whether to allow alternative hosts to add or edit polls and quizzes.</summary>
    public bool? AllowAlternativeHostToAddEdit { get; init; }

    /// <summary>Whether to require answers to be anonymous.</summary>
    public bool? RequireAnswersToBeAnonymous { get; init; }

    /// <summary>Whether to allow host to upload an image for each question.</summary>
    public bool? AllowHostToUploadImage { get; init; }

    /// <summary>Whether to allow the host to add polls before or during a meeting.</summary>
    public bool? Enable { get; init; }
}

/// <summary>Zoom values of <c>UserSettingsInMeetingParticipantsShareSimultaneously</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<UserSettingsInMeetingParticipantsShareSimultaneously>))]
public enum UserSettingsInMeetingParticipantsShareSimultaneously
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>multiple</c>.</summary>
    [JsonStringEnumMemberName("multiple")] Multiple,
    /// <summary><c>one</c>.</summary>
    [JsonStringEnumMemberName("one")] One,
}

/// <summary>The user's in-meeting settings: chat, screen sharing, annotation, breakout rooms, captions and many more.</summary>
public sealed record UserSettingsInMeeting
{
    /// <summary>Whether the host can enable Focus Mode when scheduling a meeting.</summary>
    public bool? AllowHostToEnableFocusMode { get; init; }

    /// <summary>If the value of this field is set to true, allow users to delete messages in the in-meeting chat.</summary>
    public bool? AllowUsersToDeleteMessagesInMeetingChat { get; init; }

    /// <summary>Allow livestreaming.</summary>
    public bool? AllowLiveStreaming { get; init; }

    /// <summary>Whether to display a thumbs up or thumbs down feedback survey at the end of each meeting.</summary>
    public bool? PostMeetingFeedback { get; init; }

    /// <summary>Whether to enable the Zoom Whiteboard feature.</summary>
    public bool? Whiteboard { get; init; }

    /// <summary>Who participants can chat with.</summary>
    public int? AllowParticipantsChatWith { get; init; }

    /// <summary>How participants can save meeting chats.</summary>
    public int? AllowUsersSaveChats { get; init; }

    /// <summary>Allow meeting participants to use the annotation tools.</summary>
    public bool? Annotation { get; init; }

    /// <summary>Allow the host to put an attendee on hold.</summary>
    public bool? AttendeeOnHold { get; init; }

    /// <summary>Whether the Focus Mode feature is enabled.</summary>
    public bool? AttentionModeFocusMode { get; init; }

    /// <summary>Automatically save all in-meeting chats.</summary>
    public bool? AutoSavingChat { get; init; }

    /// <summary>Allow the meeting host to split meeting participants into separate breakout rooms.</summary>
    public bool? BreakoutRoom { get; init; }

    /// <summary>Allow the host to assign participants to breakout rooms when scheduling.</summary>
    public bool? BreakoutRoomSchedule { get; init; }

    /// <summary>Enable chat during meeting for all participants.</summary>
    public bool? Chat { get; init; }

    /// <summary>Allow participants to ask questions for the host and participants to answer.</summary>
    public bool? MeetingQuestionAnswer { get; init; }

    /// <summary>Enable closed captions.</summary>
    public bool? ClosedCaption { get; init; }

    /// <summary>Information about the user's closed captioning settings.</summary>
    public UserSettingsInMeetingClosedCaptioning? ClosedCaptioning { get; init; }

    /// <summary>Allow the host to add co-hosts.</summary>
    public bool? CoHost { get; init; }

    /// <summary>Use custom data center regions.</summary>
    public bool? CustomDataCenterRegions { get; init; }

    /// <summary>Allow custom livestreaming.</summary>
    public bool? CustomLiveStreamingService { get; init; }

    /// <summary>The custom livestreaming service instructions.</summary>
    public string? CustomServiceInstructions { get; init; }

    /// <summary>If the value of custom_data_center_regions is true, a comma-separated list of the following data center regions to opt in to.</summary>
    public IReadOnlyList<UserSettingsInMeetingDataCenterRegion>? DataCenterRegions { get; init; }

    /// <summary>Enable the Disable desktop screen sharing for meetings you host setting.</summary>
    public bool? DisableScreenSharingForHostMeetings { get; init; }

    /// <summary>Enable the Disable screen sharing when guests are in the meeting setting.</summary>
    public bool? DisableScreenSharingForInMeetingGuests { get; init; }

    /// <summary>Require AES encryption for meetings.</summary>
    public bool? E2eEncryption { get; init; }

    /// <summary>When to play the meeting entry/exit sound notification.</summary>
    public MeetingTemplateSettingsInMeetingEntryExitChime? EntryExitChime { get; init; }

    /// <summary>Allow another user to take control of the user's camera.</summary>
    public bool? FarEndCameraControl { get; init; }

    /// <summary>Enable the Feedback to Zoom setting.</summary>
    public bool? Feedback { get; init; }

    /// <summary>Indicates whether in-meeting file transfer setting has been enabled for the user or not.</summary>
    public bool? FileTransfer { get; init; }

    /// <summary>Enable group HD video in Meeting.</summary>
    public bool? GroupHd { get; init; }

    /// <summary>Enable group HD video in Webinar.</summary>
    public bool? WebinarGroupHd { get; init; }

    /// <summary>Allow participants to join a meeting directly from their desktop browser.</summary>
    public bool? JoinFromDesktop { get; init; }

    /// <summary>Allow participants to join a meeting directly from their mobile browser.</summary>
    public bool? JoinFromMobile { get; init; }

    /// <summary>Information about the language interpretation settings.</summary>
    public UserSettingsInMeetingLanguageInterpretation? LanguageInterpretation { get; init; }

    /// <summary>Allow hosts to assign participants as sign language interpreters who can interpret one language into sign language in real-time.</summary>
    public UserSettingsInMeetingSignLanguageInterpretation? SignLanguageInterpretation { get; init; }

    /// <summary>Allow Facebook livestreaming.</summary>
    public bool? LiveStreamingFacebook { get; init; }

    /// <summary>Allow YouTube livestreaming.</summary>
    public bool? LiveStreamingYoutube { get; init; }

    /// <summary>Information about manual captioning settings.</summary>
    public UserSettingsInMeetingManualCaptioning? ManualCaptioning { get; init; }

    /// <summary>Whether meeting participants can communicate using the emoji reactions located in the Reactions menu in the meeting toolbar.</summary>
    public bool? MeetingReactions { get; init; }

    /// <summary>Choose from the following meeting reaction options.</summary>
    public UserSettingsInMeetingReactionsEmojis? MeetingReactionsEmojis { get; init; }

    /// <summary>Whether to allow host and panelist to use audible clap.</summary>
    public bool? AllowHostPanelistsToUseAudibleClap { get; init; }

    /// <summary>Set this field to true to use webinar reactions.</summary>
    public bool? WebinarReactions { get; init; }

    /// <summary>Allow the host to present a survey to participants once a meeting has ended.</summary>
    public bool? MeetingSurvey { get; init; }

    /// <summary>Enable the Non-verbal feedback setting.</summary>
    public bool? NonVerbalFeedback { get; init; }

    /// <summary>Add polls to the meeting controls.</summary>
    public bool? Polling { get; init; }

    /// <summary>Enable private chat between participants during meetings.</summary>
    public bool? PrivateChat { get; init; }

    /// <summary>Let the user record and play their own voice.</summary>
    public bool? RecordPlayVoice { get; init; }

    /// <summary>Enable the Remote control setting.</summary>
    public bool? RemoteControl { get; init; }

    /// <summary>Enable the Remote support setting.</summary>
    public bool? RemoteSupport { get; init; }

    /// <summary>Indicates whether the Request permission to unmute participants option has been enabled for the user or not.</summary>
    public bool? RequestPermissionToUnmuteParticipants { get; init; }

    /// <summary>Allow host and participants to share their screen or content during meetings</summary>
    public bool? ScreenSharing { get; init; }

    /// <summary>Allow the use of shared dual cameras.</summary>
    public bool? ShareDualCamera { get; init; }

    /// <summary>Allow participants to join a meeting directly from their browser and bypass the Zoom application download process.</summary>
    public bool? ShowAJoinFromYourBrowserLink { get; init; }

    /// <summary>Always display the in-meeting controls.</summary>
    public bool? ShowMeetingControlToolbar { get; init; }

    /// <summary>Whether the person sharing during a presentation can allow others to control the slide presentation.</summary>
    public bool? SlideControl { get; init; }

    /// <summary>Enable Virtual Backgrounds.</summary>
    public bool? VirtualBackground { get; init; }

    /// <summary>The user's Virtual Background settings.</summary>
    public UserSettingsInMeetingVirtualBackgroundSettings? VirtualBackgroundSettings { get; init; }

    /// <summary>Enable the Waiting Room feature.</summary>
    public bool? WaitingRoom { get; init; }

    /// <summary>Information about the user's webinar chat settings.</summary>
    public UserSettingsInMeetingWebinarChat? WebinarChat { get; init; }

    /// <summary>Webinar live streaming settings.</summary>
    public UserSettingsInMeetingWebinarLiveStreaming? WebinarLiveStreaming { get; init; }

    /// <summary>Information about the account's meeting polling settings.</summary>
    public UserSettingsInMeetingPolling? MeetingPolling { get; init; }

    /// <summary>Information about the user's webinar polling settings.</summary>
    public UserSettingsInMeetingPolling? WebinarPolling { get; init; }

    /// <summary>Allow the host to present surveys to attendees once a webinar has ended.</summary>
    public bool? WebinarSurvey { get; init; }

    /// <summary>Indicates who can share their screen or content during meetings.</summary>
    public MeetingTemplateSettingsInMeetingWhoCanShareScreen? WhoCanShareScreen { get; init; }

    /// <summary>Indicates who is allowed to start sharing screen when someone else in the meeting is sharing their screen.</summary>
    public MeetingTemplateSettingsInMeetingWhoCanShareScreen? WhoCanShareScreenWhenSomeoneIsSharing { get; init; }

    /// <summary>Indicates how many participants can share at the same time.</summary>
    public UserSettingsInMeetingParticipantsShareSimultaneously? ParticipantsShareSimultaneously { get; init; }

    /// <summary>Allow Workplace by Facebook livestreaming.</summary>
    public bool? WorkplaceByFacebook { get; init; }

    /// <summary>Allow the user to view and add contacts to the Auto-answer group in chat feature.</summary>
    public bool? AutoAnswer { get; init; }

    /// <summary>Enable the Show Zoom windows during screen share feature.</summary>
    public bool? AllowShowZoomWindows { get; init; }
}

/// <summary>The data-center region where the user's cloud recordings are stored.</summary>
public sealed record UserSettingsProfileRecordingStorageLocation
{
    /// <summary>Users can choose the country to store their recorded content.</summary>
    public IReadOnlyList<string>? AllowedValues { get; init; }

    /// <summary>Abbreviated country code.</summary>
    public string? Value { get; init; }
}

/// <summary>The user's profile settings.</summary>
public sealed record UserSettingsProfile
{
    /// <summary>Where the user's cloud recordings are stored.</summary>
    public UserSettingsProfileRecordingStorageLocation? RecordingStorageLocation { get; init; }
}

/// <summary>The account's Record active speaker, gallery view and shared screen separately settings.</summary>
public sealed record UserSettingsRecordingRecordFilesSeparately
{
    /// <summary>Record the active speaker only.</summary>
    public bool? ActiveSpeaker { get; init; }

    /// <summary>Record the gallery view only.</summary>
    public bool? GalleryView { get; init; }

    /// <summary>Record the shared screen only.</summary>
    public bool? SharedScreen { get; init; }
}

/// <summary>Setting to allow cloud recording access only from specific IP address ranges.</summary>
public sealed record UserSettingsRecordingIpAddressAccessControl
{
    /// <summary>If set to true, the cloud recordings of this account can only be accessed by the IP addresses defined in the ip_addresses_or_ranges property.</summary>
    public bool? Enable { get; init; }

    /// <summary>IP addresses or ranges that have access to the cloud recordings.</summary>
    public string? IpAddressesOrRanges { get; init; }
}

/// <summary>By selecting this option, your recording will have meeting smart chapters, and next steps.</summary>
public sealed record UserSettingsRecordingSmartRecording
{
    /// <summary>By selecting this option, meeting details in the audio transcript will be highlighted.</summary>
    public bool? CreateRecordingHighlights { get; init; }

    /// <summary>By selecting this option, your recording will have chapters with overview.</summary>
    public bool? CreateSmartChapters { get; init; }

    /// <summary>By selecting this option, there will be a summary of actions to take after the recorded meeting.</summary>
    public bool? CreateNextSteps { get; init; }
}

/// <summary>This object represents the minimum passcode requirements set for recordings via Account Recording Settings.</summary>
public sealed record UserSettingsRecordingPasswordRequirement
{
    /// <summary>Passcode must contain at least one alphabetical letter (a, b, c..).</summary>
    public bool? HaveLetter { get; init; }

    /// <summary>Passcode must contain at least one number(1, 2, 3..).</summary>
    public bool? HaveNumber { get; init; }

    /// <summary>Passcode must contain at least one special character(!, @, #..).</summary>
    public bool? HaveSpecialCharacter { get; init; }

    /// <summary>Minimum required length for the passcode.</summary>
    public int? Length { get; init; }

    /// <summary>Passcode must contain only numeric characters.</summary>
    public bool? OnlyAllowNumeric { get; init; }
}

/// <summary>The user's recording settings: local and cloud recording, what is recorded, sharing and retention.</summary>
public sealed record UserSettingsRecording
{
    /// <summary>Ask host to confirm the disclaimer.</summary>
    public bool? AskHostToConfirmDisclaimer { get; init; }

    /// <summary>This field can be used if recording_disclaimer is set to true.</summary>
    public bool? AskParticipantsToConsentDisclaimer { get; init; }

    /// <summary>Auto delete cloud recordings.</summary>
    public bool? AutoDeleteCmr { get; init; }

    /// <summary>When the auto_delete_cmr value is true, this value is the number of days before the auto-deletion of cloud recordings.</summary>
    public int? AutoDeleteCmrDays { get; init; }

    /// <summary>The account's Record active speaker, gallery view and shared screen separately settings.</summary>
    public UserSettingsRecordingRecordFilesSeparately? RecordFilesSeparately { get; init; }

    /// <summary>Display participants' names in the recording.</summary>
    public bool? DisplayParticipantName { get; init; }

    /// <summary>Record thumbnails of the presenter when they are sharing their screen.</summary>
    public bool? RecordingThumbnails { get; init; }

    /// <summary>Optimize recordings for a 3rd party video editor.</summary>
    [JsonPropertyName("optimize_recording_for_3rd_party_video_editor")]
    public bool? OptimizeRecordingFor3rdPartyVideoEditor { get; init; }

    /// <summary>Enable the recording highlights feature.</summary>
    public bool? RecordingHighlight { get; init; }

    /// <summary>Save panelist chat to the recording.</summary>
    public bool? SavePanelistChat { get; init; }

    /// <summary>Save poll results shared during the meeting or webinar.</summary>
    public bool? SavePollResults { get; init; }

    /// <summary>Save closed captions as a VTT (Video Track Text) file.</summary>
    public bool? SaveCloseCaption { get; init; }

    /// <summary>Automatic recording.</summary>
    public MeetingTemplateSettingsRecordingAutoRecording? AutoRecording { get; init; }

    /// <summary>Cloud recording.</summary>
    public bool? CloudRecording { get; init; }

    /// <summary>Host can pause or stop the auto recording in the cloud.</summary>
    public bool? HostPauseStopRecording { get; init; }

    /// <summary>Setting to allow cloud recording access only from specific IP address ranges.</summary>
    public UserSettingsRecordingIpAddressAccessControl? IpAddressAccessControl { get; init; }

    /// <summary>Local recording.</summary>
    public bool? LocalRecording { get; init; }

    /// <summary>Record one audio file for all participants.</summary>
    public bool? RecordAudioFile { get; init; }

    /// <summary>Record the gallery view.</summary>
    public bool? RecordGalleryView { get; init; }

    /// <summary>Record the active speaker view.</summary>
    public bool? RecordSpeakerView { get; init; }

    /// <summary>Audio transcript.</summary>
    public bool? RecordingAudioTranscript { get; init; }

    /// <summary>Show a disclaimer to participants before a recording starts</summary>
    public bool? RecordingDisclaimer { get; init; }

    /// <summary>By selecting this option, your recording will have meeting smart chapters, and next steps.</summary>
    public UserSettingsRecordingSmartRecording? SmartRecording { get; init; }

    /// <summary>This object represents the minimum passcode requirements set for recordings via Account Recording Settings.</summary>
    public UserSettingsRecordingPasswordRequirement? RecordingPasswordRequirement { get; init; }

    /// <summary>Save chat text from the meeting.</summary>
    public bool? SaveChatText { get; init; }

    /// <summary>Show timestamp on video.</summary>
    public bool? ShowTimestamp { get; init; }
}

/// <summary>Zoom values of <c>UserSettingsScheduleMeetingAudioType</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<UserSettingsScheduleMeetingAudioType>))]
public enum UserSettingsScheduleMeetingAudioType
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>both</c>.</summary>
    [JsonStringEnumMemberName("both")] Both,
    /// <summary><c>telephony</c>.</summary>
    [JsonStringEnumMemberName("telephony")] Telephony,
    /// <summary><c>voip</c>.</summary>
    [JsonStringEnumMemberName("voip")] Voip,
    /// <summary><c>thirdParty</c>.</summary>
    [JsonStringEnumMemberName("thirdParty")] ThirdParty,
}

/// <summary>Account wide meeting/webinar passcode requirements.</summary>
public sealed record UserSettingsScheduleMeetingPasswordRequirement
{
    /// <summary>Specify the max length of consecutive characters(abcde...) that can be used in a passcode.</summary>
    public int? ConsecutiveCharactersLength { get; init; }

    /// <summary>Passcode must contain at least 1 letter (such as a,b,c...).</summary>
    public bool? HaveLetter { get; init; }

    /// <summary>Passcode must contain at least 1 number (such as 1,2,3...).</summary>
    public bool? HaveNumber { get; init; }

    /// <summary>Passcode must have at least 1 special character (!,@,#...).</summary>
    public bool? HaveSpecialCharacter { get; init; }

    /// <summary>Passcode must include both uppercase and lowercase characters.</summary>
    public bool? HaveUpperAndLowerCharacters { get; init; }

    /// <summary>The minimum length that the meeting or webinar passcode must have.</summary>
    public int? Length { get; init; }

    /// <summary>Passcode must only contain numbers and no other characters.</summary>
    public bool? OnlyAllowNumeric { get; init; }

    /// <summary>Inform users if the provided passcode is weak.</summary>
    public bool? WeakEnhanceDetection { get; init; }
}

/// <summary>Zoom values of <c>UserSettingsScheduleMeetingRequirePasswordForPmiMeetings</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<UserSettingsScheduleMeetingRequirePasswordForPmiMeetings>))]
public enum UserSettingsScheduleMeetingRequirePasswordForPmiMeetings
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>jbh_only</c>.</summary>
    [JsonStringEnumMemberName("jbh_only")] JbhOnly,
    /// <summary><c>all</c>.</summary>
    [JsonStringEnumMemberName("all")] All,
    /// <summary><c>none</c>.</summary>
    [JsonStringEnumMemberName("none")] None,
}

/// <summary>The user's scheduling defaults: video, audio type, join before host, passcode rules, PMI use.</summary>
public sealed record UserSettingsScheduleMeeting
{
    /// <summary>Determine how participants can join the audio portion of the meeting.</summary>
    public UserSettingsScheduleMeetingAudioType? AudioType { get; init; }

    /// <summary>A secret (kept out of <see cref="ToString"/>): passcode for already scheduled meetings</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? DefaultPasswordForScheduledMeetings { get; init; }

    /// <summary>Encrypt the meeting passcode and include in the join meeting link to allow participants to join with just one click without having to enter the passcode.</summary>
    public bool? EmbedPasswordInJoinLink { get; init; }

    /// <summary>Require a passcode for personal meetings if attendees can join before host.</summary>
    public bool? ForcePmiJbhPassword { get; init; }

    /// <summary>Start meetings with host video on.</summary>
    public bool? HostVideo { get; init; }

    /// <summary>Join the meeting before host arrives.</summary>
    public bool? JoinBeforeHost { get; init; }

    /// <summary>Account wide meeting/webinar passcode requirements.</summary>
    public UserSettingsScheduleMeetingPasswordRequirement? MeetingPasswordRequirement { get; init; }

    /// <summary>Start meetings with participants video on.</summary>
    public bool? ParticipantsVideo { get; init; }

    /// <summary>Personal Meeting Setting.</summary>
    public bool? PersonalMeeting { get; init; }

    /// <summary>A secret (kept out of <see cref="ToString"/>): pMI passcode</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? PmiPassword { get; init; }

    /// <summary>Generate and require passcode for participants joining by phone.</summary>
    public bool? PstnPasswordProtected { get; init; }

    /// <summary>Require a passcode for instant meetings.</summary>
    public bool? RequirePasswordForInstantMeetings { get; init; }

    /// <summary>Require a passcode for Personal Meeting ID (PMI).</summary>
    public UserSettingsScheduleMeetingRequirePasswordForPmiMeetings? RequirePasswordForPmiMeetings { get; init; }

    /// <summary>Require a passcode for meetings that have already been scheduled.</summary>
    public bool? RequirePasswordForScheduledMeetings { get; init; }

    /// <summary>Require a passcode when scheduling new meetings.</summary>
    public bool? RequirePasswordForSchedulingNewMeetings { get; init; }

    /// <summary>Use a Personal Meeting ID (PMI) when starting an instant meeting.</summary>
    public bool? UsePmiForInstantMeetings { get; init; }

    /// <summary>Use a Personal Meeting ID (PMI) when scheduling a meeting.</summary>
    public bool? UsePmiForScheduledMeetings { get; init; }

    /// <summary>Prints the non-secret fields only.</summary>
    public override string ToString() => $"UserSettingsScheduleMeeting {{ AudioType = {AudioType}, EmbedPasswordInJoinLink = {EmbedPasswordInJoinLink}, ForcePmiJbhPassword = {ForcePmiJbhPassword}, HostVideo = {HostVideo}, JoinBeforeHost = {JoinBeforeHost}, ParticipantsVideo = {ParticipantsVideo} }}";
}

/// <summary>Indicates where most of the participants call into or call from during a meeting.</summary>
public sealed record UserSettingsTelephonyRegions
{
    /// <summary>The account's selected telephony regions that indicate where most participants call into or call from during a meeting.</summary>
    public string? SelectionValues { get; init; }
}

/// <summary>The user's phone-audio settings: third-party audio, toll-free numbers, dial-in regions.</summary>
public sealed record UserSettingsTelephony
{
    /// <summary>Third party audio conference info.</summary>
    public string? AudioConferenceInfo { get; init; }

    /// <summary>Show the international numbers link on the invitation email.</summary>
    public bool? ShowInternationalNumbersLink { get; init; }

    /// <summary>Indicates where most of the participants call into or call from during a meeting.</summary>
    public UserSettingsTelephonyRegions? TelephonyRegions { get; init; }

    /// <summary>Third party audio conference.</summary>
    public bool? ThirdPartyAudio { get; init; }
}

/// <summary>The user's telephony service provider (TSP) audio settings.</summary>
public sealed record UserSettingsTsp
{
    /// <summary>Call Out</summary>
    public bool? CallOut { get; init; }

    /// <summary>Call Out Countries/Regions</summary>
    public IReadOnlyList<JsonElement>? CallOutCountries { get; init; }

    /// <summary>Show the international numbers link on the invitation email.</summary>
    public bool? ShowInternationalNumbersLink { get; init; }
}

/// <summary>Zoom values of <c>UserSettingsAuthenticationOptionAction</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<UserSettingsAuthenticationOptionAction>))]
public enum UserSettingsAuthenticationOptionAction
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>update</c>.</summary>
    [JsonStringEnumMemberName("update")] Update,
    /// <summary><c>show</c>.</summary>
    [JsonStringEnumMemberName("show")] Show,
    /// <summary><c>hide</c>.</summary>
    [JsonStringEnumMemberName("hide")] Hide,
}

/// <summary>Zoom values of <c>UserSettingsAuthenticationOptionType</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<UserSettingsAuthenticationOptionType>))]
public enum UserSettingsAuthenticationOptionType
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>enforce_login</c>.</summary>
    [JsonStringEnumMemberName("enforce_login")] EnforceLogin,
    /// <summary><c>enforce_login_with_same_account</c>.</summary>
    [JsonStringEnumMemberName("enforce_login_with_same_account")] EnforceLoginWithSameAccount,
    /// <summary><c>enforce_login_with_domains</c>.</summary>
    [JsonStringEnumMemberName("enforce_login_with_domains")] EnforceLoginWithDomains,
}

/// <summary>Adds, changes or removes one of the user's meeting or recording authentication options.</summary>
public sealed record UserSettingsAuthenticationOption
{
    /// <summary>Authentication action</summary>
    public UserSettingsAuthenticationOptionAction? Action { get; init; }

    /// <summary>Authentication default option</summary>
    public bool? DefaultOption { get; init; }

    /// <summary>Authentication domains</summary>
    public string? Domains { get; init; }

    /// <summary>Authentication id</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? Id { get; init; }

    /// <summary>Authentication name</summary>
    public string? Name { get; init; }

    /// <summary>Authentication type.</summary>
    public UserSettingsAuthenticationOptionType? Type { get; init; }
}

/// <summary>Zoom values of <c>UserSettingsMeetingSecurityEncryptionType</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<UserSettingsMeetingSecurityEncryptionType>))]
public enum UserSettingsMeetingSecurityEncryptionType
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>enhanced_encryption</c>.</summary>
    [JsonStringEnumMemberName("enhanced_encryption")] EnhancedEncryption,
    /// <summary><c>e2ee</c>.</summary>
    [JsonStringEnumMemberName("e2ee")] E2ee,
}

/// <summary>Information about the Waiting Room settings.</summary>
public sealed record UserSettingsMeetingSecurityWaitingRoomSettings
{
    /// <summary>The type of participants to be admitted to the Waiting Room.</summary>
    public int? ParticipantsToPlaceInWaitingRoom { get; init; }

    /// <summary>The users who can admit participants from the Waiting Room.</summary>
    public int? UsersWhoCanAdmitParticipantsFromWaitingRoom { get; init; }

    /// <summary>If the participants_to_place_in_waiting_room field is 2, a comma-separated list of the domains that can bypass the Waiting Room ("example.com,example2.com").</summary>
    public string? WhitelistedDomainsForWaitingRoom { get; init; }
}

/// <summary>The user's meeting security settings: waiting room, passcodes, encryption, authentication.</summary>
public sealed record UserSettingsMeetingSecurity
{
    /// <summary>Whether to require that all meetings are secured with at least one security option.</summary>
    public bool? AutoSecurity { get; init; }

    /// <summary>Whether to block users in specific domains from joining meetings and webinars.</summary>
    public bool? BlockUserDomain { get; init; }

    /// <summary>The domain to block, up to 20 domains.</summary>
    public IReadOnlyList<string>? BlockUserDomainList { get; init; }

    /// <summary>Whether the meeting passcode will be encrypted and included in the invitation link.</summary>
    public bool? EmbedPasswordInJoinLink { get; init; }

    /// <summary>The type of encryption to use when starting a meeting.</summary>
    public UserSettingsMeetingSecurityEncryptionType? EncryptionType { get; init; }

    /// <summary>Whether to enable end-to-end encryption for meetings.</summary>
    public bool? EndToEndEncryptedMeetings { get; init; }

    /// <summary>Whether all instant and scheduled meetings that users can join via client or Zoom Rooms systems are passcode-protected.</summary>
    public bool? MeetingPassword { get; init; }

    /// <summary>Information about the meeting and webinar passcode requirements.</summary>
    public UserSettingsScheduleMeetingPasswordRequirement? MeetingPasswordRequirement { get; init; }

    /// <summary>Whether to specify that only authenticated users can join the meeting from the web client.</summary>
    public bool? OnlyAuthenticatedCanJoinFromWebclient { get; init; }

    /// <summary>Whether to require a passcode for participants joining by phone.</summary>
    public bool? PhonePassword { get; init; }

    /// <summary>Whether all Personal Meeting ID (PMI) meetings that users can join via client or Zoom Rooms systems are passcode-protected.</summary>
    public bool? PmiPassword { get; init; }

    /// <summary>Whether to require a passcode for meetings that have already been scheduled.</summary>
    public bool? RequirePasswordForScheduledMeeting { get; init; }

    /// <summary>Whether to require a passcode for webinars that have already been scheduled.</summary>
    public bool? RequirePasswordForScheduledWebinar { get; init; }

    /// <summary>Whether participants are placed in the Waiting Room when they join a meeting.</summary>
    public bool? WaitingRoom { get; init; }

    /// <summary>Information about the Waiting Room settings.</summary>
    public UserSettingsMeetingSecurityWaitingRoomSettings? WaitingRoomSettings { get; init; }

    /// <summary>Whether to generate a passcode when scheduling webinars.</summary>
    public bool? WebinarPassword { get; init; }
}
