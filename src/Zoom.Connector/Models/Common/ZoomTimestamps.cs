using System.Globalization;

namespace Zoom.Connector.Models;

/// <summary>
/// Reads the timestamps Zoom's spec types as plain strings (not <c>format: date-time</c>), such as a recording
/// file's <c>recording_start</c>: any text Zoom sends is spec-valid there, so nothing it sends may fail a response.
/// </summary>
public static class ZoomTimestamps
{
    private static readonly string[] ExtraFormats =
    [
        "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd",
    ];

    /// <summary>
    /// The instant <paramref name="text"/> names, or <see langword="null"/> when it is empty or not a date and time
    /// this version understands. A time without an offset is taken as UTC, Zoom's default for these fields.
    /// </summary>
    /// <param name="text">The raw text from Zoom.</param>
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;
        if (DateTimeOffset.TryParseExact(trimmed, ExtraFormats, CultureInfo.InvariantCulture, styles, out var exact))
        {
            return exact;
        }

        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, styles, out var parsed))
        {
            return parsed;
        }

        // Epoch milliseconds: not documented for these fields, but an unambiguous reading of a bare number.
        return long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var millis)
            && millis is >= 0 and <= 253_402_300_799_999
                ? DateTimeOffset.FromUnixTimeMilliseconds(millis)
                : null;
    }

    /// <summary>An instant in Zoom's UTC form <c>yyyy-MM-ddTHH:mm:ssZ</c>, or <see langword="null"/>.</summary>
    /// <param name="value">The instant.</param>
    public static string? Format(DateTimeOffset? value)
        => value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
