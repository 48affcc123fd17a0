using System.Globalization;
using System.Text.Json;
using Zoom.Connector.Models;
using Zoom.Connector.Scheduling;

namespace Zoom.Connector.Sample.Output;

/// <summary>The scheduling pages: the success page of a one-time or recurring meeting, and the invitation details.</summary>
internal sealed partial class SampleOutput
{
    /// <summary>The success page of <c>meetings create</c>, then the invitation.</summary>
    public void Scheduled(ScheduledMeeting meeting, MeetingInvitationDetails invitation, string? host, string? person)
    {
        if (json)
        {
            WriteJson(w =>
            {
                w.WritePropertyName("meeting");
                WriteMeeting(w, meeting);
                if (person is not null)
                {
                    w.WriteString("scheduled_as", person);
                }

                w.WriteString("invitation", invitation.InvitationText ?? string.Empty);
            });
            return;
        }

        var id = meeting.Id.ToString(CultureInfo.InvariantCulture);
        if (meeting.IsRecurring)
        {
            stdout.WriteLine($"Recurring meeting scheduled: \"{meeting.Topic}\" ({Count(meeting.Occurrences.Count(o => !o.IsDeleted), "occurrence")})");
        }
        else
        {
            stdout.WriteLine($"Meeting scheduled: \"{meeting.Topic}\" (one-time)");
        }

        stdout.WriteLine($"  Meeting ID: {FormatMeetingId(meeting.Id)}");
        if (meeting.IsRecurring)
        {
            stdout.WriteLine($"  Repeats:    {Describe(meeting.Recurrence)}");
            stdout.WriteLine($"  Time:       {LocalClock(meeting.Start)} {meeting.TimeZone}, {Minutes(meeting.Duration)}");
        }
        else
        {
            stdout.WriteLine($"  Starts:     {LocalTime(meeting.Start)} {meeting.TimeZone} ({UtcTime(meeting.StartUtc)})");
            stdout.WriteLine($"  Duration:   {Minutes(meeting.Duration)}");
        }

        stdout.WriteLine($"  Host:       {host ?? meeting.HostId}");
        stdout.WriteLine($"  Join URL:   {WithoutPasscode(meeting.JoinUrl)}");
        stdout.WriteLine($"  Details:    meetings show {id}  |  calendar file: meetings invitation {id} --ics meeting-{id}.ics");
        stdout.WriteLine();
        WriteInvitationDetails(invitation);
    }

    /// <summary><c>meetings invitation</c>: the structured details, then Zoom's invitation text.</summary>
    public void Invitation(MeetingInvitationDetails invitation, string? icsFile)
    {
        if (json)
        {
            WriteJson(w =>
            {
                w.WriteNumber("id", invitation.Meeting.Id);
                w.WritePropertyName("meeting");
                WriteMeeting(w, invitation.Meeting);
                w.WriteString("invitation", invitation.InvitationText ?? string.Empty);
                if (icsFile is not null)
                {
                    w.WriteString("ics_file", icsFile);
                }
            });
            return;
        }

        WriteInvitationDetails(invitation);
        if (icsFile is not null)
        {
            stdout.WriteLine();
            stdout.WriteLine($"Calendar file: {icsFile}");
        }
    }

