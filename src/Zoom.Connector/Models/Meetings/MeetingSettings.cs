using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zoom.Connector.Models;

/// <summary>
/// Meeting settings, sent on create/update and returned on get. Fields Zoom may omit are nullable; fields this
/// version does not model are kept in <see cref="AdditionalProperties"/> and written back unchanged.
/// </summary>
public sealed partial record MeetingSettings
{
    /// <summary>Start video when the host joins.</summary>
    public bool? HostVideo { get; init; }

    /// <summary>Start video when participants join.</summary>
    public bool? ParticipantVideo { get; init; }

    /// <summary>Host meeting in China.</summary>
    public bool? CnMeeting { get; init; }

    /// <summary>Host meeting in India.</summary>
    public bool? InMeeting { get; init; }

    /// <summary>Allow participants to join before the host (default false).</summary>
    public bool? JoinBeforeHost { get; init; }

    /// <summary>Minutes before the start that participants may join: 0, 5, 10 or 15.</summary>
    public int? JbhTime { get; init; }

    /// <summary>Mute participants upon entry.</summary>
    public bool? MuteUponEntry { get; init; }

    /// <summary>Add a watermark when viewing a shared screen.</summary>
    public bool? Watermark { get; init; }

    /// <summary>Use the personal meeting id instead of a generated id.</summary>
    public bool? UsePmi { get; init; }

    /// <summary>Registration approval.</summary>
    public ApprovalType? ApprovalType { get; init; }

    /// <summary>Registration type for recurring meetings: 1, 2 or 3.</summary>
    public int? RegistrationType { get; init; }

    /// <summary>How participants join audio.</summary>
    public MeetingAudio? Audio { get; init; }

    /// <summary>Automatic recording.</summary>
    public AutoRecording? AutoRecording { get; init; }

    /// <summary>Only signed-in users may join.</summary>
    public bool? EnforceLogin { get; init; }

    /// <summary>Only signed-in users with these domains may join.</summary>
    public string? EnforceLoginDomains { get; init; }

    /// <summary>Alternative hosts: emails or user ids separated by semicolons.</summary>
    public string? AlternativeHosts { get; init; }

    /// <summary>Notify alternative hosts by email (default true).</summary>
    public bool? AlternativeHostsEmailNotification { get; init; }

    /// <summary>Close registration after the event date.</summary>
    public bool? CloseRegistration { get; init; }

    /// <summary>Show social share buttons on the registration page.</summary>
    public bool? ShowShareButton { get; init; }

    /// <summary>Allow attendees to join from multiple devices.</summary>
    public bool? AllowMultipleDevices { get; init; }

    /// <summary>Enable the waiting room (turns join-before-host off).</summary>
    public bool? WaitingRoom { get; init; }

    /// <summary>Require meeting authentication.</summary>
    public bool? MeetingAuthentication { get; init; }

    /// <summary>The authentication option id.</summary>
    public string? AuthenticationOption { get; init; }

    /// <summary>Domains allowed by meeting authentication.</summary>
    public string? AuthenticationDomains { get; init; }

    /// <summary>Authentication name (responses only).</summary>
    public string? AuthenticationName { get; init; }

    /// <summary>Participants allowed to bypass meeting authentication.</summary>
    public IReadOnlyList<MeetingAuthenticationExemption>? AuthenticationException { get; init; }

    /// <summary>Dial-in countries for the invitation, e.g. <c>["US", "DE"]</c>.</summary>
    public IReadOnlyList<string>? GlobalDialInCountries { get; init; }

    /// <summary>Dial-in numbers of the meeting (responses only).</summary>
    public IReadOnlyList<GlobalDialInNumber>? GlobalDialInNumbers { get; init; }

    /// <summary>Third-party audio conference information.</summary>
    public string? AudioConferenceInfo { get; init; }

    /// <summary>Contact name for registration.</summary>
    public string? ContactName { get; init; }

    /// <summary>Contact email for registration.</summary>
    public string? ContactEmail { get; init; }

    /// <summary>Send the registrants a confirmation email.</summary>
    public bool? RegistrantsConfirmationEmail { get; init; }

    /// <summary>Send the registrants email notifications.</summary>
    public bool? RegistrantsEmailNotification { get; init; }

    /// <summary>Send email notifications to alternative hosts and users with scheduling privileges.</summary>
    public bool? EmailNotification { get; init; }

    /// <summary>Encryption type: <c>enhanced_encryption</c> or <c>e2ee</c>.</summary>
    public string? EncryptionType { get; init; }

    /// <summary>Enable focus mode.</summary>
    public bool? FocusMode { get; init; }

    /// <summary>Private meeting.</summary>
    public bool? PrivateMeeting { get; init; }

    /// <summary>Show join info in the meeting.</summary>
    public bool? ShowJoinInfo { get; init; }

    /// <summary>Mark the meeting as internal.</summary>
    public bool? InternalMeeting { get; init; }

    /// <summary>People invited to the meeting.</summary>
    public IReadOnlyList<MeetingInvitee>? MeetingInvitees { get; init; }

    /// <summary>Calendar type: 1 Outlook, 2 Google.</summary>
    public int? CalendarType { get; init; }

    /// <summary>Push changes to the calendar.</summary>
    public bool? PushChangeToCalendar { get; init; }

    /// <summary>Start the AI meeting summary automatically.</summary>
    public bool? AutoStartMeetingSummary { get; init; }

    /// <summary>Settings this version does not model, kept so that a read-modify-write loses nothing.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
