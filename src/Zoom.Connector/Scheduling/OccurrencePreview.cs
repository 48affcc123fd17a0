using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Zoom.Connector.Models;

namespace Zoom.Connector.Scheduling;

/// <summary>
/// Expands a validated request into the occurrences Zoom will create, without asking Zoom: the recurrence becomes
/// the same RRULE the invitation uses, evaluated in the meeting's zone, so daylight-saving changes keep the wall-clock
/// time. Like Zoom, the series starts on the first day on or after the start that matches the pattern.
/// </summary>
internal static class OccurrencePreview
{
    /// <summary>The most occurrences a preview lists (Zoom's own cap on a series).</summary>
    public const int MaxOccurrences = 60;

    public static IReadOnlyList<ScheduledOccurrence> Expand(ScheduleMeetingRequest request, ValidatedSchedule valid)
    {
        var duration = TimeSpan.FromMinutes(valid.DurationMinutes);
        if (request.Recurrence is not { } recurrence)
        {
            return [Occurrence(valid.StartUtc, valid.Zone, duration)];
        }

        var zoomRecurrence = ScheduledMeetingMapper.ToZoom(recurrence, valid.Zone);
        var rule = MeetingCalendar.ToRule(zoomRecurrence with { EndTimes = null })
            ?? throw new InvalidOperationException("A validated recurrence always has a rule.");
        var start = valid.ZoneId == ZoomTimeZones.Utc
            ? new CalDateTime(request.Start, CalDateTime.UtcTzId)
            : new CalDateTime(request.Start, valid.ZoneId);
        var calendarEvent = new CalendarEvent { DtStart = start, Duration = Duration.FromMinutes(valid.DurationMinutes), RecurrenceRule = rule };
        var limit = recurrence.EndAfterOccurrences ?? MaxOccurrences;

        return calendarEvent.GetOccurrences(null, null)
            .Select(o => new DateTimeOffset(o.Period.StartTime.AsUtc, TimeSpan.Zero))
            .Where(utc => utc != valid.StartUtc || StartMatches(recurrence, request.Start))
            .Take(limit)
            .Select(utc => Occurrence(utc, valid.Zone, duration))
            .ToArray();
    }

    /// <summary>Whether the start itself is an occurrence of the pattern (RFC 5545 always counts DTSTART; Zoom does not).</summary>
    private static bool StartMatches(ScheduleRecurrence recurrence, DateTime start) => recurrence.Frequency switch
    {
        RecurrenceFrequency.Weekly => recurrence.WeeklyDays.Contains(start.DayOfWeek),
        RecurrenceFrequency.Monthly when recurrence.MonthlyDay is { } day => start.Day == day,
        RecurrenceFrequency.Monthly => start.DayOfWeek == recurrence.MonthlyWeekDay && recurrence.MonthlyWeek switch
        {
            ScheduleRecurrence.LastWeek => start.AddDays(7).Month != start.Month,
            { } week => (start.Day - 1) / 7 + 1 == week,
            null => false,
        },
        _ => true,
    };

    private static ScheduledOccurrence Occurrence(DateTimeOffset utc, TimeZoneInfo zone, TimeSpan duration) => new()
    {
        OccurrenceId = utc.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
        StartUtc = utc,
        Start = TimeZoneInfo.ConvertTime(utc, zone),
        Duration = duration,
        Status = OccurrenceStatus.Available,
    };
}
