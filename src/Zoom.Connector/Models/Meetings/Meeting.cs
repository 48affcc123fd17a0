using System.Text.Json.Serialization;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Models;

/// <summary>
/// A meeting as Zoom returns it from create (201) and get. <see cref="StartUrl"/>, passwords and the host key are
/// secrets: they are left out of <see cref="ToString"/>.
/// </summary>
public sealed record Meeting
{
    /// <summary>The meeting id (int64; can be longer than 10 digits).</summary>
    public long Id { get; init; }

    /// <summary>The UUID of this meeting instance.</summary>
    public string? Uuid { get; init; }

    /// <summary>The host's user id.</summary>
    public string? HostId { get; init; }

    /// <summary>The host's email.</summary>
    public string? HostEmail { get; init; }

    /// <summary>The id of the user who scheduled on the host's behalf.</summary>
    public string? AssistantId { get; init; }

    /// <summary>The topic (at most 200 characters).</summary>
    public string? Topic { get; init; }

    /// <summary>The meeting type.</summary>
    public MeetingType Type { get; init; }

    /// <summary>Waiting or started.</summary>
    public MeetingStatus? Status { get; init; }

    /// <summary>Start time in UTC (absent for instant and type 3 meetings).</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>Duration in minutes.</summary>
    public int? Duration { get; init; }

    /// <summary>The meeting's time zone id, e.g. <c>America/Los_Angeles</c>.</summary>
    public string? Timezone { get; init; }

    /// <summary>The agenda (at most 2,000 characters).</summary>
    public string? Agenda { get; init; }

    /// <summary>When the meeting was created (UTC).</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>How the meeting was created.</summary>
    public CreationSource? CreationSource { get; init; }

    /// <summary>A secret: the URL that starts the meeting as host. Never log it.</summary>
    public string? StartUrl { get; init; }

    /// <summary>The URL participants join with.</summary>
    public string? JoinUrl { get; init; }

    /// <summary>The URL to join the meeting chat.</summary>
    public string? ChatJoinUrl { get; init; }

    /// <summary>The registration URL (only when registration is on).</summary>
    public string? RegistrationUrl { get; init; }

    /// <summary>A secret: the meeting passcode.</summary>
    public string? Password { get; init; }

    /// <summary>A secret: the H.323/SIP passcode.</summary>
    public string? H323Password { get; init; }

    /// <summary>A secret: the phone passcode.</summary>
    public string? PstnPassword { get; init; }

    /// <summary>A secret: the encrypted passcode used in join URLs.</summary>
    public string? EncryptedPassword { get; init; }

    /// <summary>The personal meeting id when the meeting uses it.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? Pmi { get; init; }

    /// <summary>Whether this is a pre-scheduled meeting.</summary>
    public bool? PreSchedule { get; init; }

    /// <summary>A secret: the dynamic host key.</summary>
    public string? DynamicHostKey { get; init; }

    /// <summary>The meeting template id.</summary>
    public string? TemplateId { get; init; }

    /// <summary>The recurrence of a type 8 meeting.</summary>
    public MeetingRecurrence? Recurrence { get; init; }

    /// <summary>Occurrences of a recurring meeting.</summary>
    public IReadOnlyList<MeetingOccurrence>? Occurrences { get; init; }

    /// <summary>The meeting's settings, including dial-in numbers and alternative hosts.</summary>
    public MeetingSettings? Settings { get; init; }

    /// <summary>Tracking fields.</summary>
    public IReadOnlyList<TrackingField>? TrackingFields { get; init; }

    /// <summary>Prints the meeting without its secrets.</summary>
    public override string ToString()
        => $"Meeting {{ Id = {Id}, Topic = {Topic}, Type = {Type}, StartTime = {StartTime:O}, Duration = {Duration}, Timezone = {Timezone} }}";
}

/// <summary>
/// The body of <c>POST /users/{userId}/meetings</c> (meetingCreate). <see cref="StartTime"/> is a wall-clock time
/// in <see cref="Timezone"/> and is sent without a trailing <c>Z</c>.
/// </summary>
public sealed record MeetingCreateRequest
{
    /// <summary>The topic (at most 200 characters).</summary>
    public string? Topic { get; init; }

    /// <summary>The meeting type (Zoom's default is <see cref="MeetingType.Scheduled"/>).</summary>
    public MeetingType? Type { get; init; }

    /// <summary>Local start time in <see cref="Timezone"/> (types 2 and 8), sent as <c>yyyy-MM-ddTHH:mm:ss</c>.</summary>
    [JsonConverter(typeof(ZoomLocalDateTimeConverter))]
    public DateTime? StartTime { get; init; }

