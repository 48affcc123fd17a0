using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zoom.Connector.Serialization;

/// <summary>
/// Reads a non-nullable <see cref="long"/> (a meeting id, say) from a number or a numeric string, and a JSON
/// <c>null</c> as 0 instead of failing the whole response. Nullable <see cref="long"/> properties still read null as null.
/// </summary>
internal sealed class ZoomInt64Converter : JsonConverter<long>
{
    public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return 0;
            case JsonTokenType.Number when reader.TryGetInt64(out var number):
                return number;
            case JsonTokenType.String:
                var text = reader.GetString();
                if (string.IsNullOrWhiteSpace(text))
                {
                    return 0;
                }

                if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
                {
                    return parsed;
                }

                throw new JsonException($"Expected an integer, found the string \"{text}\".");
            default:
                throw new JsonException($"Expected an integer, found {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

/// <summary>
/// Reads a non-nullable <see cref="bool"/> from <c>true</c>/<c>false</c> or their string forms, and a JSON
/// <c>null</c> as <see langword="false"/> instead of failing the whole response.
/// </summary>
internal sealed class ZoomBooleanConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False or JsonTokenType.Null => false,
            JsonTokenType.String when bool.TryParse(reader.GetString(), out var parsed) => parsed,
            JsonTokenType.String when string.IsNullOrWhiteSpace(reader.GetString()) => false,
            _ => throw new JsonException($"Expected true or false, found {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
}
