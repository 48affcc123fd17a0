using System.Globalization;
using System.Text.RegularExpressions;
using Zoom.Connector.Scheduling;

namespace Zoom.Connector.WebSample.Forms;

/// <summary>
/// The "Create meeting" form as typed (strings, so what was typed comes back on the page), and its translation into a
/// <see cref="ScheduleMeetingRequest"/>. The rules are the scheduler's own: <see cref="Validate"/> asks
/// <see cref="IZoomMeetingScheduler.PreviewOccurrences"/>, which checks everything <c>ScheduleAsync</c> checks except
/// the co-host lookup, and files each refusal under the form field it names.
/// </summary>
public sealed partial class CreateMeetingForm
{
    /// <summary>Field names, as used in the form and for messages.</summary>
    public static class Fields
    {
        /// <summary>Topic.</summary>
        public const string Topic = nameof(CreateMeetingForm.Topic);

        /// <summary>Start date and time.</summary>
        public const string Start = nameof(CreateMeetingForm.StartDate);

        /// <summary>Time zone.</summary>
        public const string TimeZone = nameof(CreateMeetingForm.TimeZone);

        /// <summary>Duration in minutes.</summary>
        public const string Duration = nameof(CreateMeetingForm.DurationMinutes);

        /// <summary>Passcode.</summary>
        public const string Password = nameof(CreateMeetingForm.Password);

        /// <summary>Co-hosts.</summary>
        public const string CoHosts = nameof(CreateMeetingForm.CoHosts);

        /// <summary>Dial-in countries.</summary>
        public const string DialInCountries = nameof(CreateMeetingForm.DialInCountries);

        /// <summary>One-time or recurring, and how often.</summary>
        public const string Frequency = nameof(CreateMeetingForm.Repeat);

        /// <summary>Every N days/weeks/months.</summary>
        public const string Interval = nameof(CreateMeetingForm.Interval);

        /// <summary>Weekdays of a weekly meeting.</summary>
        public const string WeeklyDays = nameof(CreateMeetingForm.WeeklyDays);

        /// <summary>Day of the month, or week and weekday, of a monthly meeting.</summary>
        public const string Monthly = nameof(CreateMeetingForm.MonthlyBy);

        /// <summary>When a series ends.</summary>
        public const string End = nameof(CreateMeetingForm.EndBy);

        /// <summary>Anything not tied to one field.</summary>
        public const string Form = "";
    }

    /// <summary>Topic.</summary>
    public string? Topic { get; set; }

    /// <summary><c>once</c>, <c>daily</c>, <c>weekly</c> or <c>monthly</c>.</summary>
    public string Repeat { get; set; } = "once";

    /// <summary>Start date, <c>yyyy-MM-dd</c> (an HTML date input).</summary>
    public string? StartDate { get; set; }

    /// <summary>Start time, <c>HH:mm</c> (an HTML time input).</summary>
    public string? StartTime { get; set; }

    /// <summary>Time zone as typed: an IANA id in any letter case, a Windows id or UTC (<see cref="TimeZoneField"/>).</summary>
    public string? TimeZone { get; set; }

    /// <summary>Duration in minutes.</summary>
    public string? DurationMinutes { get; set; } = "60";

    /// <summary>Passcode (optional). Never sent back to the page.</summary>
    public string? Password { get; set; }

    /// <summary>Co-hosts' e-mails, separated by commas, semicolons or line breaks.</summary>
    public string? CoHosts { get; set; }

    /// <summary>Dial-in countries as two-letter codes, separated by commas or spaces.</summary>
    public string? DialInCountries { get; set; }

    /// <summary>Every N days, weeks or months.</summary>
    public string? Interval { get; set; } = "1";

    /// <summary>Weekdays of a weekly meeting (<see cref="DayOfWeek"/> names).</summary>
    public IList<string> WeeklyDays { get; set; } = [];

    /// <summary><c>day</c> (day of the month) or <c>weekday</c> (Nth weekday) for a monthly meeting.</summary>
    public string MonthlyBy { get; set; } = "day";

    /// <summary>Day of the month, 1-31.</summary>
    public string? MonthlyDay { get; set; }

    /// <summary>Week of the month: 1-4, or -1 for the last.</summary>
    public string? MonthlyWeek { get; set; } = "1";

