using System.Globalization;
using System.Text.Json;
using NUnit.Framework;

namespace Zoom.Connector.Tests.Coverage;

/// <summary>
/// Compares two JSON documents the way Zoom reads them: nulls count as absent, property names must match exactly
/// (the spec's snake_case names), instants compare as instants and numbers sent as strings compare by text.
/// </summary>
public static class JsonEquivalence
{
    public static void AssertEquivalent(JsonElement expected, JsonElement actual, bool namesOnly)
    {
        var differences = new List<string>();
        Compare(expected, actual, "$", namesOnly, differences);
        Assert.That(differences, Is.Empty, "JSON differs:\n" + string.Join("\n", differences.Take(20)));
    }

    /// <summary>Every property name (dotted path, array items as []) of the non-null values in a document.</summary>
    public static SortedSet<string> Names(JsonElement element)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        Collect(element, "$", names);
        return names;
    }

    private static void Collect(JsonElement element, string path, SortedSet<string> names)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null))
                {
                    var child = path + "." + property.Name;
                    names.Add(child);
                    Collect(property.Value, child, names);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, path + "[]", names);
                }

                break;
        }
    }

    private static void Compare(JsonElement expected, JsonElement actual, string path, bool namesOnly, List<string> differences)
    {
        if (expected.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object when actual.ValueKind == JsonValueKind.Object:
                var expectedNames = expected.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
                var actualNames = actual.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
                differences.AddRange(expectedNames.Except(actualNames).Select(n => $"{path}.{n}: missing after the round trip"));
                differences.AddRange(actualNames.Except(expectedNames).Select(n => $"{path}.{n}: not in the fixture"));
                foreach (var name in expectedNames.Intersect(actualNames))
                {
                    Compare(expected.GetProperty(name), actual.GetProperty(name), path + "." + name, namesOnly, differences);
                }

                return;
            case JsonValueKind.Array when actual.ValueKind == JsonValueKind.Array:
                var left = expected.EnumerateArray().ToArray();
                var right = actual.EnumerateArray().ToArray();
                if (left.Length != right.Length)
                {
                    differences.Add($"{path}: {left.Length} items expected, {right.Length} found");
                    return;
                }

                for (var i = 0; i < left.Length; i++)
                {
                    Compare(left[i], right[i], $"{path}[{i}]", namesOnly, differences);
                }

                return;
            case JsonValueKind.Object or JsonValueKind.Array:
                differences.Add($"{path}: {expected.ValueKind} expected, {actual.ValueKind} found");
                return;
        }

        if (namesOnly || ScalarEquals(expected, actual))
        {
            return;
        }

        differences.Add($"{path}: {expected.GetRawText()} expected, {actual.GetRawText()} found");
    }

    private static bool ScalarEquals(JsonElement expected, JsonElement actual)
    {
        if (expected.ValueKind == JsonValueKind.String && actual.ValueKind == JsonValueKind.String)
        {
            var a = expected.GetString();
            var b = actual.GetString();
            return a == b
                || (DateTimeOffset.TryParse(a, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var x)
                    && DateTimeOffset.TryParse(b, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var y)
                    && x == y);
        }

        if (expected.ValueKind == JsonValueKind.Number && actual.ValueKind == JsonValueKind.Number)
        {
            return expected.GetDecimal() == actual.GetDecimal();
        }

        if (expected.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return expected.ValueKind == actual.ValueKind;
        }

        // A number Zoom documents as a string (or the reverse) compares by its text.
        return Text(expected) == Text(actual);
    }

    private static string Text(JsonElement element)
        => element.ValueKind == JsonValueKind.String ? element.GetString() ?? string.Empty : element.GetRawText();
}