    /// <summary>
    /// The invitation page: topic, passcode, calendar details, occurrences, join URL, start time, meeting ID and
    /// dial-in numbers, then Zoom's own invitation text. The person asked for it, so the passcode is shown.
    /// </summary>
    private void WriteInvitationDetails(MeetingInvitationDetails invitation)
    {
        var meeting = invitation.Meeting;
        stdout.WriteLine("Invitation details");
        stdout.WriteLine($"  Topic:       {meeting.Topic}");
        stdout.WriteLine($"  Passcode:    {(string.IsNullOrEmpty(meeting.Password) ? "none" : meeting.Password)}");
        stdout.WriteLine($"  Calendar:    {CalendarLine(meeting)}");
        stdout.WriteLine($"  Start time:  {LocalTime(meeting.Start)} {meeting.TimeZone} ({UtcTime(meeting.StartUtc)})");
        stdout.WriteLine($"  Meeting ID:  {FormatMeetingId(meeting.Id)}");
        stdout.WriteLine($"  Join URL:    {WithoutPasscode(meeting.JoinUrl)}");
        if (!string.IsNullOrEmpty(meeting.Agenda))
        {
            stdout.WriteLine($"  Agenda:      {meeting.Agenda}");
        }

        if (meeting.CoHosts.Count > 0)
        {
            stdout.WriteLine($"  Co-hosts:    {string.Join(", ", meeting.CoHosts)}");
        }

        if (meeting.IsRecurring)
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  Occurrences ({meeting.TimeZone}):"));
            var number = 0;
            foreach (var occurrence in meeting.Occurrences)
            {
                number++;
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    {number,2}. {LocalTime(occurrence.Start)} {occurrence.Start:zzz} ({UtcTime(occurrence.StartUtc)}){(occurrence.IsDeleted ? "  deleted" : string.Empty)}"));
            }
        }

        if (meeting.DialInNumbers.Count > 0)
        {
            stdout.WriteLine("  Dial-in numbers:");
            foreach (var number in meeting.DialInNumbers)
            {
                var place = string.Join(", ", new[] { number.City, number.CountryName ?? number.Country }.Where(p => !string.IsNullOrEmpty(p)));
                var kind = number.Type == DialInNumberType.TollFree ? " (toll-free)" : string.Empty;
                stdout.WriteLine($"    {number.Number}  {place}{kind}");
            }
        }
        else
        {
            stdout.WriteLine("  Dial-in numbers: none");
        }

