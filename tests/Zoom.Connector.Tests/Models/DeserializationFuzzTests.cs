using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using NUnit.Framework;
using Zoom.Connector.Serialization;
using Zoom.Connector.Tests.Coverage;
using Zoom.Connector.Tests.Infrastructure;

namespace Zoom.Connector.Tests.Models;

/// <summary>
/// Every response fixture, varied one field at a time into shapes Zoom's spec allows (a field missing, null, an
/// empty string, any string where the model reads a string, a number sent as a string, an enum value added later,
/// an empty object or list, unknown fields), deserializes with the connector's own options. The model's metadata
/// says what each field is, so a date-time field gets other valid date-times rather than arbitrary text.
/// </summary>
public sealed class DeserializationFuzzTests
{
    private const string UnknownField = "zz_field_zoom_adds_later";

    private static IEnumerable<string> ResponseFixtures()
        => FixtureModels.ByFixture.Keys.Where(f => !f.EndsWith(".request.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(ResponseFixtures))]
    public void Deserialize_EveryFieldVaried_NeverFails(string fixture)
    {
        var info = ZoomJsonContext.Default.GetTypeInfo(FixtureModels.ByFixture[fixture])!;
        var original = JsonNode.Parse(Fixtures.Read(fixture))!;
        var failures = new List<string>();
        var count = 0;

        foreach (var (label, mutate) in Variants(original, info, []))
        {
            count++;
            var variant = original.DeepClone();
            mutate(variant);
            try
            {
                JsonSerializer.Deserialize(variant.ToJsonString(), info);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or OverflowException or NotSupportedException)
            {
                failures.Add($"{label}: {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.That(count, Is.GreaterThan(2), "no variants were generated");
        Assert.That(failures, Is.Empty, $"{failures.Count} of {count} variants failed");
    }

    [Test]
    public void ResponseFixtures_CoverEveryResponseModel()
        => Assert.That(ResponseFixtures().Count(), Is.GreaterThanOrEqualTo(55));

    /// <summary>The variants of one node: each a label and a change applied to a fresh copy of the whole document.</summary>
    private static IEnumerable<(string Label, Action<JsonNode> Mutate)> Variants(JsonNode node, JsonTypeInfo info, object[] path)
    {
        if (node is JsonObject obj && info.Kind == JsonTypeInfoKind.Object)
        {
            yield return ($"{Show(path)}+unknown field", root => ((JsonObject)At(root, path)).Add(UnknownField, new JsonObject { ["nested"] = new JsonArray(1, "two", null, new JsonObject { ["k"] = true }) }));
            foreach (var (name, value) in obj.ToList())
            {
                var property = info.Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
                var fieldPath = path.Append(name).ToArray();
                yield return ($"{Show(fieldPath)} missing", root => ((JsonObject)At(root, path)).Remove(name));
                yield return ($"{Show(fieldPath)} null", root => ((JsonObject)At(root, path))[name] = null);
                if (property is null)
                {
                    continue;
                }

                foreach (var (label, replacement) in Replacements(property.PropertyType, value))
                {
                    yield return ($"{Show(fieldPath)} {label}", root => ((JsonObject)At(root, path))[name] = replacement());
                }

                if (value is not null && NestedInfo(property.PropertyType) is { } nested)
                {
                    foreach (var variant in Variants(value, nested, fieldPath))
                    {
                        yield return variant;
                    }
                }
            }
        }
        else if (node is JsonArray array && info.Kind == JsonTypeInfoKind.Enumerable && info.ElementType is { } elementType
            && NestedInfo(elementType) is { } elementInfo)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is { } item)
                {
                    foreach (var variant in Variants(item, elementInfo, path.Append(i).ToArray()))
                    {
                        yield return variant;
                    }
                }
            }
        }
    }

    /// <summary>Replacement values Zoom's spec allows for a field the model reads as <paramref name="type"/>.</summary>
    private static IEnumerable<(string Label, Func<JsonNode?> Value)> Replacements(Type type, JsonNode? current)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            yield return ("empty string", () => JsonValue.Create(""));
            yield return ("arbitrary string", () => JsonValue.Create("any text \u00e9\u2028 <b>&amp; \"quoted\" 12:00"));
        }
        else if (underlying == typeof(DateTimeOffset) || underlying == typeof(DateTime))
        {
            yield return ("empty string", () => JsonValue.Create(""));
            yield return ("date-time with offset and fraction", () => JsonValue.Create("2026-03-04T05:06:07.1234567+02:00"));
            yield return ("date-time in UTC", () => JsonValue.Create("2026-03-04T05:06:07Z"));
        }
        else if (underlying.IsEnum)
        {
            yield return ("enum value added later (string)", () => JsonValue.Create("zz_value_added_later"));
            yield return ("enum value added later (number)", () => JsonValue.Create(424242));
        }
        else if (IsNumber(underlying))
        {
            if (current is JsonValue number && number.GetValueKind() == JsonValueKind.Number)
            {
                var text = number.ToJsonString();
                yield return ("number as string", () => JsonValue.Create(text));
            }

            yield return ("number 0 as string", () => JsonValue.Create("0"));
        }
        else if (underlying == typeof(JsonElement))
        {
            yield return ("any JSON", () => JsonValue.Create("text"));
        }
        else if (current is JsonArray)
        {
            yield return ("empty list", () => new JsonArray());
        }
        else if (current is JsonObject)
        {
            yield return ("empty object", () => new JsonObject());
        }
    }

    private static bool IsNumber(Type type)
        => type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(decimal) || type == typeof(float) || type == typeof(short);

    private static JsonTypeInfo? NestedInfo(Type type)
    {
        var info = ZoomJsonContext.Default.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type);
        return info is { Kind: JsonTypeInfoKind.Object or JsonTypeInfoKind.Enumerable } ? info : null;
    }

    private static JsonNode At(JsonNode root, object[] path)
    {
        var node = root;
        foreach (var step in path)
        {
            node = step is int index ? node[index]! : node[(string)step]!;
        }

        return node;
    }

    private static string Show(object[] path)
        => "$" + string.Concat(path.Select(step => step is int index ? $"[{index.ToString(CultureInfo.InvariantCulture)}]" : "." + step));
}
