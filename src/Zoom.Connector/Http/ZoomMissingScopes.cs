using System.Text.RegularExpressions;

namespace Zoom.Connector.Http;

/// <summary>Reads the scope names Zoom puts in a 4700 message (<c>"... does not contain scopes:[a, b]."</c>).</summary>
internal static partial class ZoomMissingScopes
{
    /// <summary>At most this many names are taken; Zoom lists a handful.</summary>
    private const int MaxScopes = 8;

    /// <summary>
    /// The scope names in <paramref name="zoomMessage"/>, or none. Only names shaped like Zoom's (<c>word:word[:word...]</c>,
    /// lower case) are returned, so nothing else from the response reaches a message.
    /// </summary>
    public static IReadOnlyList<string> FromMessage(string? zoomMessage)
    {
        if (zoomMessage is null || ListPattern().Match(zoomMessage) is not { Success: true } list)
        {
            return [];
        }

        return
        [
            .. list.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Where(static s => NamePattern().IsMatch(s))
                .Distinct(StringComparer.Ordinal)
                .Take(MaxScopes),
        ];
    }

    /// <summary>A sentence for an error message: the scopes Zoom named, else where the scopes per feature are listed.</summary>
    public static string Advice(string? zoomMessage)
        => FromMessage(zoomMessage) is { Count: > 0 } scopes
            ? $"Add one of these scopes to the Zoom app: {string.Join(", ", scopes)} (docs/scopes.md lists them per feature)"
            : "Add the scope this call needs to the Zoom app (docs/scopes.md lists them per feature and app type)";

    [GeneratedRegex(@"scopes?\s*:?\s*\[([^\]]{1,1000})\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex ListPattern();

    [GeneratedRegex(@"^[a-z_]{1,40}(:[a-z_]{1,40}){1,4}$", RegexOptions.CultureInvariant, 200)]
    private static partial Regex NamePattern();
}
