using System.Globalization;
using Zoom.Connector.Models;
using Zoom.Connector.Scheduling;

namespace Zoom.Connector.WebSample.Hosting;

/// <summary>How meetings read on the pages.</summary>
public static class MeetingText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <summary>A wall-clock time in the meeting's zone, e.g. <c>Mon 7 Dec 2026, 09:00 (UTC+01:00)</c>.</summary>
    public static string When(DateTimeOffset time)
        => time.ToString("ddd d MMM yyyy, HH:mm", English) + " (UTC" + (time.Offset < TimeSpan.Zero ? "-" : "+") + time.Offset.ToString("hh\\:mm", English) + ")";

    /// <summary>Zoom's grouping of a meeting id: <c>898 9936 0132</c>.</summary>
    public static string MeetingId(long id)
    {
        var digits = id.ToString(CultureInfo.InvariantCulture);
        return digits.Length switch
        {
            <= 9 => digits.Length > 6 ? $"{digits[..3]} {digits[3..6]} {digits[6..]}" : digits,
            10 => $"{digits[..3]} {digits[3..6]} {digits[6..]}",
            _ => $"{digits[..3]} {digits[3..7]} {digits[7..]}",
        };
    }

    /// <summary>A duration as minutes or hours and minutes.</summary>
    public static string Duration(TimeSpan duration)
        => duration.TotalMinutes < 60 ? $"{duration.TotalMinutes:0} minutes"
            : duration.Minutes == 0 ? $"{duration.TotalHours:0} hour{(duration.TotalHours >= 2 ? "s" : "")}"
            : $"{(int)duration.TotalHours} h {duration.Minutes} min";

    /// <summary>The pattern in words, e.g. <c>Every week on Monday and Wednesday, 10 times</c>.</summary>
    public static string Pattern(ScheduleRecurrence? recurrence)
    {
        if (recurrence is null)
        {
            return "Once";
        }

        var unit = recurrence.Frequency switch
        {
            RecurrenceFrequency.Daily => "day",
            RecurrenceFrequency.Weekly => "week",
            _ => "month",
        };
        var every = recurrence.Interval == 1 ? $"Every {unit}" : $"Every {recurrence.Interval} {unit}s";
        var on = recurrence.Frequency switch
        {
            RecurrenceFrequency.Weekly when recurrence.WeeklyDays.Count > 0 => " on " + Join([.. recurrence.WeeklyDays.Select(d => d.ToString())]),
            RecurrenceFrequency.Monthly when recurrence.MonthlyDay is { } day => $" on day {day}",
            RecurrenceFrequency.Monthly when recurrence.MonthlyWeek is { } week && recurrence.MonthlyWeekDay is { } weekDay
                => $" on the {(week == ScheduleRecurrence.LastWeek ? "last" : Ordinal(week))} {weekDay}",
            _ => string.Empty,
        };
        var end = recurrence.EndAfterOccurrences is { } times ? $", {times} time{(times == 1 ? "" : "s")}"
            : recurrence.EndDate is { } date ? $", until {date.ToString("d MMM yyyy", English)}"
            : string.Empty;
        return every + on + end;
    }

    /// <summary>Whether a stored meeting repeats.</summary>
    public static bool IsRecurring(Meeting meeting) => meeting?.Type is MeetingType.RecurringFixedTime or MeetingType.RecurringNoFixedTime;

    /// <summary>The join URL without an embedded passcode (<c>pwd</c>), for anyone but the host.</summary>
    public static string? WithoutPasscode(string? joinUrl)
    {
        if (joinUrl is null || !Uri.TryCreate(joinUrl, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Query))
        {
            return joinUrl;
        }

        var kept = uri.Query.TrimStart('?').Split('&').Where(p => !p.StartsWith("pwd=", StringComparison.OrdinalIgnoreCase));
        return new UriBuilder(uri) { Query = string.Join('&', kept) }.Uri.AbsoluteUri.TrimEnd('?');
    }

    private static string Join(IReadOnlyList<string> items)
        => items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    private static string Ordinal(int n) => n switch { 1 => "first", 2 => "second", 3 => "third", 4 => "fourth", _ => n.ToString(CultureInfo.InvariantCulture) };
}