    /// <summary>Duration in minutes (1-1440).</summary>
    public int? Duration { get; init; }

    /// <summary>Time zone id for <see cref="StartTime"/>, e.g. <c>Europe/Paris</c>; the account's zone when absent.</summary>
    public string? Timezone { get; init; }

    /// <summary>A secret: the passcode (at most 10 characters).</summary>
    public string? Password { get; init; }

    /// <summary>Let Zoom generate a passcode when none is given (default true).</summary>
    public bool? DefaultPassword { get; init; }

    /// <summary>The agenda (at most 2,000 characters).</summary>
    public string? Agenda { get; init; }

    /// <summary>Whether to create a pre-scheduled meeting (GSuite add-on only).</summary>
    public bool? PreSchedule { get; init; }

    /// <summary>Schedule on behalf of this user (email or id).</summary>
    public string? ScheduleFor { get; init; }

    /// <summary>A meeting template to apply.</summary>
    public string? TemplateId { get; init; }

    /// <summary>The recurrence (type 8 only).</summary>
    public MeetingRecurrence? Recurrence { get; init; }

    /// <summary>Meeting settings.</summary>
    public MeetingSettings? Settings { get; init; }

    /// <summary>Tracking fields.</summary>
    public IReadOnlyList<TrackingField>? TrackingFields { get; init; }

    /// <summary>Prints the request without the passcode.</summary>
    public override string ToString()
        => $"MeetingCreateRequest {{ Topic = {Topic}, Type = {Type}, StartTime = {StartTime:s}, Timezone = {Timezone}, Duration = {Duration} }}";
}

/// <summary>
/// The body of <c>PATCH /meetings/{meetingId}</c> (meetingUpdate). Only the fields that are set are sent.
/// </summary>
public sealed record MeetingUpdateRequest
{
    /// <summary>The topic.</summary>
    public string? Topic { get; init; }

    /// <summary>The meeting type.</summary>
    public MeetingType? Type { get; init; }

    /// <summary>Local start time in <see cref="Timezone"/>, sent without a trailing <c>Z</c>.</summary>
    [JsonConverter(typeof(ZoomLocalDateTimeConverter))]
    public DateTime? StartTime { get; init; }

    /// <summary>Duration in minutes.</summary>
    public int? Duration { get; init; }

    /// <summary>Time zone id for <see cref="StartTime"/>.</summary>
    public string? Timezone { get; init; }

    /// <summary>A secret: the passcode.</summary>
    public string? Password { get; init; }

    /// <summary>The agenda.</summary>
    public string? Agenda { get; init; }

    /// <summary>Schedule on behalf of this user.</summary>
    public string? ScheduleFor { get; init; }

    /// <summary>A meeting template to apply.</summary>
    public string? TemplateId { get; init; }

    /// <summary>Whether to create a pre-scheduled meeting.</summary>
    public bool? PreSchedule { get; init; }

    /// <summary>The recurrence.</summary>
    public MeetingRecurrence? Recurrence { get; init; }

    /// <summary>Settings to change.</summary>
    public MeetingSettings? Settings { get; init; }

    /// <summary>Tracking fields.</summary>
    public IReadOnlyList<TrackingField>? TrackingFields { get; init; }

    /// <summary>Prints the request without the passcode.</summary>
    public override string ToString()
        => $"MeetingUpdateRequest {{ Topic = {Topic}, StartTime = {StartTime:s}, Timezone = {Timezone}, Duration = {Duration} }}";
}

/// <summary>The body of <c>PUT /meetings/{meetingId}/status</c>.</summary>
/// <param name="Action"><c>end</c> to end a running meeting, <c>recover</c> to bring back a deleted one.</param>
public sealed record MeetingStatusRequest(string Action)
{
    /// <summary>Ends a running meeting.</summary>
    public static MeetingStatusRequest End { get; } = new("end");

    /// <summary>Recovers a deleted meeting.</summary>
    public static MeetingStatusRequest Recover { get; } = new("recover");
}

/// <summary>The response of <c>GET /meetings/{meetingId}/invitation</c>.</summary>
public sealed record MeetingInvitation
{
    /// <summary>Zoom's invitation text (<c>\r\n</c> line breaks). It includes the passcode and dial-in numbers.</summary>
    public string? Invitation { get; init; }

    /// <summary>SIP links of the meeting.</summary>
    public IReadOnlyList<string>? SipLinks { get; init; }

    /// <summary>Keeps the invitation (which carries the passcode) out of logs.</summary>
    public override string ToString() => $"MeetingInvitation {{ Length = {Invitation?.Length ?? 0} }}";
}
