using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Zoom.Connector.Http;

namespace Zoom.Connector.Webhooks;

/// <summary>Why a webhook request was accepted or refused by <see cref="ZoomWebhookVerifier.Verify"/>.</summary>
public enum ZoomWebhookVerificationStatus
{
    /// <summary>The signature matches the raw body and the timestamp is within the allowed clock skew.</summary>
    Valid = 0,

    /// <summary>No <c>x-zm-signature</c> header.</summary>
    MissingSignature,

    /// <summary>No <c>x-zm-request-timestamp</c> header.</summary>
    MissingTimestamp,

    /// <summary>The timestamp is not a whole number of epoch seconds (or milliseconds).</summary>
    MalformedTimestamp,

    /// <summary>The signature is not <c>v0=</c> followed by 64 hex digits.</summary>
    MalformedSignature,

    /// <summary>The signature does not match: another secret, a changed body or a changed timestamp.</summary>
    SignatureMismatch,

    /// <summary>The signature matches but the timestamp is older than the allowed clock skew (a replay or a long delay).</summary>
    StaleTimestamp,

    /// <summary>The signature matches but the timestamp lies further in the future than the allowed clock skew.</summary>
    FutureTimestamp,
}

/// <summary>The outcome of checking one webhook request. <see cref="Reason"/> never contains the secret or the signature.</summary>
/// <param name="Status">Why the request was accepted or refused.</param>
/// <param name="Reason">A sentence for logs and diagnostics.</param>
public sealed record ZoomWebhookVerificationResult(ZoomWebhookVerificationStatus Status, string Reason)
{
    /// <summary>Whether the request is authentic and fresh.</summary>
    public bool IsValid => Status == ZoomWebhookVerificationStatus.Valid;
}

/// <summary>
/// The answer to Zoom's <c>endpoint.url_validation</c> challenge, sent back as
/// <c>{"plainToken": ..., "encryptedToken": ...}</c> with HTTP 200.
/// </summary>
/// <param name="PlainToken">The token Zoom sent in <c>payload.plainToken</c>.</param>
/// <param name="EncryptedToken">Lower-case hex of HMAC-SHA256(secret token, plain token).</param>
public sealed record ZoomWebhookUrlValidationResponse(string PlainToken, string EncryptedToken);

/// <summary>
/// Checks that a webhook request comes from Zoom: <c>x-zm-signature</c> must equal
/// <c>"v0=" + hex(HMAC-SHA256(secret token, "v0:" + x-zm-request-timestamp + ":" + raw body))</c> (compared in constant
/// time) and the timestamp must lie within <see cref="ZoomWebhookOptions.AllowedClockSkew"/> of now. Also answers the
/// <c>endpoint.url_validation</c> challenge.
/// </summary>
public sealed class ZoomWebhookVerifier
{
    /// <summary>The signature header: <c>x-zm-signature</c>.</summary>
    public const string SignatureHeader = "x-zm-signature";

    /// <summary>The timestamp header: <c>x-zm-request-timestamp</c>.</summary>
    public const string TimestampHeader = "x-zm-request-timestamp";

    private const string Version = "v0";
    private const int HashHexLength = SHA256.HashSizeInBytes * 2;

    private readonly IOptions<ZoomWebhookOptions> _options;
    private readonly TimeProvider _timeProvider;
    private readonly string _secretKey;

