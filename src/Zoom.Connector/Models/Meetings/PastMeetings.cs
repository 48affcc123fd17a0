// Models derived field by field from the Zoom API specs (see docs/api-coverage.md).
using System.Text.Json.Serialization;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Models;

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

/// <summary>The response of <c>GET /past_meetings/{meetingId}/polls</c> (listPastMeetingPolls).</summary>
public sealed record PastMeetingPollResults
{
    /// <summary>Meeting ID.</summary>
    public long? Id { get; init; }

    /// <summary>One entry per participant who answered.</summary>
    public IReadOnlyList<PastMeetingPollResultsQuestion>? Questions { get; init; }

    /// <summary>The start time of the meeting.</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>Meeting UUID.</summary>
    public string? Uuid { get; init; }
}

/// <summary>One participant's answers to the polls of an ended meeting.</summary>
public sealed record PastMeetingPollResultsQuestion
{
    /// <summary>Email address of the user who submitted answers to the poll.</summary>
    public string? Email { get; init; }

    /// <summary>Name of the user who submitted answers to the poll.</summary>
    public string? Name { get; init; }

    /// <summary>The participant's answers.</summary>
    public IReadOnlyList<PastMeetingPollResultsQuestionDetail>? QuestionDetails { get; init; }
}

/// <summary>One answer a participant gave to a poll question in an ended meeting, and when.</summary>
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

/// <summary>The response of <c>GET /past_meetings/{meetingId}/qa</c> (listPastMeetingQA).</summary>
public sealed record PastMeetingQa
{
    /// <summary>Meeting ID.</summary>
    public long? Id { get; init; }

    /// <summary>One entry per participant who asked questions.</summary>
    public IReadOnlyList<PastMeetingQaQuestion>? Questions { get; init; }

    /// <summary>The meeting's start time.</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>Meeting UUID.</summary>
    public string? Uuid { get; init; }
}

/// <summary>The questions one participant asked in an ended meeting's Q&amp;A, with their answers.</summary>
public sealed record PastMeetingQaQuestion
{
    /// <summary>The user's email address.</summary>
    public string? Email { get; init; }

    /// <summary>The user's name.</summary>
    public string? Name { get; init; }

    /// <summary>The participant's questions and the answers given.</summary>
    public IReadOnlyList<PastMeetingQaQuestionDetail>? QuestionDetails { get; init; }
}

/// <summary>One question asked in an ended meeting's Q&amp;A and the answer given.</summary>
public sealed record PastMeetingQaQuestionDetail
{
    /// <summary>An answer submitted for the question.</summary>
    public string? Answer { get; init; }

    /// <summary>A question asked during the Q&amp;A.</summary>
    public string? Question { get; init; }
}