    /// <summary>Weekday of the Nth-weekday pattern (<see cref="DayOfWeek"/> name).</summary>
    public string? MonthlyWeekDay { get; set; } = nameof(DayOfWeek.Monday);

    /// <summary><c>after</c> (a number of occurrences) or <c>on</c> (a date).</summary>
    public string EndBy { get; set; } = "after";

    /// <summary>Number of occurrences, 1-60.</summary>
    public string? EndAfter { get; set; } = "10";

    /// <summary>Last date, <c>yyyy-MM-dd</c>.</summary>
    public string? EndDate { get; set; }

    /// <summary>
    /// Checks the form with the scheduler's rules. Returns the request when nothing is wrong, and otherwise every
    /// problem found, each under its field (<see cref="Fields"/>): after a refusal, the field it names is replaced by a
    /// valid stand-in and the rules are asked again, so all fields get their message at once.
    /// </summary>
    /// <param name="scheduler">Any scheduler: only its local checks (<see cref="IZoomMeetingScheduler.PreviewOccurrences"/>) are used.</param>
    /// <param name="errors">Field name to message; empty when the request is valid.</param>
    public ScheduleMeetingRequest? Validate(IZoomMeetingScheduler scheduler, out IReadOnlyDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        var request = Parse(found);
        var probe = request;
        for (var attempt = 0; attempt < 16; attempt++)
        {
            try
            {
                scheduler.PreviewOccurrences(probe);
                break;
            }
            catch (ArgumentException ex)
            {
                var field = FieldOf(ex.ParamName);
                found.TryAdd(field, Message(ex));
                var next = StandIn(probe, ex.ParamName);
                if (next is null || next == probe)
                {
                    break;
                }

                probe = next;
            }
        }

        errors = found;
        return found.Count == 0 ? request : null;
    }

    /// <summary>The form field a scheduler refusal (<see cref="ArgumentException.ParamName"/>) belongs to.</summary>
    public static string FieldOf(string? paramName) => paramName switch
    {
        "Topic" => Fields.Topic,
        "Start" => Fields.Start,
        "TimeZone" => Fields.TimeZone,
        "Duration" => Fields.Duration,
        "Password" => Fields.Password,
        "CoHosts" => Fields.CoHosts,
        "DialInCountries" => Fields.DialInCountries,
        "Recurrence.Frequency" => Fields.Frequency,
        "Recurrence.Interval" => Fields.Interval,
        "Recurrence.WeeklyDays" => Fields.WeeklyDays,
        "Recurrence.MonthlyDay" or "Recurrence.MonthlyWeek" or "Recurrence.MonthlyWeekDay" => Fields.Monthly,
        "Recurrence.EndAfterOccurrences" or "Recurrence.EndDate" or "Recurrence" => Fields.End,
        _ => Fields.Form,
    };

    /// <summary>
    /// The rule's text without .NET's " (Parameter 'x')" suffix, in the page's words: every library field the scheduler
    /// names (<c>TimeZone</c>, <c>Recurrence.Interval</c>, ...) reads as the label of the form field that sets it, and
    /// Zoom's UI calls a meeting's password a passcode, so the API field's <c>Password</c> reads "Passcode" here.
    /// </summary>
    public static string Message(ArgumentException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.Message;
        var suffix = message.LastIndexOf(" (Parameter '", StringComparison.Ordinal);
        message = suffix > 0 ? message[..suffix] : message;
        return InFormWords(message);
    }

    /// <summary>The label a person sees on the form for a scheduler field (dotted for nested fields), or null for none.</summary>
    public static string? LabelOf(string field) => field switch
    {
        "Topic" => "Topic",
        "Start" => "Start",
        "TimeZone" => TimeZoneField.Label,
        "Duration" => "Duration",
        "Password" or "password" => "Passcode",
        "CoHosts" => "Co-hosts",
        "DialInCountries" => "Dial-in countries",
        "Recurrence.Frequency" or "Frequency" => "How often",
        "Recurrence.Interval" or "Interval" => "Repeat every",
        "Recurrence.WeeklyDays" or "WeeklyDays" => WeeklyDaysLabel,
        "Recurrence.MonthlyDay" or "MonthlyDay" => "Day of the month",
        "Recurrence.MonthlyWeek" or "MonthlyWeek" => "Week of the month",
        "Recurrence.MonthlyWeekDay" or "MonthlyWeekDay" => "Weekday",
        "Recurrence.EndAfterOccurrences" or "EndAfterOccurrences" => "Number of occurrences",
        "Recurrence.EndDate" or "EndDate" => "End date",
        _ => null,
    };

