using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Zoom.Connector.Models;
using Zoom.Connector.Sync;

namespace Zoom.Connector.Sample.Input;

/// <summary>
/// Parsers for System.CommandLine that take values the way a person types them and, when they cannot, say so in the
/// option's name and terms (never "Cannot parse argument ... as expected type 'System.Int64'").
/// </summary>
internal static class CliParsers
{
    /// <summary>What <c>--entities</c> takes.</summary>
    public static readonly string[] EntityNames = ["users", "meetings", "recordings", "all"];

    /// <summary>
    /// An option's value inside a command validator; default when the option's own parser refused the value (it has
    /// reported that error already, and <c>CommandResult.GetValue</c> would throw).
    /// </summary>
    public static T? ValueOrDefault<T>(this CommandResult result, Option<T> option)
    {
        ArgumentNullException.ThrowIfNull(result);
        try
        {
            return result.GetValue(option);
        }
        catch (InvalidOperationException)
        {
            return default;
        }
    }

    private static string Text(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;

    private static string Name(ArgumentResult result, string fallback) => (result.Parent as OptionResult)?.Option.Name ?? fallback;

    /// <summary>A meeting id as Zoom shows it (<c>898 9936 0132</c>) or as digits (<c>89899360132</c>).</summary>
    public static long MeetingId(ArgumentResult result)
    {
        var text = Text(result);
        var digits = text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (digits.Length is > 0 and <= 15 && digits.All(char.IsAsciiDigit) && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
        {
            return id;
        }

        result.AddError($"The meeting id must be digits, as Zoom shows it (898 9936 0132) or without spaces (89899360132); got '{text}'.");
        return 0;
    }

    /// <summary>A whole number for <paramref name="what"/> (e.g. "minutes (1-1440)"); a fraction or a word is refused in those terms.</summary>
    public static Func<ArgumentResult, int> WholeNumber(string what) => result =>
    {
        var text = Text(result);
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        var hint = decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _) ? ", not a fraction" : string.Empty;
        result.AddError($"{Name(result, "The value")} takes a whole number of {what}{hint}; got '{text}'.");
        return 0;
    };

    /// <summary>Nullable form of <see cref="WholeNumber"/>.</summary>
    public static Func<ArgumentResult, int?> OptionalWholeNumber(string what)
    {
        var parse = WholeNumber(what);
        return result => parse(result);
    }

    /// <summary><c>--start</c>: see <see cref="StartTime.Forms"/>.</summary>
    public static StartTime? Start(ArgumentResult result)
    {
        var text = Text(result);
        if (StartTime.TryParse(text, out var start))
        {
            return start;
        }

        result.AddError($"--start takes {StartTime.Forms} (a wall-clock time in the meeting's time zone); got '{text}'.");
        return null;
    }

    /// <summary><c>--timezone</c>: see <see cref="TimeZoneInput"/>.</summary>
    public static string? TimeZone(ArgumentResult result)
    {
        if (TimeZoneInput.TryResolve(Text(result), out var id, out var error))
        {
            return id;
        }

        result.AddError(error!);
        return null;
    }

    /// <summary>A day as <c>yyyy-MM-dd</c>.</summary>
    public static DateOnly? Date(ArgumentResult result)
    {
        var text = Text(result);
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        result.AddError($"{Name(result, "The date")} takes a date as yyyy-MM-dd, e.g. the first of next month; got '{text}'.");
        return null;
    }

    /// <summary><c>users list --status</c>: only the statuses Zoom's list accepts (never <see cref="UserStatus.Unknown"/>).</summary>
    public static UserStatus UserStatus(ArgumentResult result)
    {
        var text = Text(result);
        switch (text.ToLowerInvariant())
        {
            case "active": return Models.UserStatus.Active;
            case "inactive": return Models.UserStatus.Inactive;
            case "pending": return Models.UserStatus.Pending;
            default:
                result.AddError($"--status takes active, inactive or pending; got '{text}'.");
                return Models.UserStatus.Active;
        }
    }

    /// <summary><c>meetings list --type</c>.</summary>
    public static MeetingListType ListType(ArgumentResult result)
    {
        var text = Text(result);
        switch (text.ToLowerInvariant())
        {
            case "scheduled": return MeetingListType.Scheduled;
            case "upcoming": return MeetingListType.Upcoming;
            case "live": return MeetingListType.Live;
            case "previous_meetings" or "previous": return MeetingListType.PreviousMeetings;
            default:
                result.AddError($"--type takes scheduled, upcoming, live or previous_meetings; got '{text}'.");
                return MeetingListType.Scheduled;
        }
    }

    /// <summary><c>--weekdays mon,wed</c> (three letters or more of the English name).</summary>
    public static DayOfWeek[]? Weekdays(ArgumentResult result)
    {
        var days = new List<DayOfWeek>();
        foreach (var part in result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var index = part.Length >= 3 ? Array.FindIndex(Enum.GetNames<DayOfWeek>(), name => name.StartsWith(part, StringComparison.OrdinalIgnoreCase)) : -1;
            if (index < 0)
            {
                result.AddError($"--weekdays takes weekdays such as mon,wed (sun, mon, tue, wed, thu, fri, sat); got '{part}'.");
                return null;
            }

            days.Add((DayOfWeek)index);
        }

        return [.. days];
    }

    /// <summary><c>--month-week 1-4|last</c>.</summary>
    public static int? MonthWeek(ArgumentResult result)
    {
        var text = Text(result);
        if (string.Equals(text, "last", StringComparison.OrdinalIgnoreCase))
        {
            return Scheduling.ScheduleRecurrence.LastWeek;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var week))
        {
            return week;
        }

        result.AddError($"--month-week takes 1, 2, 3, 4 or last; got '{text}'.");
        return null;
    }

    /// <summary><c>sync --entities users,meetings</c>.</summary>
    public static ZoomSyncEntities? Entities(ArgumentResult result)
    {
        var entities = ZoomSyncEntities.None;
        foreach (var part in result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            switch (part.ToLowerInvariant())
            {
                case "users" or "user": entities |= ZoomSyncEntities.Users; break;
                case "meetings" or "meeting": entities |= ZoomSyncEntities.Meetings | ZoomSyncEntities.Invitations; break;
                case "recordings" or "recording": entities |= ZoomSyncEntities.Recordings; break;
                case "all": entities |= ZoomSyncEntities.All; break;
                default:
                    result.AddError($"--entities takes {string.Join(", ", EntityNames)} (comma-separated); got '{part}'.");
                    return null;
            }
        }

        if (entities == ZoomSyncEntities.None)
        {
            result.AddError($"--entities needs at least one of {string.Join(", ", EntityNames)}.");
            return null;
        }

        return entities;
    }
}
