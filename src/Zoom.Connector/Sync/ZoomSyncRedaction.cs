using System.Text;
using System.Text.RegularExpressions;

namespace Zoom.Connector.Sync;

/// <summary>Removes passcodes from the texts and links Zoom embeds them in, before a record is stored.</summary>
internal static partial class ZoomSyncRedaction
{
    /// <summary>Drops <c>pwd</c> and <c>icsToken</c> query parameters (the encrypted passcode) from a link.</summary>
    public static string? RedactUrl(string? url) => url is null ? null : SecretParameter().Replace(url, KeepSeparator);

    /// <summary>
    /// The invitation text without its passcode lines (<c>Passcode:</c>, <c>Password:</c>), without <c>pwd</c>/<c>icsToken</c>
    /// link parameters and without the phone PIN of one-tap numbers (<c>,,,,*123456#</c>).
    /// </summary>
    public static string? RedactInvitation(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        foreach (var line in LineWithBreak().EnumerateMatches(text))
        {
            var value = text.AsSpan(line.Index, line.Length);
            var content = value.TrimEnd("\r\n").TrimStart();
            if (content.StartsWith("Passcode:", StringComparison.OrdinalIgnoreCase) || content.StartsWith("Password:", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            result.Append(PhonePin().Replace(SecretParameter().Replace(value.ToString(), KeepSeparator), string.Empty));
        }

        return result.ToString();
    }

    /// <summary>"?pwd=x&amp;a=1" becomes "?a=1", "?pwd=x" disappears, "&amp;pwd=x" disappears.</summary>
    private static string KeepSeparator(Match match)
        => match.Groups["next"].Success ? match.Groups["lead"].Value : string.Empty;

    [GeneratedRegex(@"(?<lead>[?&])(?:pwd|icsToken)=[^&\s#]*(?<next>&)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretParameter();

    [GeneratedRegex(@",+\*\d+#", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePin();

    [GeneratedRegex(@"[^\n]*\n|[^\n]+$", RegexOptions.CultureInvariant)]
    private static partial Regex LineWithBreak();
}
