using Zoom.Connector.Scheduling;

namespace Zoom.Connector.WebSample.Forms;

/// <summary>
/// The form's "Time zone" field in the person's terms, matched by the library's <see cref="ZoomTimeZoneInput"/> (the
/// same rules as the console sample's <c>--timezone</c>), with the form's words:
/// IANA ids in any letter case (<c>europe/paris</c> is Europe/Paris), Windows ids, and <c>UTC</c>. Abbreviations
/// (<c>EST</c>, <c>CET</c>) are refused with the IANA id to use instead: they name no daylight-saving rules, and
/// tzdata's same-named zones are not what people mean by them. An unknown id gets a "did you mean" when a known id is close.
/// </summary>
public static class TimeZoneField
{
    /// <summary>The field's label on the form, as messages name it.</summary>
    public const string Label = "Time zone";

    /// <summary>The canonical IANA ids this machine knows (and UTC), for the field's list of suggestions.</summary>
    public static IReadOnlyList<string> KnownIds => ZoomTimeZoneInput.KnownIds;

    /// <summary>The canonical id for <paramref name="text"/>, or a message naming the field and what to type instead.</summary>
    public static bool TryResolve(string? text, out string id, out string? error)
    {
        var match = ZoomTimeZoneInput.Match(text);
        id = match.Id ?? string.Empty;
        error = match switch
        {
            { IsResolved: true } => null,
            { Text.Length: 0 } => $"{Label} is required: a time zone such as Europe/Paris, America/New_York or UTC.",
            { IsAbbreviation: true } => $"{Label} '{match.Text}' is an abbreviation, not a time zone (it has no daylight-saving rules and Zoom expects a time zone id): use {match.Suggestion} or another time zone from the list.",
            { Suggestion: null } => $"{Label} '{match.Text}' is not a known time zone: use a time zone id such as Europe/Paris or America/New_York.",
            _ => $"{Label} '{match.Text}' is not a known time zone; did you mean {match.Suggestion}?",
        };
        return match.IsResolved;
    }
}
