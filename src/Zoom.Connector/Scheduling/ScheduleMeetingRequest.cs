namespace Zoom.Connector.Scheduling;

/// <summary>
/// What a person fills in to schedule a meeting: a topic, a wall-clock start in their time zone, a duration and
/// optionally a recurrence, passcode, co-hosts (Zoom's alternative hosts) and dial-in countries.
/// <see cref="IZoomMeetingScheduler.ScheduleAsync"/> validates every field before it sends anything to Zoom.
/// </summary>
public sealed record ScheduleMeetingRequest
{
    /// <summary>The host the meeting is scheduled for: a user id, an email or <c>me</c> (the default; required with user-level tokens).</summary>
    public string HostUserId { get; init; } = Api.ZoomUserIds.Me;

    /// <summary>The topic (required, at most 200 characters).</summary>
    public required string Topic { get; init; }

    /// <summary>The agenda (at most 2,000 characters).</summary>
    public string? Agenda { get; init; }

    /// <summary>
    /// The start as a wall-clock time in <see cref="TimeZone"/> (<see cref="DateTimeKind.Unspecified"/>), e.g. 09:00 in
    /// <c>Europe/Paris</c>. It is sent to Zoom as <c>yyyy-MM-ddTHH:mm:ss</c> without a <c>Z</c>, so recurring
    /// occurrences keep this clock time across daylight-saving changes. It must not be in the past.
    /// </summary>
    public required DateTime Start { get; init; }

    /// <summary>The time zone of <see cref="Start"/>: an IANA id such as <c>Europe/Paris</c>, or a Windows id such as <c>Romance Standard Time</c> (sent to Zoom as its IANA id).</summary>
    public required string TimeZone { get; init; }

    /// <summary>How long the meeting lasts, in whole minutes from 1 to 1,440 (default 60 minutes).</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromMinutes(60);

    /// <summary>How the meeting repeats; <see langword="null"/> (the default) schedules a one-time meeting.</summary>
    public ScheduleRecurrence? Recurrence { get; init; }

    /// <summary>A secret: the meeting passcode, at most 10 letters, digits or <c>@ - _ *</c>. When absent, Zoom may generate one.</summary>
    public string? Password { get; init; }

    /// <summary>
    /// Co-hosts: emails or user ids of users of the same Zoom account, sent as Zoom's alternative hosts. Each one is
    /// looked up before the meeting is created; one that is not a user of the account is refused.
    /// </summary>
    public IReadOnlyList<string> CoHosts { get; init; } = [];

    /// <summary>Countries whose dial-in numbers the invitation lists, as ISO 3166 two-letter codes (e.g. <c>US</c>, <c>DE</c>).</summary>
    public IReadOnlyList<string> DialInCountries { get; init; } = [];

    /// <summary>Put participants in a waiting room until the host admits them (<see langword="null"/>: the account default).</summary>
    public bool? WaitingRoom { get; init; }

    /// <summary>Let participants join before the host (<see langword="null"/>: the account default). Cannot be combined with <see cref="WaitingRoom"/>.</summary>
    public bool? JoinBeforeHost { get; init; }

    /// <summary>Prints the request without the passcode.</summary>
    public override string ToString()
        => $"ScheduleMeetingRequest {{ HostUserId = {HostUserId}, Topic = {Topic}, Start = {Start:s}, TimeZone = {TimeZone}, Duration = {Duration}, Recurrence = {Recurrence}, CoHosts = {CoHosts.Count} }}";
}

/// <summary>How often a recurring meeting repeats.</summary>
public enum RecurrenceFrequency
{
    /// <summary>Not set (invalid in a request).</summary>
    None = 0,
    /// <summary>Every N days (1-99).</summary>
    Daily = 1,
    /// <summary>Every N weeks (1-50) on chosen weekdays.</summary>
    Weekly = 2,
    /// <summary>Every N months (1-10) on a day of the month or on the Nth weekday.</summary>
    Monthly = 3,
}

/// <summary>
/// The recurrence of a meeting: daily, weekly on chosen weekdays, or monthly on a day of the month or on the Nth
/// (or last) weekday, ending either after a number of occurrences or on a date (exactly one of the two).
/// Build one with <see cref="Daily"/>, <see cref="Weekly"/>, <see cref="MonthlyOnDay"/> or
/// <see cref="MonthlyOnWeekday"/>, then <see cref="EndingAfter"/> or <see cref="EndingOn"/>.
/// </summary>
public sealed record ScheduleRecurrence
{
    /// <summary>The value of <see cref="MonthlyWeek"/> for the last weekday of the month.</summary>
    public const int LastWeek = -1;

    /// <summary>Daily, weekly or monthly.</summary>
    public RecurrenceFrequency Frequency { get; init; }

    /// <summary>Every N days (1-99), weeks (1-50) or months (1-10).</summary>
    public int Interval { get; init; } = 1;

    /// <summary>The weekdays of a weekly recurrence (at least one).</summary>
    public IReadOnlyList<DayOfWeek> WeeklyDays { get; init; } = [];

    /// <summary>The day of the month (1-31) of a monthly recurrence on a day.</summary>
    public int? MonthlyDay { get; init; }

