using Zoom.Connector.Models;

namespace Zoom.Connector.Scheduling;

/// <summary>Maps between the scheduling types and Zoom's wire models.</summary>
internal static class ScheduledMeetingMapper
{
    /// <summary>Zoom's <c>recurrence</c> object for a validated recurrence; an end date becomes the end of that day in the meeting's zone, in UTC.</summary>
    public static MeetingRecurrence ToZoom(ScheduleRecurrence recurrence, TimeZoneInfo zone) => new()
    {
        Type = recurrence.Frequency switch
        {
            RecurrenceFrequency.Daily => RecurrenceType.Daily,
            RecurrenceFrequency.Weekly => RecurrenceType.Weekly,
            RecurrenceFrequency.Monthly => RecurrenceType.Monthly,
            _ => throw new ArgumentOutOfRangeException(nameof(recurrence), recurrence.Frequency, "Unknown recurrence frequency."),
        },
        RepeatInterval = recurrence.Interval,
        WeeklyDays = recurrence.Frequency == RecurrenceFrequency.Weekly ? ZoomWeekdays.Format(recurrence.WeeklyDays) : null,
        MonthlyDay = recurrence.MonthlyDay,
        MonthlyWeek = recurrence.MonthlyWeek,
        MonthlyWeekDay = recurrence.MonthlyWeekDay is { } day ? ZoomWeekdays.ToZoom(day) : null,
        EndTimes = recurrence.EndAfterOccurrences,
        EndDateTime = recurrence.EndDate is { } endDate ? EndOfDayUtc(endDate, zone) : null,
    };

    /// <summary>The last second of <paramref name="date"/> in <paramref name="zone"/>, as a UTC instant.</summary>
    public static DateTimeOffset EndOfDayUtc(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(new TimeOnly(23, 59, 59), DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    /// <summary>The recurrence Zoom reports, or <see langword="null"/> when it is absent or of a shape this version does not know.</summary>
    public static ScheduleRecurrence? FromZoom(MeetingRecurrence? recurrence, TimeZoneInfo zone)
    {
        if (recurrence is null)
        {
            return null;
        }

        var frequency = recurrence.Type switch
        {
            RecurrenceType.Daily => RecurrenceFrequency.Daily,
            RecurrenceType.Weekly => RecurrenceFrequency.Weekly,
            RecurrenceType.Monthly => RecurrenceFrequency.Monthly,
            _ => RecurrenceFrequency.None,
        };
        if (frequency == RecurrenceFrequency.None)
        {
            return null;
        }

        return new ScheduleRecurrence
        {
            Frequency = frequency,
            Interval = recurrence.RepeatInterval ?? 1,
            WeeklyDays = frequency == RecurrenceFrequency.Weekly ? ZoomWeekdays.Parse(recurrence.WeeklyDays) : [],
            MonthlyDay = frequency == RecurrenceFrequency.Monthly ? recurrence.MonthlyDay : null,
            MonthlyWeek = frequency == RecurrenceFrequency.Monthly && recurrence.MonthlyDay is null ? recurrence.MonthlyWeek : null,
            MonthlyWeekDay = frequency == RecurrenceFrequency.Monthly && recurrence.MonthlyDay is null && recurrence.MonthlyWeekDay is { } d ? ZoomWeekdays.FromZoom(d) : null,
            EndAfterOccurrences = recurrence.EndDateTime is null && recurrence.EndTimes is > 0 ? recurrence.EndTimes : null,
            EndDate = recurrence.EndDateTime is { } end ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(end, zone).DateTime) : null,
        };
    }

    /// <summary>The person-facing view of a meeting Zoom returned; never copies <c>start_url</c>.</summary>
    public static ScheduledMeeting ToScheduledMeeting(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var (zoneId, zone) = ZoomTimeZones.ForMeeting(meeting.Timezone);
        var duration = TimeSpan.FromMinutes(meeting.Duration ?? 0);
        var occurrences = (meeting.Occurrences ?? [])
            .Where(o => o.StartTime is not null)
            .Select(o => new ScheduledOccurrence
            {
                OccurrenceId = o.OccurrenceId,
                StartUtc = o.StartTime!.Value.ToUniversalTime(),
                Start = TimeZoneInfo.ConvertTime(o.StartTime.Value, zone),
                Duration = TimeSpan.FromMinutes(o.Duration ?? meeting.Duration ?? 0),
                Status = o.Status ?? OccurrenceStatus.Available,
            })
            .OrderBy(o => o.StartUtc)
            .ToArray();

        var recurring = meeting.Type is MeetingType.RecurringFixedTime or MeetingType.RecurringNoFixedTime;
        return new ScheduledMeeting
        {
            Id = meeting.Id,
            Kind = recurring ? ScheduledMeetingKind.Recurring : ScheduledMeetingKind.OneTime,
            Type = meeting.Type,
            Topic = meeting.Topic,
            Agenda = meeting.Agenda,
            HostId = meeting.HostId,
            TimeZone = meeting.Timezone ?? zoneId,
            StartUtc = meeting.StartTime?.ToUniversalTime(),
            Start = meeting.StartTime is { } start ? TimeZoneInfo.ConvertTime(start, zone) : null,
            Duration = duration,
            JoinUrl = meeting.JoinUrl,
            Password = meeting.Password,
            CoHosts = SplitHosts(meeting.Settings?.AlternativeHosts),
            DialInNumbers = meeting.Settings?.GlobalDialInNumbers ?? [],
            Recurrence = meeting.Type == MeetingType.RecurringFixedTime ? FromZoom(meeting.Recurrence, zone) : null,
            Occurrences = occurrences,
        };
    }

    /// <summary>Splits Zoom's <c>alternative_hosts</c> (semicolon-separated; commas tolerated).</summary>
    public static IReadOnlyList<string> SplitHosts(string? alternativeHosts)
        => string.IsNullOrWhiteSpace(alternativeHosts)
            ? []
            : alternativeHosts.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
