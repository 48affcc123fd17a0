using System.Globalization;

namespace Zoom.Connector.SupportLog;

/// <summary>
/// Reads the instants a support-log query is given as text (a <c>since</c> or <c>until</c> parameter): an age such as
/// <c>90s</c>, <c>15m</c>, <c>1h</c> or <c>2d</c> (that long before now), or an ISO 8601 date and time
/// (<c>2026-12-02T14:02:00Z</c>; without an offset it is UTC).
/// </summary>
public static class ZoomSupportLogInstant
{
    /// <summary>The longest age accepted: 366 days (the longest retention).</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(366);

    /// <summary>What the accepted forms look like, for error messages.</summary>
    public const string Forms = "an age such as 30m, 1h or 2d, or an ISO 8601 time such as 2026-12-02T14:02:00Z";

    /// <summary>Reads <paramref name="text"/> as an instant; <see langword="false"/> when it is neither form (or an age above <see cref="MaxAge"/>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="now">The instant an age counts back from.</param>
    /// <param name="instant">The instant read.</param>
    public static bool TryParse(string? text, DateTimeOffset now, out DateTimeOffset instant)
    {
        instant = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 64)
        {
            return false;
        }

        text = text.Trim();
        if (TryParseAge(text, out var age))
        {
            instant = now - age;
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            && text.Contains('T', StringComparison.OrdinalIgnoreCase))
        {
            instant = parsed;
            return true;
        }

        return false;
    }

    private static bool TryParseAge(string text, out TimeSpan age)
    {
        age = default;
        var unit = char.ToLowerInvariant(text[^1]);
        var number = text[..^1];
        if (number.Length is 0 or > 6 || !number.All(char.IsAsciiDigit)
            || !long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        age = unit switch
        {
            's' => TimeSpan.FromSeconds(value),
            'm' => TimeSpan.FromMinutes(value),
            'h' => TimeSpan.FromHours(value),
            'd' => TimeSpan.FromDays(value),
            _ => TimeSpan.MinValue,
        };
        return age >= TimeSpan.Zero && age <= MaxAge;
    }
}
