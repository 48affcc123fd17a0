using System.Globalization;
using System.Text.RegularExpressions;

namespace Zoom.Connector.Sample.Input;

/// <summary>
/// <c>--start</c> as typed: an absolute wall-clock time (<c>2027-03-01T09:00</c>) or one relative to now in the meeting's
/// time zone (<c>today@16:00</c>, <c>tomorrow@09:00</c>, <c>+2d@14:30</c>, <c>+1w@10:00</c>, <c>+3h</c>, <c>+90m</c>), so a
/// command written down today still works next year. Resolved only once the meeting's zone is known.
/// </summary>
internal sealed partial class StartTime
{
    /// <summary>What the option's help and error messages show.</summary>
    public const string Forms = "tomorrow@09:00, today@16:00, +2d@14:30, +1w@10:00, +3h, +90m or an absolute yyyy-MM-ddTHH:mm";

    private readonly DateTime? _absolute;
    private readonly int _days;
    private readonly TimeSpan _offset;
    private readonly TimeOnly? _at;

    private StartTime(DateTime? absolute, int days, TimeSpan offset, TimeOnly? at)
    {
        _absolute = absolute;
        _days = days;
        _offset = offset;
        _at = at;
    }

    /// <summary>Whether the text named a fixed date and time (nothing to resolve).</summary>
    public bool IsAbsolute => _absolute is not null;

    /// <summary>Parses <paramref name="text"/>; <see langword="false"/> with nothing set when it is none of <see cref="Forms"/>.</summary>
    public static bool TryParse(string? text, out StartTime? start)
    {
        start = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        string[] formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];
        if (DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var absolute))
        {
            start = new StartTime(DateTime.SpecifyKind(absolute, DateTimeKind.Unspecified), 0, TimeSpan.Zero, null);
            return true;
        }

        var match = Relative().Match(text);
        if (!match.Success)
        {
            return false;
        }

        TimeOnly? at = null;
        if (match.Groups["at"].Success)
        {
            if (!TimeOnly.TryParseExact(match.Groups["at"].Value, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                return false;
            }

            at = time;
        }

        if (match.Groups["day"].Success)
        {
            start = new StartTime(null, match.Groups["day"].Value.Equals("tomorrow", StringComparison.OrdinalIgnoreCase) ? 1 : 0, TimeSpan.Zero, at);
            return at is not null; // "today" alone is no time
        }

        if (!int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > 3660)
        {
            return false;
        }

        switch (char.ToLowerInvariant(match.Groups["unit"].Value[0]))
        {
            case 'd':
                start = new StartTime(null, n, TimeSpan.Zero, at);
                return true;
            case 'w':
                start = new StartTime(null, n * 7, TimeSpan.Zero, at);
                return true;
            case 'h' when at is null:
                start = new StartTime(null, 0, TimeSpan.FromHours(n), null);
                return true;
            case 'm' when at is null:
                start = new StartTime(null, 0, TimeSpan.FromMinutes(n), null);
                return true;
            default:
                return false; // "+3h@09:00" means nothing
        }
    }

    /// <summary>
    /// The wall-clock start in <paramref name="zone"/> (<see cref="DateTimeKind.Unspecified"/>, what the scheduler takes):
    /// days count from today's date in that zone; hours and minutes from now, rounded up to the next whole minute.
    /// </summary>
    public DateTime Resolve(TimeZoneInfo zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (_absolute is { } absolute)
        {
            return absolute;
        }

        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        DateTime result;
        if (_offset > TimeSpan.Zero)
        {
            var later = TimeZoneInfo.ConvertTime(now + _offset, zone).DateTime;
            var minute = new DateTime(later.Year, later.Month, later.Day, later.Hour, later.Minute, 0, DateTimeKind.Unspecified);
            result = minute < later ? minute.AddMinutes(1) : minute;
        }
        else
        {
            var date = DateOnly.FromDateTime(local).AddDays(_days);
            var time = _at ?? new TimeOnly(local.Hour, local.Minute);
            result = date.ToDateTime(time);
        }

        return DateTime.SpecifyKind(result, DateTimeKind.Unspecified);
    }

    [GeneratedRegex(@"^(?:(?<day>today|tomorrow)|\+(?<n>\d{1,4})(?<unit>[dwhm]))(?:@(?<at>\d{1,2}:\d{2}))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Relative();
}
