namespace Zoom.Connector.WebSample.Forms;

/// <summary>
/// The form's "Time zone" field in the person's terms, by the same rules as the console sample's <c>--timezone</c>:
/// IANA ids in any letter case (<c>europe/paris</c> is Europe/Paris), Windows ids, and <c>UTC</c>. Abbreviations
/// (<c>EST</c>, <c>CET</c>) are refused with the IANA id to use instead: they name no daylight-saving rules, and
/// tzdata's same-named zones are not what people mean by them. An unknown id gets a "did you mean" when a known id is close.
/// </summary>
public static class TimeZoneField
{
    /// <summary>The field's label on the form, as messages name it.</summary>
    public const string Label = "Time zone";

    // Explicit, so the suggestion is the zone people mean (EST in winter is New York, not the fixed-offset tzdata "EST").
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["EST"] = "America/New_York",
        ["EDT"] = "America/New_York",
        ["ET"] = "America/New_York",
        ["CST"] = "America/Chicago",
        ["CDT"] = "America/Chicago",
        ["CT"] = "America/Chicago",
        ["MST"] = "America/Denver",
        ["MDT"] = "America/Denver",
        ["MT"] = "America/Denver",
        ["PST"] = "America/Los_Angeles",
        ["PDT"] = "America/Los_Angeles",
        ["PT"] = "America/Los_Angeles",
        ["AKST"] = "America/Anchorage",
        ["HST"] = "Pacific/Honolulu",
        ["GMT"] = "Europe/London",
        ["BST"] = "Europe/London",
        ["WET"] = "Europe/Lisbon",
        ["WEST"] = "Europe/Lisbon",
        ["CET"] = "Europe/Paris",
        ["CEST"] = "Europe/Paris",
        ["MET"] = "Europe/Paris",
        ["EET"] = "Europe/Athens",
        ["EEST"] = "Europe/Athens",
        ["MSK"] = "Europe/Moscow",
        ["IST"] = "Asia/Kolkata",
        ["JST"] = "Asia/Tokyo",
        ["KST"] = "Asia/Seoul",
        ["AEST"] = "Australia/Sydney",
        ["AEDT"] = "Australia/Sydney",
        ["NZST"] = "Pacific/Auckland",
    };

    private static readonly string[] UtcNames = ["UTC", "Etc/UTC", "Z", "Zulu"];

    private static readonly Lazy<string[]> Known = new(static () =>
        [.. TimeZoneInfo.GetSystemTimeZones().Where(static z => z.HasIanaId).Select(static z => z.Id).Append("UTC").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);

    /// <summary>The canonical IANA ids this machine knows (and UTC), for the field's list of suggestions.</summary>
    public static IReadOnlyList<string> KnownIds => Known.Value;

    /// <summary>The canonical id for <paramref name="text"/>, or a message naming the field and what to type instead.</summary>
    public static bool TryResolve(string? text, out string id, out string? error)
    {
        id = string.Empty;
        error = null;
        var candidate = text?.Trim() ?? string.Empty;
        if (candidate.Length == 0)
        {
            error = $"{Label} is required: a time zone such as Europe/Paris, America/New_York or UTC.";
            return false;
        }

        if (UtcNames.Contains(candidate, StringComparer.OrdinalIgnoreCase))
        {
            id = "UTC";
            return true;
        }

        if (Abbreviations.TryGetValue(candidate, out var meant))
        {
            error = $"{Label} '{candidate}' is an abbreviation, not a time zone (it has no daylight-saving rules and Zoom expects a time zone id): use {meant} or another time zone from the list.";
            return false;
        }

        if (TimeZoneInfo.TryConvertWindowsIdToIanaId(candidate, out var fromWindows))
        {
            id = fromWindows == "Etc/UTC" ? "UTC" : fromWindows;
            return true;
        }

        var exact = Known.Value.FirstOrDefault(k => string.Equals(k, candidate, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            id = exact;
            return true;
        }

        // tzdata links (Asia/Calcutta, US/Eastern) are not in the canonical list but are valid as written.
        if (candidate.Contains('/', StringComparison.Ordinal) && TimeZoneInfo.TryFindSystemTimeZoneById(candidate, out var linked) && linked.HasIanaId)
        {
            id = candidate;
            return true;
        }

        var suggestion = Closest(candidate);
        error = suggestion is null
            ? $"{Label} '{candidate}' is not a known time zone: use a time zone id such as Europe/Paris or America/New_York."
            : $"{Label} '{candidate}' is not a known time zone; did you mean {suggestion}?";
        return false;
    }

    private static string? Closest(string text)
    {
        var lower = text.ToLowerInvariant();
        var city = lower[(lower.LastIndexOf('/') + 1)..].Replace(' ', '_');
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var known in Known.Value)
        {
            var knownLower = known.ToLowerInvariant();
            var knownCity = knownLower[(knownLower.LastIndexOf('/') + 1)..];

            // "paris" finds Europe/Paris; "europe/pari" and "Amrica/New_York" are a letter or two away.
            var distance = knownCity == city ? 0 : Math.Min(Distance(lower, knownLower), Distance(city, knownCity) + 1);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = known;
            }
        }

        return bestDistance <= Math.Max(2, text.Length / 5) ? best : null;
    }

    /// <summary>Levenshtein distance.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
