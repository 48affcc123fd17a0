using System.Globalization;
using System.Text.Json.Serialization;

namespace Zoom.Connector.Models;

/// <summary>
/// The recurrence of a type 8 meeting. <see cref="EndTimes"/> and <see cref="EndDateTime"/> exclude each other.
/// </summary>
public sealed record MeetingRecurrence
{
    /// <summary>Daily, weekly or monthly.</summary>
    public RecurrenceType Type { get; init; }

    /// <summary>Every N days (max 99), weeks (max 50) or months (max 10).</summary>
    public int? RepeatInterval { get; init; }

    /// <summary>
    /// Weekdays of a weekly recurrence as Zoom sends them: a comma-separated string of 1 (Sunday) to 7 (Saturday).
    /// Use <see cref="ZoomWeekdays"/> to convert from and to <see cref="DayOfWeek"/>.
    /// </summary>
    public string? WeeklyDays { get; init; }

    /// <summary>Day of the month (1-31) of a monthly recurrence.</summary>
    public int? MonthlyDay { get; init; }

    /// <summary>Week of the month (-1 last, 1-4) of a monthly recurrence on a weekday.</summary>
    public int? MonthlyWeek { get; init; }

    /// <summary>Weekday (1 Sunday .. 7 Saturday) of a monthly recurrence on a weekday.</summary>
    public int? MonthlyWeekDay { get; init; }

    /// <summary>How many times the meeting recurs before it ends (1-60; 0 means no end).</summary>
    public int? EndTimes { get; init; }

    /// <summary>When the recurrence ends (UTC).</summary>
    [JsonConverter(typeof(Serialization.ZoomUtcDateTimeConverter))]
    public DateTimeOffset? EndDateTime { get; init; }
}

/// <summary>Converts between .NET <see cref="DayOfWeek"/> (Sunday = 0) and Zoom's weekday numbers (Sunday = 1).</summary>
public static class ZoomWeekdays
{
    /// <summary>Zoom's number for a weekday: Sunday = 1 .. Saturday = 7.</summary>
    public static int ToZoom(DayOfWeek day)
    {
        if (day is < DayOfWeek.Sunday or > DayOfWeek.Saturday)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "Expected a day from Sunday to Saturday.");
        }

        return (int)day + 1;
    }

    /// <summary>The weekday for Zoom's number 1 (Sunday) .. 7 (Saturday).</summary>
    public static DayOfWeek FromZoom(int zoomDay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(zoomDay, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(zoomDay, 7);
        return (DayOfWeek)(zoomDay - 1);
    }

    /// <summary>Formats weekdays as Zoom's <c>weekly_days</c> string, e.g. Monday and Wednesday as <c>"2,4"</c>.</summary>
    public static string Format(IEnumerable<DayOfWeek> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        return string.Join(',', days.Select(ToZoom).Distinct().Order().Select(d => d.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>Parses Zoom's <c>weekly_days</c> string into weekdays.</summary>
    public static IReadOnlyList<DayOfWeek> Parse(string? weeklyDays)
    {
        if (string.IsNullOrWhiteSpace(weeklyDays))
        {
            return [];
        }

        return weeklyDays
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => FromZoom(int.Parse(part, NumberStyles.Integer, CultureInfo.InvariantCulture)))
            .ToArray();
    }
}

/// <summary>One occurrence of a recurring meeting.</summary>
public sealed record MeetingOccurrence
{
    /// <summary>The occurrence id: the start instant in epoch milliseconds, as a string.</summary>
    public string? OccurrenceId { get; init; }

    /// <summary>Start of this occurrence (UTC).</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>Duration in minutes.</summary>
    public int? Duration { get; init; }

    /// <summary>Available or deleted.</summary>
    public OccurrenceStatus? Status { get; init; }
}

/// <summary>A dial-in number of a meeting.</summary>
public sealed record GlobalDialInNumber
{
    /// <summary>The city of the number.</summary>
    public string? City { get; init; }

    /// <summary>Country code, e.g. <c>US</c>.</summary>
    public string? Country { get; init; }

    /// <summary>Full country name.</summary>
    public string? CountryName { get; init; }

    /// <summary>The phone number, e.g. <c>+1 1000200200</c>.</summary>
    public string? Number { get; init; }

    /// <summary>Toll or toll-free.</summary>
    public DialInNumberType? Type { get; init; }
}

/// <summary>A tracking field of a meeting.</summary>
public sealed record TrackingField
{
    /// <summary>The tracking field's label.</summary>
    public string? Field { get; init; }

    /// <summary>The tracking field's value.</summary>
    public string? Value { get; init; }

    /// <summary>Whether the field is visible in the meeting details (responses only).</summary>
    public bool? Visible { get; init; }
}

/// <summary>A person invited to a meeting.</summary>
public sealed record MeetingInvitee
{
    /// <summary>The invitee's email.</summary>
    public string? Email { get; init; }

    /// <summary>Whether the invitee is a user of the account (responses only).</summary>
    public bool? InternalUser { get; init; }
}

/// <summary><c>{"email": ..., "name": ...}</c> pairs that may join without meeting authentication.</summary>
public sealed record MeetingAuthenticationExemption
{
    /// <summary>Email of the participant.</summary>
    public string? Email { get; init; }

    /// <summary>Name of the participant.</summary>
    public string? Name { get; init; }

    /// <summary>Their personal join URL (responses only).</summary>
    public string? JoinUrl { get; init; }

    /// <summary>Hides the join URL from <see cref="object.ToString"/>.</summary>
    public override string ToString() => $"MeetingAuthenticationExemption {{ Email = {Email}, Name = {Name} }}";
}
