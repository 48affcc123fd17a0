using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zoom.Connector.Serialization;

/// <summary>
/// Reads a size or count Zoom documents as a JSON <c>number</c> into a <see cref="long"/>: an integer, a whole
/// number written with a fraction or exponent (<c>781924.0</c>, <c>7.8e5</c>), or either written as a string. A
/// fractional value is rounded to the nearest integer rather than failing the whole response. Writes an integer.
/// </summary>
public sealed class ZoomLenientInt64Converter : JsonConverter<long?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override long? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
                return reader.TryGetInt64(out var whole) ? whole : ToInt64(reader.GetDecimal());
            case JsonTokenType.String:
                var text = reader.GetString();
                if (string.IsNullOrWhiteSpace(text))
                {
                    return null;
                }

                if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
                {
                    return ToInt64(parsed);
                }

                throw new JsonException($"Expected a number, found the string \"{text}\".");
            default:
                throw new JsonException($"Expected a number, found {reader.TokenType}.");
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, long? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteNumberValue(value.Value);
        }
    }

    private static long ToInt64(decimal value) => (long)Math.Round(value, MidpointRounding.AwayFromZero);
}
