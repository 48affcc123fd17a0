using Zoom.Connector.Models;

namespace Zoom.Connector.Testing;

/// <summary>
/// Computes the occurrences of a recurring (type 8) meeting in the meeting's own time zone, so that a weekly 09:00
/// meeting stays at 09:00 local time across daylight-saving changes.
/// </summary>
internal static class RecurrenceCalculator
{
    /// <summary>Zoom's cap on occurrences (<c>end_times</c> at most 60).</summary>
    public const int MaxOccurrences = 60;

    /// <summary>Validates the recurrence as Zoom does; returns field errors (empty when valid).</summary>
    public static List<ZoomFieldError> Validate(MeetingRecurrence recurrence)
    {
        var errors = new List<ZoomFieldError>();
        var maxInterval = recurrence.Type switch
        {
            RecurrenceType.Daily => 99,
            RecurrenceType.Weekly => 50,
            RecurrenceType.Monthly => 10,
            _ => 0,
        };
        if (maxInterval == 0)
        {
            errors.Add(new("recurrence.type", "Invalid field."));
            return errors;
        }

        if (recurrence.RepeatInterval is { } interval && (interval < 1 || interval > maxInterval))
        {
            errors.Add(new("recurrence.repeat_interval", $"Must be between 1 and {maxInterval}."));
        }

        if (recurrence.Type == RecurrenceType.Weekly)
        {
            var parts = (recurrence.WeeklyDays ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length == 0 || parts.Any(p => !int.TryParse(p, System.Globalization.CultureInfo.InvariantCulture, out var day) || day is < 1 or > 7))
            {
                errors.Add(new("recurrence.weekly_days", "Invalid field."));
            }
        }

        if (recurrence.Type == RecurrenceType.Monthly)
        {
            if (recurrence.MonthlyDay is { } day)
            {
                if (day is < 1 or > 31)
                {
                    errors.Add(new("recurrence.monthly_day", "Must be between 1 and 31."));
                }
            }
            else if (recurrence.MonthlyWeek is not { } week || recurrence.MonthlyWeekDay is not { } weekDay)
            {
                errors.Add(new("recurrence.monthly_day", "Either monthly_day or monthly_week and monthly_week_day are required."));
            }
            else
            {
                if (week is not (-1 or 1 or 2 or 3 or 4))
                {
                    errors.Add(new("recurrence.monthly_week", "Invalid field."));
                }

                if (weekDay is < 1 or > 7)
                {
                    errors.Add(new("recurrence.monthly_week_day", "Invalid field."));
                }
            }
        }

        if (recurrence.EndTimes is { } times && recurrence.EndDateTime is not null)
        {
            errors.Add(new("recurrence.end_times", $"end_times ({times}) and end_date_time cannot be used together."));
        }
        else if (recurrence.EndTimes is { } count && (count < 0 || count > MaxOccurrences))
        {
            errors.Add(new("recurrence.end_times", $"Must be between 1 and {MaxOccurrences}."));
        }

        return errors;
    }

    /// <summary>The UTC start of each occurrence, first to last.</summary>
    /// <param name="recurrence">A valid recurrence.</param>
    /// <param name="firstLocal">The requested first start, wall-clock time in <paramref name="zone"/>.</param>
    /// <param name="zone">The meeting's time zone.</param>
    public static List<DateTimeOffset> Compute(MeetingRecurrence recurrence, DateTime firstLocal, TimeZoneInfo zone)
    {
        var interval = Math.Max(1, recurrence.RepeatInterval ?? 1);
        var limit = recurrence.EndDateTime is not null ? MaxOccurrences
            : recurrence.EndTimes is null ? 1
            : recurrence.EndTimes == 0 ? MaxOccurrences
            : recurrence.EndTimes.Value;
        var end = recurrence.EndDateTime;
        var timeOfDay = firstLocal.TimeOfDay;
        var startDate = DateOnly.FromDateTime(firstLocal);
        var result = new List<DateTimeOffset>();
        foreach (var date in Dates(recurrence, startDate, interval))
        {
            var utc = ToUtc(date.ToDateTime(TimeOnly.FromTimeSpan(timeOfDay)), zone);
            if (result.Count >= limit || (end is { } last && utc > last))
            {
                break;
            }

            result.Add(utc);
        }

        return result;
    }

    private static IEnumerable<DateOnly> Dates(MeetingRecurrence recurrence, DateOnly start, int interval)
    {
        const int maxSteps = 2000;
        switch (recurrence.Type)
        {
            case RecurrenceType.Daily:
                for (var i = 0; i < maxSteps; i++)
                {
                    yield return start.AddDays(i * interval);
                }

                break;
            case RecurrenceType.Weekly:
                var days = ZoomWeekdays.Parse(recurrence.WeeklyDays).Select(d => (int)d).Distinct().Order().ToList();
                var weekStart = start.AddDays(-(int)start.DayOfWeek);
                for (var w = 0; w < maxSteps; w++)
                {
                    foreach (var day in days)
                    {
                        var date = weekStart.AddDays((w * interval * 7) + day);
                        if (date >= start)
                        {
                            yield return date;
                        }
                    }
                }

                break;
            case RecurrenceType.Monthly:
                var firstOfMonth = new DateOnly(start.Year, start.Month, 1);
                for (var m = 0; m < maxSteps; m++)
                {
                    var month = firstOfMonth.AddMonths(m * interval);
                    DateOnly? date = recurrence.MonthlyDay is { } monthDay
                        ? (monthDay <= DateTime.DaysInMonth(month.Year, month.Month) ? new DateOnly(month.Year, month.Month, monthDay) : null)
                        : NthWeekday(month, recurrence.MonthlyWeek ?? 1, ZoomWeekdays.FromZoom(recurrence.MonthlyWeekDay ?? 1));
                    if (date is { } d && d >= start)
                    {
                        yield return d;
                    }
                }

                break;
        }
    }

    private static DateOnly NthWeekday(DateOnly firstOfMonth, int week, DayOfWeek day)
    {
        if (week == -1)
        {
            var last = firstOfMonth.AddMonths(1).AddDays(-1);
            return last.AddDays(-(((int)last.DayOfWeek - (int)day + 7) % 7));
        }

        var first = firstOfMonth.AddDays(((int)day - (int)firstOfMonth.DayOfWeek + 7) % 7);
        return first.AddDays(7 * (week - 1));
    }

    /// <summary>Converts a wall-clock time in <paramref name="zone"/> to UTC: a time skipped by a DST change moves an hour on, an ambiguous one takes the earlier instant.</summary>
    public static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
