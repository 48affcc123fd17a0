using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zoom.Connector.Serialization;

/// <summary>
/// Reads and writes a Zoom enum without ever failing on a value Zoom adds later.
/// </summary>
/// <remarks>
/// Enums whose members carry <see cref="JsonStringEnumMemberNameAttribute"/> travel as strings; the others travel as
/// numbers. Reading accepts either form ("1" or 1). An unknown string becomes the enum's default (<c>Unknown = 0</c>)
/// and an unknown number is kept as is, so a new value Zoom introduces never breaks deserialization.
/// </remarks>
/// <typeparam name="TEnum">The enum type.</typeparam>
public sealed class ZoomEnumConverter<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByName = BuildNames(out ToName);
    private static readonly Dictionary<TEnum, string> ToName;

    /// <summary>The wire name of a string enum value, or its number as text for a numeric enum.</summary>
    internal static string ToWire(TEnum value)
        => ToName.TryGetValue(value, out var name)
            ? name
            : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture);
    private static readonly bool WritesStrings = ToName.Count > 0;

    private static Dictionary<string, TEnum> BuildNames(out Dictionary<TEnum, string> toName)
    {
        var byName = new Dictionary<string, TEnum>(StringComparer.OrdinalIgnoreCase);
        toName = [];
        foreach (var field in typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var value = (TEnum)field.GetValue(null)!;
            var wire = field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name;
            if (wire is not null)
            {
                byName[wire] = value;
                toName[value] = wire;
            }

            byName.TryAdd(field.Name, value);
        }

        return byName;
    }

    /// <inheritdoc />
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number when reader.TryGetInt64(out var number):
                return FromNumber(number);
            case JsonTokenType.String:
                var text = reader.GetString();
                if (string.IsNullOrEmpty(text))
                {
                    return default;
                }

                if (ByName.TryGetValue(text, out var named))
                {
                    return named;
                }

                return long.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
                    ? FromNumber(parsed)
                    : default;
            default:
                reader.Skip();
                return default;
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (WritesStrings && ToName.TryGetValue(value, out var name))
        {
            writer.WriteStringValue(name);
        }
        else if (WritesStrings)
        {
            writer.WriteStringValue(value.ToString());
        }
        else
        {
            writer.WriteNumberValue(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static TEnum FromNumber(long number) => (TEnum)Enum.ToObject(typeof(TEnum), number);
}

/// <summary>Helpers for Zoom enums.</summary>
public static class ZoomEnums
{
    /// <summary>The value as Zoom writes it: the wire name of a string enum, or the number of a numeric one.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    public static string ToWireString<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(TEnum value)
        where TEnum : struct, Enum
        => ZoomEnumConverter<TEnum>.ToWire(value);
}
