using Zoom.Connector.Models;

namespace Zoom.Connector.Scheduling;

/// <summary>Whether a scheduled meeting happens once or recurs (the two success pages).</summary>
public enum ScheduledMeetingKind
{
    /// <summary>A one-time meeting (Zoom type 2, or any non-recurring type).</summary>
    OneTime = 0,
    /// <summary>A recurring meeting (Zoom type 8, or type 3 without a fixed time).</summary>
    Recurring = 1,
}

/// <summary>
/// A scheduled meeting as the person sees it after scheduling: id, topic, start in the meeting's time zone and in UTC,
/// join URL, passcode, co-hosts, dial-in numbers and occurrences. It never carries the host's <c>start_url</c>;
/// the passcode and join URL are left out of <see cref="ToString"/>.
/// </summary>
public sealed record ScheduledMeeting
{
    /// <summary>The meeting id.</summary>
    public long Id { get; init; }

    /// <summary>One-time or recurring.</summary>
    public ScheduledMeetingKind Kind { get; init; }

    /// <summary>Whether the meeting recurs.</summary>
    public bool IsRecurring => Kind == ScheduledMeetingKind.Recurring;

    /// <summary>Zoom's meeting type.</summary>
    public MeetingType Type { get; init; }

    /// <summary>The topic.</summary>
    public string? Topic { get; init; }

    /// <summary>The agenda.</summary>
    public string? Agenda { get; init; }

    /// <summary>The host's user id.</summary>
    public string? HostId { get; init; }

    /// <summary>The meeting's time zone id as Zoom reports it (UTC when Zoom reports none).</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>The start (of the next occurrence) in the meeting's time zone, with that zone's offset; absent for meetings without a fixed time.</summary>
    public DateTimeOffset? Start { get; init; }

    /// <summary>The same instant as <see cref="Start"/> in UTC.</summary>
    public DateTimeOffset? StartUtc { get; init; }

    /// <summary>The duration.</summary>
    public TimeSpan Duration { get; init; }

    /// <summary>The URL participants join with.</summary>
    public string? JoinUrl { get; init; }

    /// <summary>A secret: the meeting passcode.</summary>
    public string? Password { get; init; }

    /// <summary>Co-hosts (Zoom's alternative hosts): emails or user ids.</summary>
    public IReadOnlyList<string> CoHosts { get; init; } = [];

    /// <summary>Dial-in numbers of the meeting.</summary>
    public IReadOnlyList<GlobalDialInNumber> DialInNumbers { get; init; } = [];

    /// <summary>The recurrence, when the meeting recurs with a fixed time and Zoom reports one this version understands.</summary>
    public ScheduleRecurrence? Recurrence { get; init; }

    /// <summary>Occurrences of a recurring meeting as Zoom reports them (including deleted ones, marked so), in start order.</summary>
    public IReadOnlyList<ScheduledOccurrence> Occurrences { get; init; } = [];

    /// <summary>Prints the meeting without its passcode or join URL.</summary>
    public override string ToString()
        => $"ScheduledMeeting {{ Id = {Id}, Kind = {Kind}, Topic = {Topic}, Start = {Start:O}, TimeZone = {TimeZone}, Duration = {Duration}, Occurrences = {Occurrences.Count} }}";
}

/// <summary>One occurrence of a recurring meeting.</summary>
public sealed record ScheduledOccurrence
{
    /// <summary>Zoom's occurrence id (the start instant in epoch milliseconds).</summary>
    public string? OccurrenceId { get; init; }

    /// <summary>The start in the meeting's time zone, with that zone's offset at that date.</summary>
    public DateTimeOffset Start { get; init; }

    /// <summary>The start in UTC.</summary>
    public DateTimeOffset StartUtc { get; init; }

    /// <summary>The duration.</summary>
    public TimeSpan Duration { get; init; }

    /// <summary>Available or deleted.</summary>
    public OccurrenceStatus Status { get; init; }

    /// <summary>Whether the occurrence was deleted.</summary>
    public bool IsDeleted => Status == OccurrenceStatus.Deleted;
}

/// <summary>
/// Everything an invitation page shows: Zoom's own invitation text, the structured details and an iCalendar
/// (<c>.ics</c>) rendering. The host's <c>start_url</c> appears in none of them.
/// </summary>
public sealed record MeetingInvitationDetails
{
    /// <summary>The structured details: topic, start, join URL, passcode, co-hosts, dial-in numbers, occurrences.</summary>
    public required ScheduledMeeting Meeting { get; init; }

    /// <summary>A secret-bearing text: Zoom's invitation (<c>meetingInvitation</c>), which includes the passcode.</summary>
    public string? InvitationText { get; init; }

    /// <summary>
    /// An RFC 5545 calendar with one VEVENT (and its VTIMEZONE) describing the meeting and its recurrence; includes the
    /// passcode. <see langword="null"/> for a meeting without a fixed time (recurring with no fixed time, or instant).
    /// </summary>
    public string? ICalendar { get; init; }

    /// <summary>Prints the details without the invitation text or calendar (both carry the passcode).</summary>
    public override string ToString() => $"MeetingInvitationDetails {{ Meeting = {Meeting}, InvitationLength = {InvitationText?.Length ?? 0} }}";
}
