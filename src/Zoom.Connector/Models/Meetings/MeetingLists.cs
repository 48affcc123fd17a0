using System.Text.Json.Serialization;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Models;

/// <summary>A meeting as it appears in <c>GET /users/{userId}/meetings</c> and upcoming-meeting lists.</summary>
public sealed record MeetingSummary
{
    /// <summary>The meeting id.</summary>
    public long Id { get; init; }

    /// <summary>The UUID of the meeting instance.</summary>
    public string? Uuid { get; init; }

    /// <summary>The host's user id.</summary>
    public string? HostId { get; init; }

    /// <summary>The topic.</summary>
    public string? Topic { get; init; }

    /// <summary>The meeting type.</summary>
    public MeetingType Type { get; init; }

    /// <summary>Start time (UTC).</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>Duration in minutes.</summary>
    public int? Duration { get; init; }

    /// <summary>The meeting's time zone.</summary>
    public string? Timezone { get; init; }

    /// <summary>The agenda.</summary>
    public string? Agenda { get; init; }

    /// <summary>When the meeting was created (UTC).</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The join URL.</summary>
    public string? JoinUrl { get; init; }

    /// <summary>The personal meeting id, when used.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? Pmi { get; init; }

    /// <summary>Whether the meeting lasts all day (upcoming meetings).</summary>
    public bool? IsAllDay { get; init; }

    /// <summary>Whether the requesting user hosts the meeting (upcoming meetings).</summary>
    public bool? IsHost { get; init; }

    /// <summary>A secret: the meeting passcode (upcoming meetings).</summary>
    public string? Passcode { get; init; }

    /// <summary>Whether the meeting uses the host's personal meeting id (upcoming meetings).</summary>
    public bool? UsePmi { get; init; }

    /// <summary>Prints the meeting without its passcode.</summary>
    public override string ToString()
        => $"MeetingSummary {{ Id = {Id}, Topic = {Topic}, Type = {Type}, StartTime = {StartTime:O}, Duration = {Duration}, Timezone = {Timezone} }}";
}

/// <summary>The response of <c>GET /users/{userId}/meetings</c> (meetings).</summary>
public sealed record MeetingList : IZoomPage<MeetingSummary>
{
    /// <summary>Number of pages.</summary>
    public int? PageCount { get; init; }

    /// <summary>Page number of this page.</summary>
    public int? PageNumber { get; init; }

    /// <summary>Records per page.</summary>
    public int? PageSize { get; init; }

    /// <summary>Total number of records.</summary>
    public int? TotalRecords { get; init; }

    /// <inheritdoc />
    public string? NextPageToken { get; init; }

    /// <summary>The meetings on this page.</summary>
    public IReadOnlyList<MeetingSummary>? Meetings { get; init; }

    IReadOnlyList<MeetingSummary> IZoomPage<MeetingSummary>.Items => Meetings ?? [];
}

/// <summary>The response of <c>GET /users/{userId}/upcoming_meetings</c> (listUpcomingMeeting).</summary>
public sealed record UpcomingMeetingList
{
    /// <summary>Total number of records.</summary>
    public int? TotalRecords { get; init; }

    /// <summary>The upcoming meetings.</summary>
    public IReadOnlyList<MeetingSummary>? Meetings { get; init; }
}

/// <summary>The response of <c>GET /past_meetings/{meetingId}</c> (pastMeetingDetails).</summary>
public sealed record PastMeetingDetails
{
    /// <summary>The meeting id.</summary>
    public long Id { get; init; }

    /// <summary>The UUID of this instance.</summary>
    public string? Uuid { get; init; }

    /// <summary>The host's user id.</summary>
    public string? HostId { get; init; }

    /// <summary>The topic.</summary>
    public string? Topic { get; init; }

    /// <summary>The meeting type.</summary>
    public MeetingType Type { get; init; }

    /// <summary>The host's name.</summary>
    public string? UserName { get; init; }

    /// <summary>The host's email.</summary>
    public string? UserEmail { get; init; }

    /// <summary>When the instance started (UTC).</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>When the instance ended (UTC).</summary>
    public DateTimeOffset? EndTime { get; init; }

    /// <summary>Duration in minutes.</summary>
    public int? Duration { get; init; }

    /// <summary>Sum of all participants' minutes.</summary>
    public int? TotalMinutes { get; init; }

    /// <summary>Number of participants.</summary>
    public int? ParticipantsCount { get; init; }

    /// <summary>The host's department.</summary>
    public string? Dept { get; init; }

    /// <summary>Where the meeting was started from.</summary>
    public string? Source { get; init; }

    /// <summary>Whether an AI Companion meeting summary exists.</summary>
    public bool? HasMeetingSummary { get; init; }
}

/// <summary>One ended instance in <c>GET /past_meetings/{meetingId}/instances</c>.</summary>
public sealed record PastMeetingInstance
{
    /// <summary>The instance UUID.</summary>
    public string? Uuid { get; init; }

    /// <summary>When it started (UTC).</summary>
    public DateTimeOffset? StartTime { get; init; }
}

/// <summary>The response of <c>GET /past_meetings/{meetingId}/instances</c> (pastMeetings).</summary>
public sealed record PastMeetingInstanceList
{
    /// <summary>The ended instances.</summary>
    public IReadOnlyList<PastMeetingInstance>? Meetings { get; init; }
}

/// <summary>A participant of a past meeting.</summary>
public sealed record PastMeetingParticipant
{
    /// <summary>The participant's user id (when they are a user of the account).</summary>
    public string? Id { get; init; }

    /// <summary>The participant's display name.</summary>
    public string? Name { get; init; }

    /// <summary>The participant's id for this meeting.</summary>
    public string? UserId { get; init; }

    /// <summary>The registrant id.</summary>
    public string? RegistrantId { get; init; }

    /// <summary>The participant's email.</summary>
    public string? UserEmail { get; init; }

    /// <summary>When they joined (UTC).</summary>
    public DateTimeOffset? JoinTime { get; init; }

    /// <summary>When they left (UTC).</summary>
    public DateTimeOffset? LeaveTime { get; init; }

    /// <summary>Seconds in the meeting.</summary>
    public int? Duration { get; init; }

    /// <summary>Whether they failed over during the meeting.</summary>
    public bool? Failover { get; init; }

    /// <summary><c>in_meeting</c> or <c>in_waiting_room</c>.</summary>
    public string? Status { get; init; }

    /// <summary>Whether the participant belongs to the host's account.</summary>
    public bool? InternalUser { get; init; }
}

/// <summary>The response of <c>GET /past_meetings/{meetingId}/participants</c> (pastMeetingParticipants).</summary>
public sealed record PastMeetingParticipantList : IZoomPage<PastMeetingParticipant>
{
    /// <summary>Number of pages.</summary>
    public int? PageCount { get; init; }

    /// <summary>Records per page.</summary>
    public int? PageSize { get; init; }

    /// <summary>Total number of records.</summary>
    public int? TotalRecords { get; init; }

    /// <inheritdoc />
    public string? NextPageToken { get; init; }

    /// <summary>The participants on this page.</summary>
    public IReadOnlyList<PastMeetingParticipant>? Participants { get; init; }

    IReadOnlyList<PastMeetingParticipant> IZoomPage<PastMeetingParticipant>.Items => Participants ?? [];
}
