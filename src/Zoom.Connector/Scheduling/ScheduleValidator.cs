using System.Globalization;

namespace Zoom.Connector.Scheduling;

/// <summary>Checks scheduling requests against Zoom's rules before anything is sent. Messages name the field and the rule, never a passcode.</summary>
internal static class ScheduleValidator
{
    public const int MaxTopicLength = 200;
    public const int MaxAgendaLength = 2000;
    public const int MaxPasswordLength = 10;
    public const int MaxDurationMinutes = 1440;
    public const int MaxDailyInterval = 99;
    public const int MaxWeeklyInterval = 50;
    public const int MaxMonthlyInterval = 10;
    public const int MaxEndTimes = 60;

    /// <summary>An <see cref="ArgumentException"/> whose parameter name is the request field (dotted for nested fields).</summary>
    public static ArgumentException Invalid(string message, string field, Exception? innerException = null) => new(message, field, innerException);

    /// <summary>Validates a whole request and returns its normalized values.</summary>
    public static ValidatedSchedule Validate(ScheduleMeetingRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.HostUserId))
        {
            throw Invalid("HostUserId is required: a user id, an email or \"me\".", nameof(request.HostUserId));
        }

        ValidateTopic(request.Topic, required: true);
        ValidateAgenda(request.Agenda);
        var (zoneId, zone) = ResolveZone(request.TimeZone);
        var startUtc = ValidateStart(request.Start, zone, zoneId, now);
        var duration = ValidateDuration(request.Duration);
        ValidatePassword(request.Password);
        var coHosts = NormalizeCoHosts(request.CoHosts);
        var countries = NormalizeCountries(request.DialInCountries);
        if (request.WaitingRoom == true && request.JoinBeforeHost == true)
        {
            throw Invalid(
                "JoinBeforeHost cannot be combined with WaitingRoom: Zoom turns join-before-host off when the waiting room is on.",
                nameof(request.JoinBeforeHost));
        }

        if (request.Recurrence is not null)
        {
            ValidateRecurrence(request.Recurrence, DateOnly.FromDateTime(request.Start));
        }

        return new ValidatedSchedule(zoneId, zone, startUtc, duration, coHosts, countries);
    }

    public static void ValidateTopic(string? topic, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(topic))
        {
            throw Invalid("Topic is required.", "Topic");
        }

        if (topic is not null && topic.Length > MaxTopicLength)
        {
            throw Invalid($"Topic must be at most {MaxTopicLength} characters; it has {topic.Length}.", "Topic");
        }
    }

    public static void ValidateAgenda(string? agenda)
    {
        if (agenda is not null && agenda.Length > MaxAgendaLength)
        {
            throw Invalid($"Agenda must be at most {MaxAgendaLength} characters; it has {agenda.Length}.", "Agenda");
        }
    }

    public static (string ZoneId, TimeZoneInfo Zone) ResolveZone(string? timeZone)
    {
        if (string.IsNullOrWhiteSpace(timeZone))
        {
            throw Invalid("TimeZone is required: an IANA id such as Europe/Paris or a Windows id such as Romance Standard Time.", "TimeZone");
        }

        if (!ZoomTimeZones.TryResolve(timeZone, out var zoneId, out var zone))
        {
            throw Invalid($"TimeZone '{timeZone}' is not a known IANA or Windows time zone id.", "TimeZone");
        }

        return (zoneId, zone);
    }

    public static void ValidateStartKind(DateTime start)
    {
        if (start.Kind != DateTimeKind.Unspecified)
        {
            throw Invalid(
                $"Start must be a wall-clock time in TimeZone (DateTimeKind.Unspecified), not a {start.Kind} time: a UTC clock time sent with a time zone shifts the meeting.",
                "Start");
        }
    }

    public static DateTimeOffset ValidateStart(DateTime start, TimeZoneInfo zone, string zoneId, DateTimeOffset now)
    {
        ValidateStartKind(start);

        if (zone.IsInvalidTime(start))
        {
            throw Invalid(
                $"Start {start.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} does not exist in {zoneId}: the clocks skip it at the daylight-saving change.",
                "Start");
        }

        var startUtc = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(start, zone), TimeSpan.Zero);
        if (startUtc < now)
        {
            throw Invalid(
                $"Start {start.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} {zoneId} ({startUtc.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture)}) is in the past; now is {now.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture)}.",
                "Start");
        }

        return startUtc;
    }

    public static int ValidateDuration(TimeSpan duration)
    {
        if (duration.Ticks % TimeSpan.TicksPerMinute != 0)
        {
            throw Invalid($"Duration must be whole minutes; got {duration}.", "Duration");
        }

        var minutes = duration.TotalMinutes;
        if (minutes is < 1 or > MaxDurationMinutes)
        {
            throw Invalid($"Duration must be 1-{MaxDurationMinutes} minutes; got {minutes.ToString(CultureInfo.InvariantCulture)}.", "Duration");
        }

        return (int)minutes;
    }

    public static void ValidatePassword(string? password)
    {
        if (password is null)
        {
            return;
        }

        if (password.Length is 0 or > MaxPasswordLength)
        {
            throw Invalid($"Password must be 1-{MaxPasswordLength} characters; it has {password.Length}.", "Password");
        }

        foreach (var c in password)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '@' or '-' or '_' or '*'))
            {
                throw Invalid("Password may contain only letters, digits and @ - _ *.", "Password");
            }
        }
    }

    public static IReadOnlyList<string> NormalizeCoHosts(IReadOnlyList<string>? coHosts)
    {
        if (coHosts is null || coHosts.Count == 0)
        {
            return [];
        }

        var result = new List<string>(coHosts.Count);
        foreach (var coHost in coHosts)
        {
            if (string.IsNullOrWhiteSpace(coHost))
            {
                throw Invalid("CoHosts must not contain an empty entry.", "CoHosts");
            }

            var trimmed = coHost.Trim();
            if (trimmed.AsSpan().IndexOfAny(";, ") >= 0)
            {
                throw Invalid($"CoHosts entry '{trimmed}' must be one email or user id (no ';', ',' or spaces).", "CoHosts");
            }

            if (!result.Contains(trimmed, StringComparer.OrdinalIgnoreCase))
            {
                result.Add(trimmed);
            }
        }

        return result;
    }

    public static IReadOnlyList<string> NormalizeCountries(IReadOnlyList<string>? countries)
    {
        if (countries is null || countries.Count == 0)
        {
            return [];
        }

        var result = new List<string>(countries.Count);
        foreach (var country in countries)
        {
            var code = country?.Trim().ToUpperInvariant();
            if (code is not { Length: 2 } || !char.IsAsciiLetterUpper(code[0]) || !char.IsAsciiLetterUpper(code[1]))
            {
                throw Invalid($"DialInCountries entry '{country}' must be a two-letter country code such as US or DE.", "DialInCountries");
            }

            if (!result.Contains(code))
            {
                result.Add(code);
            }
        }

        return result;
    }

    public static void ValidateRecurrence(ScheduleRecurrence recurrence, DateOnly startDate)
    {
        const string Field = "Recurrence";
        switch (recurrence.Frequency)
        {
            case RecurrenceFrequency.Daily:
                CheckInterval(recurrence.Interval, MaxDailyInterval, "daily");
                RejectWeekly(recurrence, "daily");
                RejectMonthly(recurrence, "daily");
                break;
            case RecurrenceFrequency.Weekly:
                CheckInterval(recurrence.Interval, MaxWeeklyInterval, "weekly");
                if (recurrence.WeeklyDays is null || recurrence.WeeklyDays.Count == 0)
                {
                    throw Invalid("Recurrence.WeeklyDays of a weekly recurrence must name at least one weekday.", Field + ".WeeklyDays");
                }

                foreach (var day in recurrence.WeeklyDays)
                {
                    if (day is < DayOfWeek.Sunday or > DayOfWeek.Saturday)
                    {
                        throw Invalid($"Recurrence.WeeklyDays contains {(int)day}, which is not a day from Sunday to Saturday.", Field + ".WeeklyDays");
                    }
                }

                RejectMonthly(recurrence, "weekly");
                break;
            case RecurrenceFrequency.Monthly:
                CheckInterval(recurrence.Interval, MaxMonthlyInterval, "monthly");
                RejectWeekly(recurrence, "monthly");
                ValidateMonthly(recurrence);
                break;
            default:
                throw Invalid($"Recurrence.Frequency must be Daily, Weekly or Monthly; got {recurrence.Frequency}.", Field + ".Frequency");
        }

        if (recurrence.EndAfterOccurrences is not null && recurrence.EndDate is not null)
        {
            throw Invalid(
                "Recurrence must end either after EndAfterOccurrences or on EndDate, not both (Zoom's end_times and end_date_time exclude each other).",
                Field + ".EndDate");
        }

        if (recurrence.EndAfterOccurrences is null && recurrence.EndDate is null)
        {
            throw Invalid("Recurrence needs an end: EndAfterOccurrences (1-60) or EndDate.", Field + ".EndAfterOccurrences");
        }

        if (recurrence.EndAfterOccurrences is { } times && times is < 1 or > MaxEndTimes)
        {
            throw Invalid($"Recurrence.EndAfterOccurrences must be 1-{MaxEndTimes}; got {times}.", Field + ".EndAfterOccurrences");
        }

        if (recurrence.EndDate is { } endDate && endDate < startDate)
        {
            throw Invalid(
                $"Recurrence.EndDate {endDate:yyyy-MM-dd} is before the start date {startDate:yyyy-MM-dd}.",
                Field + ".EndDate");
        }
    }

    private static void ValidateMonthly(ScheduleRecurrence recurrence)
    {
        const string Field = "Recurrence";
        var onDay = recurrence.MonthlyDay is not null;
        var onWeekday = recurrence.MonthlyWeek is not null || recurrence.MonthlyWeekDay is not null;
        if (onDay == onWeekday)
        {
            throw Invalid(
                "A monthly recurrence needs either MonthlyDay, or MonthlyWeek with MonthlyWeekDay (exactly one of the two).",
                Field + ".MonthlyDay");
        }

        if (recurrence.MonthlyDay is { } day && day is < 1 or > 31)
        {
            throw Invalid($"Recurrence.MonthlyDay must be 1-31; got {day}.", Field + ".MonthlyDay");
        }

        if (onWeekday)
        {
            if (recurrence.MonthlyWeek is not ({ } week and (ScheduleRecurrence.LastWeek or >= 1 and <= 4)))
            {
                throw Invalid(
                    $"Recurrence.MonthlyWeek must be 1-4 or -1 (last); got {recurrence.MonthlyWeek?.ToString(CultureInfo.InvariantCulture) ?? "nothing"}.",
                    Field + ".MonthlyWeek");
            }

            if (recurrence.MonthlyWeekDay is not ({ } weekDay and >= DayOfWeek.Sunday and <= DayOfWeek.Saturday))
            {
                throw Invalid("Recurrence.MonthlyWeekDay must be a day from Sunday to Saturday when MonthlyWeek is set.", Field + ".MonthlyWeekDay");
            }
        }
    }

    private static void CheckInterval(int interval, int max, string kind)
    {
        if (interval < 1 || interval > max)
        {
            throw Invalid($"Recurrence.Interval of a {kind} recurrence must be 1-{max}; got {interval}.", "Recurrence.Interval");
        }
    }

    private static void RejectWeekly(ScheduleRecurrence recurrence, string kind)
    {
        if (recurrence.WeeklyDays is { Count: > 0 })
        {
            throw Invalid($"Recurrence.WeeklyDays applies only to weekly recurrences, not {kind} ones.", "Recurrence.WeeklyDays");
        }
    }

    private static void RejectMonthly(ScheduleRecurrence recurrence, string kind)
    {
        if (recurrence.MonthlyDay is not null || recurrence.MonthlyWeek is not null || recurrence.MonthlyWeekDay is not null)
        {
            throw Invalid($"Recurrence.MonthlyDay, MonthlyWeek and MonthlyWeekDay apply only to monthly recurrences, not {kind} ones.", "Recurrence.MonthlyDay");
        }
    }
}

/// <summary>A request's values after validation: the IANA zone, the start instant, minutes and normalized lists.</summary>
internal sealed record ValidatedSchedule(
    string ZoneId,
    TimeZoneInfo Zone,
    DateTimeOffset StartUtc,
    int DurationMinutes,
    IReadOnlyList<string> CoHosts,
    IReadOnlyList<string> DialInCountries);
