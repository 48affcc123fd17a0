namespace Zoom.Connector.Scheduling;

/// <summary>
/// A time zone as a person types it into a form or a command line, matched to the id the scheduler and Zoom expect:
/// IANA ids in any letter case (<c>europe/paris</c> is <c>Europe/Paris</c>), Windows ids, tzdata links as written, and
/// <c>UTC</c>. Abbreviations (<c>EST</c>, <c>CET</c>) are not matched: they name no daylight-saving rules, and tzdata's
/// same-named zones are not what people mean by them, so the zone they usually mean is suggested instead. An unknown
/// id gets the closest known id as a suggestion when one is near. Callers word the messages in their own terms.
/// </summary>
public static class ZoomTimeZoneInput
{
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

    private static readonly string[] UtcNames = [ZoomTimeZones.Utc, "Etc/UTC", "Z", "Zulu"];

    private static readonly Lazy<string[]> Known = new(static () =>
        [.. TimeZoneInfo.GetSystemTimeZones().Where(static z => z.HasIanaId).Select(static z => z.Id).Append(ZoomTimeZones.Utc).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);

    /// <summary>The canonical IANA ids this machine knows, and <c>UTC</c>, sorted (for a form's list of suggestions).</summary>
    public static IReadOnlyList<string> KnownIds => Known.Value;

    /// <summary>Matches <paramref name="text"/> (trimmed) to a time zone id, or says why not and what to use instead.</summary>
    /// <param name="text">What the person typed; <see langword="null"/> or blank matches nothing.</param>
    /// <returns>The match: <see cref="ZoomTimeZoneMatch.Id"/> when resolved, else the reason and any suggestion.</returns>
    public static ZoomTimeZoneMatch Match(string? text)
    {
        var candidate = text?.Trim() ?? string.Empty;
        if (candidate.Length == 0)
        {
            return new ZoomTimeZoneMatch { Text = candidate };
        }

        if (UtcNames.Contains(candidate, StringComparer.OrdinalIgnoreCase))
        {
            return new ZoomTimeZoneMatch { Text = candidate, Id = ZoomTimeZones.Utc };
        }

        if (Abbreviations.TryGetValue(candidate, out var meant))
        {
            return new ZoomTimeZoneMatch { Text = candidate, IsAbbreviation = true, Suggestion = meant };
        }

        if (TimeZoneInfo.TryConvertWindowsIdToIanaId(candidate, out var fromWindows))
        {
            return new ZoomTimeZoneMatch { Text = candidate, Id = fromWindows == "Etc/UTC" ? ZoomTimeZones.Utc : fromWindows };
        }

        if (Known.Value.FirstOrDefault(k => string.Equals(k, candidate, StringComparison.OrdinalIgnoreCase)) is { } exact)
        {
            return new ZoomTimeZoneMatch { Text = candidate, Id = exact };
        }

        // tzdata links (Asia/Calcutta, US/Eastern) are not in the canonical list but are valid as written.
        if (candidate.Contains('/', StringComparison.Ordinal) && TimeZoneInfo.TryFindSystemTimeZoneById(candidate, out var linked) && linked.HasIanaId)
        {
            return new ZoomTimeZoneMatch { Text = candidate, Id = candidate };
        }

        return new ZoomTimeZoneMatch { Text = candidate, Suggestion = Closest(candidate) };
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

/// <summary>What <see cref="ZoomTimeZoneInput.Match(string?)"/> made of a typed time zone.</summary>
public sealed record ZoomTimeZoneMatch
{
    /// <summary>The text as matched (trimmed); empty when nothing was typed.</summary>
    public required string Text { get; init; }

    /// <summary>The IANA id (or <c>UTC</c>) to give the scheduler; <see langword="null"/> when the text matched no zone.</summary>
    public string? Id { get; init; }

    /// <summary>The text is an abbreviation such as <c>EST</c>; <see cref="Suggestion"/> is the zone it usually means.</summary>
    public bool IsAbbreviation { get; init; }

    /// <summary>For an abbreviation, the zone it usually means; for an unknown id, the closest known id, if one is near.</summary>
    public string? Suggestion { get; init; }

    /// <summary>Whether <see cref="Id"/> holds a zone.</summary>
    public bool IsResolved => Id is not null;
}
