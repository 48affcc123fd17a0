using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zoom.Connector.Serialization;

/// <summary>
/// Writes a wall-clock <see cref="DateTime"/> as <c>yyyy-MM-ddTHH:mm:ss</c> with no offset and no trailing <c>Z</c>,
/// the form Zoom reads together with a <c>timezone</c> field. Reading accepts any ISO-8601 form.
/// </summary>
public sealed class ZoomLocalDateTimeConverter : JsonConverter<DateTime>
{
    /// <inheritdoc />
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        if (string.IsNullOrEmpty(text))
        {
            return default;
        }

        return DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
    }
}
