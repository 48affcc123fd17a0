// Models derived field by field from the Zoom API specs (see docs/api-coverage.md).
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