    /// <summary>Creates the verifier.</summary>
    /// <param name="options">The webhook options; <c>Zoom:Webhooks:SecretToken</c> must be set.</param>
    /// <param name="timeProvider">The clock the timestamp is checked against.</param>
    /// <param name="path">The configuration path, so messages name the real key.</param>
    internal ZoomWebhookVerifier(IOptions<ZoomWebhookOptions> options, TimeProvider timeProvider, ZoomConfigurationPath path)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _options = options;
        _timeProvider = timeProvider;
        _secretKey = path.Key("Webhooks:SecretToken");
    }

    /// <summary>Checks a request from its raw body bytes and its two headers.</summary>
    /// <param name="body">The request body exactly as received (never re-serialised JSON).</param>
    /// <param name="timestamp">The <c>x-zm-request-timestamp</c> header, or null when absent.</param>
    /// <param name="signature">The <c>x-zm-signature</c> header, or null when absent.</param>
    public ZoomWebhookVerificationResult Verify(ReadOnlySpan<byte> body, string? timestamp, string? signature)
    {
        if (string.IsNullOrWhiteSpace(signature))
        {
            return Fail(ZoomWebhookVerificationStatus.MissingSignature, $"The request has no {SignatureHeader} header.");
        }

        if (string.IsNullOrWhiteSpace(timestamp))
        {
            return Fail(ZoomWebhookVerificationStatus.MissingTimestamp, $"The request has no {TimestampHeader} header.");
        }

        timestamp = timestamp.Trim();
        if (!TryParseTimestamp(timestamp, out var sentAt))
        {
            return Fail(ZoomWebhookVerificationStatus.MalformedTimestamp, $"The {TimestampHeader} header is not a whole number of epoch seconds.");
        }

        Span<byte> received = stackalloc byte[SHA256.HashSizeInBytes];
        if (!TryParseSignature(signature.Trim(), received))
        {
            return Fail(ZoomWebhookVerificationStatus.MalformedSignature, $"The {SignatureHeader} header is not 'v0=' followed by {HashHexLength} hex digits.");
        }

        Span<byte> expected = stackalloc byte[SHA256.HashSizeInBytes];
        ComputeHash(Secret(), timestamp, body, expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, received))
        {
            return Fail(ZoomWebhookVerificationStatus.SignatureMismatch,
                $"The {SignatureHeader} header does not match the body and timestamp under the configured secret token.");
        }

        var skew = _options.Value.AllowedClockSkew;
        var now = _timeProvider.GetUtcNow();
        if (now - sentAt > skew)
        {
            return Fail(ZoomWebhookVerificationStatus.StaleTimestamp,
                $"The request was signed at {sentAt:O}, more than {skew} before now ({now:O}).");
        }

        if (sentAt - now > skew)
        {
            return Fail(ZoomWebhookVerificationStatus.FutureTimestamp,
                $"The request was signed at {sentAt:O}, more than {skew} after now ({now:O}).");
        }

        return new ZoomWebhookVerificationResult(ZoomWebhookVerificationStatus.Valid, "The signature matches and the timestamp is fresh.");
    }

    /// <summary>
    /// Answers Zoom's <c>endpoint.url_validation</c> challenge: <c>encryptedToken = hex(HMAC-SHA256(secret token, plainToken))</c>.
    /// </summary>
    /// <param name="plainToken">The <c>payload.plainToken</c> of the validation event.</param>
    public ZoomWebhookUrlValidationResponse CreateUrlValidationResponse(string plainToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(plainToken);
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret()), Encoding.UTF8.GetBytes(plainToken));
        return new ZoomWebhookUrlValidationResponse(plainToken, Convert.ToHexStringLower(hash));
    }

    /// <summary>
    /// The <c>x-zm-signature</c> value Zoom sends for a body and timestamp under a secret token: for tests and for
    /// tools that replay events to an endpoint.
    /// </summary>
    /// <param name="secretToken">The webhook secret token.</param>
    /// <param name="timestamp">The <c>x-zm-request-timestamp</c> value.</param>
    /// <param name="body">The raw body.</param>
    public static string ComputeSignature(string secretToken, string timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(secretToken);
        ArgumentException.ThrowIfNullOrEmpty(timestamp);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        ComputeHash(secretToken, timestamp, body, hash);
        return Version + "=" + Convert.ToHexStringLower(hash);
    }

    private string Secret()
    {
        var secret = _options.Value.SecretToken;
        if (string.IsNullOrWhiteSpace(secret))
        {
            throw new InvalidOperationException($"Checking Zoom webhooks needs {_secretKey} (the app's webhook secret token).");
        }

        return secret;
    }

    private static void ComputeHash(string secret, string timestamp, ReadOnlySpan<byte> body, Span<byte> destination)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.UTF8.GetBytes(Version + ":" + timestamp + ":"));
        hmac.AppendData(body);
        hmac.GetHashAndReset(destination);
    }

    private static bool TryParseSignature(string signature, Span<byte> destination)
    {
        if (!signature.StartsWith(Version + "=", StringComparison.Ordinal) || signature.Length != Version.Length + 1 + HashHexLength)
        {
            return false;
        }

        return Convert.FromHexString(signature.AsSpan(Version.Length + 1), destination, out _, out var written) == System.Buffers.OperationStatus.Done
               && written == destination.Length;
    }

    /// <summary>Epoch seconds; a 13-digit value is read as epoch milliseconds.</summary>
    private static bool TryParseTimestamp(string text, out DateTimeOffset value)
    {
        value = default;
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        try
        {
            value = number >= 100_000_000_000
                ? DateTimeOffset.FromUnixTimeMilliseconds(number)
                : DateTimeOffset.FromUnixTimeSeconds(number);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            // Beyond year 9999: not a timestamp; reported as malformed.
            return false;
        }
    }

    private static ZoomWebhookVerificationResult Fail(ZoomWebhookVerificationStatus status, string reason) => new(status, reason);
}
