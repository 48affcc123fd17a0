namespace Zoom.Connector.SupportLog;

/// <summary>
/// One HTTP attempt to Zoom's API or one token request, as the support log keeps it. It never holds a body, a query
/// string, a token, a secret, a passcode or a start URL: only what answers "what did the connector send to Zoom for
/// this person at 14:02, and what did Zoom answer?".
/// </summary>
public sealed record ZoomSupportLogEntry
{
    /// <summary>When the attempt was sent (UTC).</summary>
    public DateTimeOffset Timestamp { get; init; }

    /// <summary><c>api</c> for an API attempt, <c>token</c> for a request to the OAuth token or revoke endpoint.</summary>
    public string Kind { get; init; } = ZoomSupportLogKinds.Api;

    /// <summary><c>service</c>, <c>user</c> or <c>none</c> (no identity stamped).</summary>
    public string IdentityKind { get; init; } = ZoomSupportLogIdentity.None;

    /// <summary>
    /// <c>service</c> for the service identity; for a person, a pseudonymous key (an HMAC of their user key, see
    /// <see cref="ZoomSupportLogIdentity.KeyOf"/>); <see langword="null"/> when unknown.
    /// </summary>
    public string? IdentityKey { get; init; }

    /// <summary>Zoom's operation id (e.g. <c>meetingCreate</c>), or <c>token:&lt;grant type&gt;</c> for a token request.</summary>
    public string Operation { get; init; } = "unknown";

    /// <summary>The HTTP method.</summary>
    public string Method { get; init; } = string.Empty;

    /// <summary>The request path with its ids, never the query string.</summary>
    public string Path { get; init; } = string.Empty;

    /// <summary>The HTTP status Zoom answered, or <see langword="null"/> when no answer came (see <see cref="Error"/>).</summary>
    public int? Status { get; init; }

    /// <summary>Zoom's error code from the body of a failed answer.</summary>
    public int? ZoomCode { get; init; }

    /// <summary>Zoom's error message from the body of a failed answer (shortened).</summary>
    public string? ZoomMessage { get; init; }

    /// <summary>The exception type when the attempt failed without an answer (timeout, network error).</summary>
    public string? Error { get; init; }

    /// <summary>How long the attempt took on the wire, in milliseconds.</summary>
    public double DurationMs { get; init; }

    /// <summary>The attempt number within its logical call, from 1 (retries and the resend after a 401 count up).</summary>
    public int Attempt { get; init; } = 1;

    /// <summary>The retry delay waited before this attempt, in milliseconds (0 for the first).</summary>
    public double RetryWaitMs { get; init; }

    /// <summary>The time this attempt waited for a permit of the rate budget, in milliseconds.</summary>
    public double LimiterWaitMs { get; init; }

    /// <summary><c>X-RateLimit-Category</c>.</summary>
    public string? RateLimitCategory { get; init; }

    /// <summary><c>X-RateLimit-Type</c> (<c>QPS</c> or <c>Daily</c>).</summary>
    public string? RateLimitType { get; init; }

    /// <summary><c>X-RateLimit-Limit</c>.</summary>
    public int? RateLimitLimit { get; init; }

    /// <summary><c>X-RateLimit-Remaining</c>.</summary>
    public int? RateLimitRemaining { get; init; }

    /// <summary><c>Retry-After</c> in seconds, when Zoom sent one in seconds.</summary>
    public double? RetryAfterSeconds { get; init; }

    /// <summary>The W3C trace id of the call's activity, when one is running.</summary>
    public string? TraceId { get; init; }

    /// <summary>Zoom's <c>x-zm-trackingid</c> answer header, which Zoom support asks for.</summary>
    public string? ZoomTrackingId { get; init; }
}

/// <summary>The values of <see cref="ZoomSupportLogEntry.Kind"/>.</summary>
public static class ZoomSupportLogKinds
{
    /// <summary>An API attempt.</summary>
    public const string Api = "api";

    /// <summary>A token (or revoke) request on the OAuth back channel.</summary>
    public const string Token = "token";
}
