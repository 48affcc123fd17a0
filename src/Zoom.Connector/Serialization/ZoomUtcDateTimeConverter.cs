using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zoom.Connector.Serialization;

/// <summary>
/// Writes an instant as Zoom's UTC form <c>yyyy-MM-ddTHH:mm:ssZ</c> (e.g. a recurrence's <c>end_date_time</c>), never as
/// <c>+00:00</c> or with fractions. Reading accepts any ISO-8601 form.
/// </summary>
public sealed class ZoomUtcDateTimeConverter : JsonConverter<DateTimeOffset>
{
    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => DateTimeOffset.Parse(reader.GetString() ?? string.Empty, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
    }
}
