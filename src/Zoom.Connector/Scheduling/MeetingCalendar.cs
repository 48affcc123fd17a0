using System.Globalization;
using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Zoom.Connector.Models;
using Calendar = Ical.Net.Calendar;

namespace Zoom.Connector.Scheduling;

/// <summary>
/// Renders a Zoom meeting as an RFC 5545 calendar: one VEVENT in the meeting's time zone (with its VTIMEZONE), an
/// RRULE for the recurrence, EXDATEs for deleted occurrences, the join URL as LOCATION and URL, and the passcode and
/// dial-in numbers in the DESCRIPTION. Only the fields named here are read, so the host's <c>start_url</c> never
/// reaches the calendar.
/// </summary>
internal static class MeetingCalendar
{
    public const string ProductId = "-//Zoom.Connector//Scheduling//EN";

    /// <summary>The calendar, or <see langword="null"/> for a meeting without a fixed time (type 3, instant meetings), which has nothing to put in a calendar.</summary>
    public static string? Write(Meeting meeting, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var (zoneId, zone) = ZoomTimeZones.ForMeeting(meeting.Timezone);
        var isUtc = zoneId == ZoomTimeZones.Utc;
        var starts = (meeting.Occurrences ?? [])
            .Where(o => o.StartTime is not null)
            .OrderBy(o => o.StartTime!.Value)
            .ToArray();
        DateTimeOffset? first = starts.Length > 0 ? starts[0].StartTime : meeting.StartTime;
        if (first is not { } firstUtc || meeting.Type is MeetingType.RecurringNoFixedTime or MeetingType.Instant)
        {
            return null;
        }

        CalDateTime InZone(DateTimeOffset instant) => isUtc
            ? new CalDateTime(instant.UtcDateTime, CalDateTime.UtcTzId)
            : new CalDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime, zoneId);

        var calendar = new Calendar { ProductId = ProductId, Method = "PUBLISH" };
        if (!isUtc)
        {
            // Rules from the year before the first occurrence cover every occurrence of the series.
            calendar.AddTimeZone(zoneId, TimeZoneInfo.ConvertTime(firstUtc, zone).DateTime.AddYears(-1), includeHistoricalData: false);
        }

        var calendarEvent = new CalendarEvent
        {
            Uid = meeting.Id.ToString(CultureInfo.InvariantCulture) + "@zoom.us",
            DtStamp = new CalDateTime(now.UtcDateTime, CalDateTime.UtcTzId),
            DtStart = InZone(firstUtc),
            Duration = Duration.FromMinutes(meeting.Duration is > 0 ? meeting.Duration.Value : 60),
            Summary = meeting.Topic,
            Description = Describe(meeting),
        };

        if (!string.IsNullOrEmpty(meeting.JoinUrl))
        {
            calendarEvent.Location = meeting.JoinUrl;
            if (Uri.TryCreate(meeting.JoinUrl, UriKind.Absolute, out var joinUri))
            {
                calendarEvent.Url = joinUri;
            }
        }

        if (meeting.Type == MeetingType.RecurringFixedTime && ToRule(meeting.Recurrence) is { } rule)
        {
            calendarEvent.RecurrenceRule = rule;
            foreach (var deleted in starts.Where(o => o.Status == OccurrenceStatus.Deleted))
            {
                calendarEvent.ExceptionDates.Add(InZone(deleted.StartTime!.Value));
            }
        }
        else if (starts.Length > 1)
        {
            // A series whose rule this version cannot express: list Zoom's occurrences as they are (deleted ones excluded).
            foreach (var occurrence in starts.Skip(1).Where(o => o.Status != OccurrenceStatus.Deleted))
            {
                calendarEvent.RecurrenceDates.Add(InZone(occurrence.StartTime!.Value));
            }

            if (starts[0].Status == OccurrenceStatus.Deleted)
            {
                calendarEvent.ExceptionDates.Add(InZone(firstUtc));
            }
        }

        calendar.Events.Add(calendarEvent);
        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    /// <summary>The RRULE for Zoom's recurrence: FREQ, INTERVAL, BYDAY (with an ordinal when monthly), BYMONTHDAY, COUNT or UNTIL.</summary>
    public static RecurrenceRule? ToRule(MeetingRecurrence? recurrence)
    {
        if (recurrence is null)
        {
            return null;
        }

        FrequencyType? frequency = recurrence.Type switch
        {
            RecurrenceType.Daily => FrequencyType.Daily,
            RecurrenceType.Weekly => FrequencyType.Weekly,
            RecurrenceType.Monthly => FrequencyType.Monthly,
            _ => null,
        };
        if (frequency is null)
        {
            return null;
        }

        // Zoom numbers weekdays from Sunday; its weeks are taken to start on Sunday too (WKST=SU).
        var rule = new RecurrenceRule(frequency.Value, recurrence.RepeatInterval is > 0 ? recurrence.RepeatInterval.Value : 1)
        {
            FirstDayOfWeek = DayOfWeek.Sunday,
        };
        switch (recurrence.Type)
        {
            case RecurrenceType.Weekly:
                rule.ByDay.AddRange(ZoomWeekdays.Parse(recurrence.WeeklyDays).Select(d => new WeekDay(d)));
                break;
            case RecurrenceType.Monthly when recurrence.MonthlyDay is { } day:
                rule.ByMonthDay.Add(day);
                break;
            case RecurrenceType.Monthly when recurrence.MonthlyWeek is { } week && recurrence.MonthlyWeekDay is { } weekDay:
                rule.ByDay.Add(new WeekDay(ZoomWeekdays.FromZoom(weekDay), week));
                break;
        }

        if (recurrence.EndDateTime is { } until)
        {
            rule.Until = new CalDateTime(until.UtcDateTime, CalDateTime.UtcTzId);
        }
        else if (recurrence.EndTimes is > 0)
        {
            rule.Count = recurrence.EndTimes;
        }

        return rule;
    }

    private static string Describe(Meeting meeting)
    {
        var text = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(meeting.Agenda))
        {
            text.Append(meeting.Agenda).Append("\n\n");
        }

        if (!string.IsNullOrEmpty(meeting.JoinUrl))
        {
            text.Append("Join Zoom Meeting\n").Append(meeting.JoinUrl).Append("\n\n");
        }

        text.Append("Meeting ID: ").Append(meeting.Id.ToString(CultureInfo.InvariantCulture)).Append('\n');
        if (!string.IsNullOrEmpty(meeting.Password))
        {
            text.Append("Passcode: ").Append(meeting.Password).Append('\n');
        }

        var numbers = meeting.Settings?.GlobalDialInNumbers ?? [];
        if (numbers.Count > 0)
        {
            text.Append("\nDial by your location\n");
            foreach (var number in numbers)
            {
                text.Append("  ").Append(number.Number);
                var place = string.Join(", ", new[] { number.City, number.CountryName ?? number.Country }.Where(p => !string.IsNullOrWhiteSpace(p)));
                if (place.Length > 0)
                {
                    text.Append(" (").Append(place).Append(')');
                }

                if (number.Type == DialInNumberType.TollFree)
                {
                    text.Append(" toll-free");
                }

                text.Append('\n');
            }

            if (!string.IsNullOrEmpty(meeting.PstnPassword))
            {
                text.Append("Phone passcode: ").Append(meeting.PstnPassword).Append('\n');
            }
        }

        return text.ToString().TrimEnd('\n');
    }
}