    /// <summary>The week of the month (1-4, or <see cref="LastWeek"/>) of a monthly recurrence on a weekday.</summary>
    public int? MonthlyWeek { get; init; }

    /// <summary>The weekday of a monthly recurrence on a weekday.</summary>
    public DayOfWeek? MonthlyWeekDay { get; init; }

    /// <summary>End after this many occurrences (1-60). Excludes <see cref="EndDate"/>.</summary>
    public int? EndAfterOccurrences { get; init; }

    /// <summary>End on this date (inclusive, in the meeting's time zone). Excludes <see cref="EndAfterOccurrences"/>.</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary>Every <paramref name="interval"/> days.</summary>
    /// <param name="interval">1-99.</param>
    public static ScheduleRecurrence Daily(int interval = 1)
        => new() { Frequency = RecurrenceFrequency.Daily, Interval = interval };

    /// <summary>Every <paramref name="interval"/> weeks on <paramref name="days"/>.</summary>
    /// <param name="interval">1-50.</param>
    /// <param name="days">At least one weekday.</param>
    public static ScheduleRecurrence Weekly(int interval, params IEnumerable<DayOfWeek> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        return new() { Frequency = RecurrenceFrequency.Weekly, Interval = interval, WeeklyDays = days.ToArray() };
    }

    /// <summary>Every <paramref name="interval"/> months on day <paramref name="dayOfMonth"/>.</summary>
    /// <param name="interval">1-10.</param>
    /// <param name="dayOfMonth">1-31.</param>
    public static ScheduleRecurrence MonthlyOnDay(int interval, int dayOfMonth)
        => new() { Frequency = RecurrenceFrequency.Monthly, Interval = interval, MonthlyDay = dayOfMonth };

    /// <summary>Every <paramref name="interval"/> months on the <paramref name="week"/>th <paramref name="day"/> (e.g. the second Tuesday, or with <see cref="LastWeek"/> the last Friday).</summary>
    /// <param name="interval">1-10.</param>
    /// <param name="week">1-4, or <see cref="LastWeek"/> (-1).</param>
    /// <param name="day">The weekday.</param>
    public static ScheduleRecurrence MonthlyOnWeekday(int interval, int week, DayOfWeek day)
        => new() { Frequency = RecurrenceFrequency.Monthly, Interval = interval, MonthlyWeek = week, MonthlyWeekDay = day };

    /// <summary>This recurrence, ending after <paramref name="occurrences"/> occurrences (1-60).</summary>
    /// <param name="occurrences">1-60.</param>
    public ScheduleRecurrence EndingAfter(int occurrences) => this with { EndAfterOccurrences = occurrences, EndDate = null };

    /// <summary>This recurrence, ending on <paramref name="date"/> (inclusive, in the meeting's time zone).</summary>
    /// <param name="date">The last day an occurrence may fall on.</param>
    public ScheduleRecurrence EndingOn(DateOnly date) => this with { EndDate = date, EndAfterOccurrences = null };

    /// <summary>Prints the recurrence.</summary>
    public override string ToString()
        => $"ScheduleRecurrence {{ Frequency = {Frequency}, Interval = {Interval}, WeeklyDays = [{string.Join(',', WeeklyDays)}], MonthlyDay = {MonthlyDay}, MonthlyWeek = {MonthlyWeek}, MonthlyWeekDay = {MonthlyWeekDay}, EndAfterOccurrences = {EndAfterOccurrences}, EndDate = {EndDate:yyyy-MM-dd} }}";
}

/// <summary>
/// Changes to a scheduled meeting; only the properties that are set are sent. With <see cref="OccurrenceId"/> only
/// one occurrence changes, and Zoom then accepts only <see cref="Agenda"/>, <see cref="Start"/> and <see cref="Duration"/>.
/// </summary>
public sealed record UpdateScheduledMeetingRequest
{
    /// <summary>Change only this occurrence of a recurring meeting (Zoom's occurrence id).</summary>
    public string? OccurrenceId { get; init; }

    /// <summary>A new topic (at most 200 characters).</summary>
    public string? Topic { get; init; }

    /// <summary>A new agenda (at most 2,000 characters).</summary>
    public string? Agenda { get; init; }

    /// <summary>A new wall-clock start in <see cref="TimeZone"/> (or the meeting's zone when <see cref="TimeZone"/> is not set). Must not be in the past.</summary>
    public DateTime? Start { get; init; }

    /// <summary>A new time zone (IANA or Windows id); only together with <see cref="Start"/>.</summary>
    public string? TimeZone { get; init; }

    /// <summary>A new duration in whole minutes (1-1,440).</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>A new recurrence; the meeting becomes (or stays) a recurring meeting with a fixed time.</summary>
    public ScheduleRecurrence? Recurrence { get; init; }

    /// <summary>Prints the changes.</summary>
    public override string ToString()
        => $"UpdateScheduledMeetingRequest {{ OccurrenceId = {OccurrenceId}, Topic = {Topic}, Start = {Start:s}, TimeZone = {TimeZone}, Duration = {Duration}, Recurrence = {Recurrence} }}";
}
