// Models derived field by field from the Zoom API specs (see docs/api-coverage.md).

namespace Zoom.Connector.Models;

/// <summary>Asks Zoom for personal invite links to a meeting, one per named attendee: the body of <c>POST /meetings/{meetingId}/invite_links</c>.</summary>
public sealed record MeetingInviteLinksCreateRequest
{
    /// <summary>The attendees list.</summary>
    public IReadOnlyList<MeetingInviteLinksCreateAttendee>? Attendees { get; init; }

    /// <summary>The invite link's expiration time, in seconds.</summary>
    public long? Ttl { get; init; }
}

/// <summary>One attendee to make a personal invite link for, and how they join (audio and video off or on).</summary>
public sealed record MeetingInviteLinksCreateAttendee
{
    /// <summary>User display name.</summary>
    public string? Name { get; init; }

    /// <summary>Whether to disable participant video when joining the meeting.</summary>
    public bool? DisableVideo { get; init; }

    /// <summary>Whether to disable participant audio when joining the meeting.</summary>
    public bool? DisableAudio { get; init; }
}

/// <summary>Personal invite links to a meeting, one per attendee: the response of <c>POST /meetings/{meetingId}/invite_links</c>.</summary>
public sealed record MeetingInviteLinks
{
    /// <summary>The attendee list.</summary>
    public IReadOnlyList<MeetingInviteLinksAttendee>? Attendees { get; init; }
}

/// <summary>One attendee's personal invite link. <see cref="JoinUrl"/> carries the attendee's own token and is left out of <see cref="ToString"/>.</summary>
public sealed record MeetingInviteLinksAttendee
{
    /// <summary>A secret (kept out of <see cref="ToString"/>): the attendee's personal link to join the meeting, with their token.</summary>
    public string? JoinUrl { get; init; }

    /// <summary>The attendee's display name.</summary>
    public string? Name { get; init; }

    /// <summary>Prints the attendee without their personal join URL.</summary>
    public override string ToString() => $"MeetingInviteLinksAttendee {{ Name = {Name} }}";
}