        stdout.WriteLine();
        stdout.WriteLine("Zoom's invitation:");
        stdout.WriteLine();
        WriteInvitation(invitation.InvitationText ?? string.Empty);
    }

    private static void WriteMeeting(Utf8JsonWriter w, ScheduledMeeting meeting)
    {
        w.WriteStartObject();
        w.WriteNumber("id", meeting.Id);
        w.WriteString("kind", meeting.IsRecurring ? "recurring" : "one_time");
        w.WriteNumber("type", (int)meeting.Type);
        w.WriteString("topic", meeting.Topic);
        if (!string.IsNullOrEmpty(meeting.Agenda))
        {
            w.WriteString("agenda", meeting.Agenda);
        }

        w.WriteString("host_id", meeting.HostId);
        w.WriteString("timezone", meeting.TimeZone);
        WriteInstant(w, "start_time", meeting.Start);
        WriteInstant(w, "start_time_utc", meeting.StartUtc);
        w.WriteNumber("duration", (int)meeting.Duration.TotalMinutes);
        w.WriteString("join_url", WithoutPasscode(meeting.JoinUrl));
        w.WriteStartArray("co_hosts");
        foreach (var coHost in meeting.CoHosts)
        {
            w.WriteStringValue(coHost);
        }

        w.WriteEndArray();
        w.WriteStartArray("dial_in_numbers");
        foreach (var number in meeting.DialInNumbers)
        {
            w.WriteStartObject();
            w.WriteString("country", number.Country);
            w.WriteString("country_name", number.CountryName);
            w.WriteString("city", number.City);
            w.WriteString("number", number.Number);
            w.WriteString("type", number.Type == DialInNumberType.TollFree ? "tollfree" : "toll");
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (meeting.Recurrence is { } recurrence)
        {
            w.WriteStartObject("recurrence");
            w.WriteString("frequency", recurrence.Frequency.ToString().ToLowerInvariant());
            w.WriteNumber("interval", recurrence.Interval);
            if (recurrence.WeeklyDays.Count > 0)
            {
                w.WriteStartArray("weekdays");
                foreach (var day in recurrence.WeeklyDays)
                {
                    w.WriteStringValue(Day(day));
                }

                w.WriteEndArray();
            }

            WriteOptional(w, "month_day", recurrence.MonthlyDay);
            WriteOptional(w, "month_week", recurrence.MonthlyWeek);
            if (recurrence.MonthlyWeekDay is { } weekday)
            {
                w.WriteString("month_week_day", Day(weekday));
            }

            WriteOptional(w, "end_times", recurrence.EndAfterOccurrences);
            if (recurrence.EndDate is { } end)
            {
                w.WriteString("end_date", end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            w.WriteEndObject();
        }

        w.WriteStartArray("occurrences");
        foreach (var occurrence in meeting.Occurrences)
        {
            w.WriteStartObject();
            w.WriteString("occurrence_id", occurrence.OccurrenceId);
            WriteInstant(w, "start_time", occurrence.Start);
            WriteInstant(w, "start_time_utc", occurrence.StartUtc);
            w.WriteNumber("duration", (int)occurrence.Duration.TotalMinutes);
            w.WriteString("status", occurrence.IsDeleted ? "deleted" : "available");
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteInstant(Utf8JsonWriter w, string name, DateTimeOffset? value)
    {
        if (value is { } v)
        {
            w.WriteString(name, v.ToString(v.Offset == TimeSpan.Zero && name.EndsWith("_utc", StringComparison.Ordinal) ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        }
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
    }

    /// <summary>"Every week on Mon, Wed at 09:00 Europe/Paris for 45 minutes, 10 occurrences": what a calendar shows.</summary>
    private static string CalendarLine(ScheduledMeeting meeting)
        => meeting.IsRecurring
            ? $"{Describe(meeting.Recurrence)}, at {LocalClock(meeting.Start)} {meeting.TimeZone} for {Minutes(meeting.Duration)}"
            : $"{LocalTime(meeting.Start)} {meeting.TimeZone} for {Minutes(meeting.Duration)}";

    private static string Describe(ScheduleRecurrence? recurrence)
    {
        if (recurrence is null)
        {
            return "as Zoom lists the occurrences";
        }

        var every = recurrence.Frequency switch
        {
            RecurrenceFrequency.Daily => recurrence.Interval == 1 ? "Every day" : Every(recurrence.Interval, "days"),
            RecurrenceFrequency.Weekly => (recurrence.Interval == 1 ? "Every week" : Every(recurrence.Interval, "weeks"))
                                          + " on " + string.Join(", ", recurrence.WeeklyDays.Select(d => d.ToString()[..3])),
            RecurrenceFrequency.Monthly => (recurrence.Interval == 1 ? "Every month" : Every(recurrence.Interval, "months"))
                                           + (recurrence.MonthlyDay is { } day
                                               ? string.Create(CultureInfo.InvariantCulture, $" on day {day}")
                                               : $" on the {WeekOrdinal(recurrence.MonthlyWeek)} {recurrence.MonthlyWeekDay}"),
            _ => recurrence.Frequency.ToString(),
        };
        var end = recurrence switch
        {
            { EndAfterOccurrences: { } times } => ", " + Count(times, "time"),
            { EndDate: { } date } => ", until " + date.ToString("ddd yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => string.Empty,
        };
        return every + end;
    }

    private static string Every(int interval, string unit) => string.Create(CultureInfo.InvariantCulture, $"Every {interval} {unit}");

    private static string WeekOrdinal(int? week) => week switch
    {
        1 => "first",
        2 => "second",
        3 => "third",
        4 => "fourth",
        ScheduleRecurrence.LastWeek => "last",
        _ => string.Create(CultureInfo.InvariantCulture, $"week {week}"),
    };

    private static string Day(DayOfWeek day) => day.ToString()[..3].ToLowerInvariant();

    private static string Count(int count, string noun) => string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    private static string Minutes(TimeSpan duration) => Count((int)duration.TotalMinutes, "minute");

    private static string LocalTime(DateTimeOffset? value) => value?.ToString("ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-";

    private static string LocalClock(DateTimeOffset? value) => value?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "-";

    private static string UtcTime(DateTimeOffset? value) => value?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "-";

    /// <summary>Zoom's grouping of meeting ids: 898 9936 0132 (11 digits), 123 456 7890 (10 digits).</summary>
    private static string FormatMeetingId(long id)
    {
        var digits = id.ToString(CultureInfo.InvariantCulture);
        return digits.Length switch
        {
            11 => $"{digits[..3]} {digits[3..7]} {digits[7..]}",
            10 => $"{digits[..3]} {digits[3..6]} {digits[6..]}",
            _ => digits,
        };
    }
}