    /// <summary>The legend of the weekly days' fieldset.</summary>
    public const string WeeklyDaysLabel = "On these days";

    /// <summary>
    /// Library field names become the form's labels (a label inside a sentence starts in lower case, "Passcode" and
    /// proper names aside); "X of a weekly recurrence must ..." becomes "X must ... for weekly meetings".
    /// </summary>
    private static string InFormWords(string message)
    {
        var worded = FieldNames().Replace(message, match =>
        {
            var label = LabelOf(match.Value) ?? match.Value;
            return match.Index == 0 || label == "Passcode" && match.Value[0] == 'P' ? label : char.ToLowerInvariant(label[0]) + label[1..];
        });
        return RecurrenceKind().Replace(worded, "${subject} must ${rule} for ${kind} meetings${end}");
    }

    // Longest first, so "Recurrence.WeeklyDays" wins over "WeeklyDays"; case-sensitive, so "start" in prose stays.
    [GeneratedRegex(@"\b(?:Recurrence\.(?:Frequency|Interval|WeeklyDays|MonthlyWeekDay|MonthlyDay|MonthlyWeek|EndAfterOccurrences|EndDate)|TimeZone|DialInCountries|CoHosts|MonthlyWeekDay|MonthlyWeek|MonthlyDay|WeeklyDays|EndAfterOccurrences|EndDate|Topic|Start|Duration|[Pp]assword)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FieldNames();

    [GeneratedRegex(@"^(?<subject>.+?) of an? (?<kind>daily|weekly|monthly) recurrence must (?<rule>[^;.]+)(?<end>[;.])", RegexOptions.CultureInvariant)]
    private static partial Regex RecurrenceKind();

    /// <summary>The request as typed; fields that cannot even be read (a date that is no date) go to <paramref name="errors"/> and get a stand-in.</summary>
    private ScheduleMeetingRequest Parse(Dictionary<string, string> errors)
    {
        DateTime start;
        if (!DateOnly.TryParseExact(StartDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.TryAdd(Fields.Start, "Start date is required (year-month-day).");
            start = StandInStart;
        }
        else if (!TimeOnly.TryParseExact(StartTime, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            errors.TryAdd(Fields.Start, "Start time is required (hours:minutes, 24-hour clock).");
            start = StandInStart;
        }
        else
        {
            start = date.ToDateTime(time, DateTimeKind.Unspecified);
        }

        // Resolved here, so "europe/paris" is Europe/Paris and "EST" gets the zone to use; a stand-in lets the rest be checked.
        if (!TimeZoneField.TryResolve(TimeZone, out var zone, out var zoneError))
        {
            errors.TryAdd(Fields.TimeZone, zoneError!);
            zone = "UTC";
        }

        var duration = TimeSpan.FromMinutes(60);
        if (int.TryParse(DurationMinutes, NumberStyles.Integer, CultureInfo.InvariantCulture, out var minutes))
        {
            duration = TimeSpan.FromMinutes(minutes);
        }
        else
        {
            errors.TryAdd(Fields.Duration, "Duration must be a whole number of minutes, 1-1440.");
        }

        return new ScheduleMeetingRequest
        {
            Topic = Topic?.Trim() ?? string.Empty,
            Start = start,
            TimeZone = zone,
            Duration = duration,
            Password = string.IsNullOrEmpty(Password) ? null : Password,
            CoHosts = Split(CoHosts, [',', ';', '\n', '\r']),
            DialInCountries = Split(DialInCountries, [',', ';', ' ', '\n', '\r']),
            Recurrence = ParseRecurrence(errors),
        };
    }

    private ScheduleRecurrence? ParseRecurrence(Dictionary<string, string> errors)
    {
        var frequency = Repeat?.Trim().ToLowerInvariant();
        if (frequency is null or "" or "once")
        {
            return null;
        }

        var interval = Number(Interval, Fields.Interval, "Repeat every must be a whole number.", errors) ?? 1;
        ScheduleRecurrence recurrence;
        switch (frequency)
        {
            case "daily":
                recurrence = ScheduleRecurrence.Daily(interval);
                break;
            case "weekly":
                var days = new List<DayOfWeek>();
                foreach (var day in WeeklyDays)
                {
                    if (Enum.TryParse<DayOfWeek>(day, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
                    {
                        days.Add(parsed);
                    }
                }

                // Built directly (not with Weekly(...)), so "no weekday ticked" reaches the scheduler's own rule.
                recurrence = new ScheduleRecurrence { Frequency = RecurrenceFrequency.Weekly, Interval = interval, WeeklyDays = days };
                break;
            case "monthly":
                if (string.Equals(MonthlyBy, "weekday", StringComparison.OrdinalIgnoreCase))
                {
                    var week = Number(MonthlyWeek, Fields.Monthly, "Week of the month must be 1-4 or last.", errors) ?? 1;
                    var weekDay = Enum.TryParse<DayOfWeek>(MonthlyWeekDay, ignoreCase: true, out var wd) && Enum.IsDefined(wd) ? wd : DayOfWeek.Monday;
                    recurrence = new ScheduleRecurrence { Frequency = RecurrenceFrequency.Monthly, Interval = interval, MonthlyWeek = week, MonthlyWeekDay = weekDay };
                }
                else
                {
                    var day = Number(MonthlyDay, Fields.Monthly, "Day of the month must be a whole number, 1-31.", errors) ?? 1;
                    recurrence = new ScheduleRecurrence { Frequency = RecurrenceFrequency.Monthly, Interval = interval, MonthlyDay = day };
                }

                break;
            default:
                errors.TryAdd(Fields.Frequency, "How often must be once, daily, weekly or monthly.");
                return null;
        }

        if (string.Equals(EndBy, "on", StringComparison.OrdinalIgnoreCase))
        {
            if (DateOnly.TryParseExact(EndDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
            {
                return recurrence.EndingOn(end);
            }

            errors.TryAdd(Fields.End, "End date is required (year-month-day) when the series ends on a date.");
            return recurrence.EndingAfter(1);
        }

        return recurrence.EndingAfter(Number(EndAfter, Fields.End, "Number of occurrences must be a whole number, 1-60.", errors) ?? 1);
    }

    private static int? Number(string? text, string field, string message, Dictionary<string, string> errors)
    {
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.TryAdd(field, message);
        return null;
    }

    private static string[] Split(string? text, char[] separators)
        => string.IsNullOrWhiteSpace(text) ? [] : text.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A start that passes every rule: a week from now, in UTC (for a field that could not be read).</summary>
    private static DateTime StandInStart => DateTime.SpecifyKind(DateTime.UtcNow.Date.AddDays(7).AddHours(12), DateTimeKind.Unspecified);

    /// <summary>The request with the refused field replaced by a value the rules accept, or null when there is none.</summary>
    private static ScheduleMeetingRequest? StandIn(ScheduleMeetingRequest request, string? paramName) => paramName switch
    {
        "Topic" => request with { Topic = "topic" },
        "Agenda" => request with { Agenda = null },
        "TimeZone" => request with { TimeZone = "UTC" },
        "Start" => request with { Start = StandInStart, TimeZone = "UTC" },
        "Duration" => request with { Duration = TimeSpan.FromMinutes(60) },
        "Password" => request with { Password = null },
        "CoHosts" => request with { CoHosts = [] },
        "DialInCountries" => request with { DialInCountries = [] },
        "JoinBeforeHost" => request with { JoinBeforeHost = null },
        "Recurrence.Interval" when request.Recurrence is { } r => request with { Recurrence = r with { Interval = 1 } },
        "Recurrence.WeeklyDays" when request.Recurrence is { Frequency: RecurrenceFrequency.Weekly } r => request with { Recurrence = r with { WeeklyDays = [DayOfWeek.Monday] } },
        "Recurrence.MonthlyDay" or "Recurrence.MonthlyWeek" or "Recurrence.MonthlyWeekDay" when request.Recurrence is { Frequency: RecurrenceFrequency.Monthly } r
            => request with { Recurrence = r with { MonthlyDay = 1, MonthlyWeek = null, MonthlyWeekDay = null } },
        "Recurrence.EndAfterOccurrences" or "Recurrence.EndDate" when request.Recurrence is { } r => request with { Recurrence = r.EndingAfter(1) },
        _ when paramName?.StartsWith("Recurrence", StringComparison.Ordinal) == true => request with { Recurrence = null },
        _ => null,
    };
}
