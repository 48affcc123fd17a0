using Zoom.Connector.Scheduling;

namespace Zoom.Connector.Sample.Input;

/// <summary>
/// <c>--timezone</c> in the person's terms: IANA ids in any letter case (<c>europe/paris</c> is Europe/Paris), Windows
/// ids, and <c>UTC</c>. Abbreviations (<c>EST</c>, <c>CET</c>) are refused with the IANA id to use instead: they name
/// no daylight-saving rules, and tzdata's same-named zones are not what people mean by them. Unknown ids get a
/// "did you mean" when a known id is close. The matching is the library's (<see cref="ZoomTimeZoneInput"/>); the words
/// are this command line's.
/// </summary>
internal static class TimeZoneInput
{
    /// <summary>The canonical id for <paramref name="text"/>, or an error naming <c>--timezone</c> and what to type instead.</summary>
    public static bool TryResolve(string text, out string id, out string? error)
    {
        var match = ZoomTimeZoneInput.Match(text);
        id = match.Id ?? string.Empty;
        error = match switch
        {
            { IsResolved: true } => null,
            { Text.Length: 0 } => "--timezone needs a time zone such as Europe/Paris, America/New_York or UTC.",
            { IsAbbreviation: true } => $"--timezone '{match.Text}' is an abbreviation, not a time zone (it has no daylight-saving rules and Zoom expects an IANA id): use {match.Suggestion} or another IANA id.",
            { Suggestion: null } => $"--timezone '{match.Text}' is not a known time zone: use an IANA id such as Europe/Paris or America/New_York (or a Windows id).",
            _ => $"--timezone '{match.Text}' is not a known time zone; did you mean {match.Suggestion}?",
        };
        return match.IsResolved;
    }

    /// <summary>The zone for an id Zoom or <see cref="TryResolve"/> gave; UTC when this machine does not know it.</summary>
    public static TimeZoneInfo Find(string? id)
        => !string.IsNullOrWhiteSpace(id) && id != "UTC" && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
