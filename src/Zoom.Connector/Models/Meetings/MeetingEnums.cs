using System.Text.Json.Serialization;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Models;

/// <summary>Zoom's meeting <c>type</c>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<MeetingType>))]
public enum MeetingType
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary>1: an instant meeting.</summary>
    Instant = 1,
    /// <summary>2: a scheduled meeting (Zoom's default).</summary>
    Scheduled = 2,
    /// <summary>3: a recurring meeting with no fixed time.</summary>
    RecurringNoFixedTime = 3,
    /// <summary>4: a personal meeting room (PMI) meeting, seen in responses.</summary>
    PersonalMeetingRoom = 4,
    /// <summary>8: a recurring meeting with a fixed time.</summary>
    RecurringFixedTime = 8,
    /// <summary>10: a screen-share-only meeting.</summary>
    ScreenShareOnly = 10,
}

/// <summary>Zoom's recurrence <c>type</c>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<RecurrenceType>))]
public enum RecurrenceType
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary>1: daily.</summary>
    Daily = 1,
    /// <summary>2: weekly.</summary>
    Weekly = 2,
    /// <summary>3: monthly.</summary>
    Monthly = 3,
}

/// <summary>Meeting status in responses.</summary>
[JsonConverter(typeof(ZoomEnumConverter<MeetingStatus>))]
public enum MeetingStatus
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary>The meeting has not started.</summary>
    [JsonStringEnumMemberName("waiting")] Waiting,
    /// <summary>The meeting is running.</summary>
    [JsonStringEnumMemberName("started")] Started,
}

/// <summary>Status of one occurrence of a recurring meeting.</summary>
[JsonConverter(typeof(ZoomEnumConverter<OccurrenceStatus>))]
public enum OccurrenceStatus
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary>The occurrence takes place.</summary>
    [JsonStringEnumMemberName("available")] Available,
    /// <summary>The occurrence was deleted.</summary>
    [JsonStringEnumMemberName("deleted")] Deleted,
}

/// <summary>How participants join audio.</summary>
[JsonConverter(typeof(ZoomEnumConverter<MeetingAudio>))]
public enum MeetingAudio
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary>Telephony and VoIP (Zoom's default).</summary>
    [JsonStringEnumMemberName("both")] Both,
    /// <summary>Telephony only.</summary>
    [JsonStringEnumMemberName("telephony")] Telephony,
    /// <summary>VoIP only.</summary>
    [JsonStringEnumMemberName("voip")] Voip,
    /// <summary>Third-party audio conference.</summary>
    [JsonStringEnumMemberName("thirdParty")] ThirdParty,
}

/// <summary>Automatic recording of a meeting.</summary>
[JsonConverter(typeof(ZoomEnumConverter<AutoRecording>))]
public enum AutoRecording
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary>Record on the local computer.</summary>
    [JsonStringEnumMemberName("local")] Local,
    /// <summary>Record to the cloud.</summary>
    [JsonStringEnumMemberName("cloud")] Cloud,
    /// <summary>No automatic recording (Zoom's default).</summary>
    [JsonStringEnumMemberName("none")] None,
}

/// <summary>Registration approval for a meeting.</summary>
[JsonConverter(typeof(ZoomEnumConverter<ApprovalType>))]
public enum ApprovalType
{
    /// <summary>0: registrants are approved automatically.</summary>
    Automatic = 0,
    /// <summary>1: the host approves registrants.</summary>
    Manual = 1,
    /// <summary>2: no registration required (Zoom's default).</summary>
    NoRegistration = 2,
}

/// <summary>Whether a dial-in number is toll or toll-free.</summary>
[JsonConverter(typeof(ZoomEnumConverter<DialInNumberType>))]
public enum DialInNumberType
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary>A toll number.</summary>
    [JsonStringEnumMemberName("toll")] Toll,
    /// <summary>A toll-free number.</summary>
    [JsonStringEnumMemberName("tollfree")] TollFree,
}

/// <summary>Which meetings <c>GET /users/{userId}/meetings</c> lists.</summary>
[JsonConverter(typeof(ZoomEnumConverter<MeetingListType>))]
public enum MeetingListType
{
    /// <summary>All valid previous, live and upcoming scheduled meetings (Zoom's default).</summary>
    [JsonStringEnumMemberName("scheduled")] Scheduled = 0,
    /// <summary>All live meetings.</summary>
    [JsonStringEnumMemberName("live")] Live,
    /// <summary>All upcoming meetings, including live ones.</summary>
    [JsonStringEnumMemberName("upcoming")] Upcoming,
    /// <summary>All upcoming meetings, including live ones (alternate listing).</summary>
    [JsonStringEnumMemberName("upcoming_meetings")] UpcomingMeetings,
    /// <summary>All meetings held in the past.</summary>
    [JsonStringEnumMemberName("previous_meetings")] PreviousMeetings,
}

/// <summary>How a meeting was created.</summary>
[JsonConverter(typeof(ZoomEnumConverter<CreationSource>))]
public enum CreationSource
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary>Another source.</summary>
    [JsonStringEnumMemberName("other")] Other,
    /// <summary>Created through the API.</summary>
    [JsonStringEnumMemberName("open_api")] OpenApi,
    /// <summary>Created in the web portal.</summary>
    [JsonStringEnumMemberName("web_portal")] WebPortal,
}
