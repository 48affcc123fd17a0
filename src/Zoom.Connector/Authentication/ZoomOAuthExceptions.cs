using System.Net;

namespace Zoom.Connector.Authentication;

/// <summary>
/// Zoom's token endpoint (or revoke endpoint) refused a request: HTTP 400 with <c>{"reason": ..., "error": ...}</c>.
/// The message names the grant, the status and Zoom's error; it never carries a token, code or secret.
/// </summary>
public class ZoomOAuthException : ZoomAuthenticationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed (no secrets).</param>
    /// <param name="grantType">The grant (or <c>revoke</c>) that was refused.</param>
    /// <param name="statusCode">The HTTP status of the answer.</param>
    /// <param name="error">Zoom's OAuth <c>error</c>, e.g. <c>invalid_grant</c>.</param>
    /// <param name="reason">Zoom's <c>reason</c>, e.g. <c>Invalid Token!</c>.</param>
    public ZoomOAuthException(string message, string grantType, HttpStatusCode statusCode, string? error, string? reason)
        : base(message)
    {
        GrantType = grantType;
        StatusCode = statusCode;
        Error = error;
        Reason = reason;
    }

    /// <summary>Creates the exception with a default message.</summary>
    public ZoomOAuthException()
        : this("Zoom's OAuth endpoint refused the request.", "unknown", HttpStatusCode.BadRequest, null, null)
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What failed (no secrets).</param>
    public ZoomOAuthException(string message)
        : this(message, "unknown", HttpStatusCode.BadRequest, null, null)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">What failed (no secrets).</param>
    /// <param name="innerException">The cause.</param>
    public ZoomOAuthException(string message, Exception innerException)
        : base(message, innerException)
    {
        GrantType = "unknown";
        StatusCode = HttpStatusCode.BadRequest;
    }

    /// <summary>The grant that was refused (<c>account_credentials</c>, <c>authorization_code</c>, <c>refresh_token</c>) or <c>revoke</c>.</summary>
    public string GrantType { get; }

    /// <summary>The HTTP status Zoom answered with.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Zoom's OAuth <c>error</c> (e.g. <c>invalid_grant</c>, <c>invalid_client</c>), when the body carried one.</summary>
    public string? Error { get; }

    /// <summary>Zoom's <c>reason</c> text, with any value the request sent as a secret masked.</summary>
    public string? Reason { get; }

    /// <summary>
    /// Whether the grant is over and only a new sign-in helps: <c>invalid_grant</c>, or <c>invalid_request</c> with
    /// reason <c>Invalid Token!</c> (older Zoom answers to a spent refresh token).
    /// </summary>
    public bool RequiresReauthorization
        => string.Equals(Error, "invalid_grant", StringComparison.OrdinalIgnoreCase)
           || (string.Equals(Error, "invalid_request", StringComparison.OrdinalIgnoreCase)
               && Reason is not null && Reason.Contains("Invalid Token", StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// The identity has no usable grant any more (Zoom refused its refresh token with <c>invalid_grant</c>, or it never
/// signed in): its stored tokens are cleared and the person (or, for <see cref="ZoomTokenKeys.Service"/>, the admin)
/// must go through sign-in again (<see cref="IZoomAuthorizationFlow.CreateAuthorizationRequest"/>).
/// </summary>
public sealed class ZoomReauthorizationRequiredException : ZoomAuthenticationException
{
    /// <summary>Creates the exception for an identity.</summary>
    /// <param name="identityKey">The identity key (a user key, or <c>service</c>). Not a secret.</param>
    /// <param name="message">Why (no secrets).</param>
    /// <param name="innerException">Zoom's refusal, when there was one.</param>
    public ZoomReauthorizationRequiredException(string identityKey, string message, Exception? innerException)
        : base(message, innerException!)
    {
        IdentityKey = identityKey;
    }

    /// <summary>Creates the exception with a default message.</summary>
    public ZoomReauthorizationRequiredException()
        : base("The Zoom authorization has ended; sign in again.")
    {
        IdentityKey = string.Empty;
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">Why (no secrets).</param>
    public ZoomReauthorizationRequiredException(string message)
        : base(message)
    {
        IdentityKey = string.Empty;
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">Why (no secrets).</param>
    /// <param name="innerException">The cause.</param>
    public ZoomReauthorizationRequiredException(string message, Exception innerException)
        : base(message, innerException)
    {
        IdentityKey = string.Empty;
    }

    /// <summary>The identity that must sign in again: a user key, or <see cref="ZoomTokenKeys.Service"/>.</summary>
    public string IdentityKey { get; }
}

/// <summary>Why an OAuth redirect's <c>state</c> was refused.</summary>
public enum ZoomAuthorizationStateProblem
{
    /// <summary>The state was never issued here (or is long gone): possibly a forged callback.</summary>
    Unknown = 0,

    /// <summary>The state was already used by an earlier callback. States are single-use.</summary>
    Reused,

    /// <summary>The sign-in took longer than the state's lifetime.</summary>
    Expired,

    /// <summary>The state was issued for another identity than the one completing the sign-in.</summary>
    IdentityMismatch,
}

/// <summary>An OAuth redirect arrived with a <c>state</c> that cannot be accepted; nothing was exchanged or stored.</summary>
public sealed class ZoomAuthorizationStateException : ZoomAuthenticationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problem">Why the state was refused.</param>
    /// <param name="message">The explanation (never the state or code).</param>
    public ZoomAuthorizationStateException(ZoomAuthorizationStateProblem problem, string message)
        : base(message)
    {
        Problem = problem;
    }

    /// <summary>Creates the exception with a default message.</summary>
    public ZoomAuthorizationStateException()
        : this(ZoomAuthorizationStateProblem.Unknown, "The OAuth state is not known.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The explanation.</param>
    public ZoomAuthorizationStateException(string message)
        : this(ZoomAuthorizationStateProblem.Unknown, message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The explanation.</param>
    /// <param name="innerException">The cause.</param>
    public ZoomAuthorizationStateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Why the state was refused.</summary>
    public ZoomAuthorizationStateProblem Problem { get; }
}

/// <summary>
/// A sign-out could not revoke the grant at Zoom for a reason that may pass (Zoom answered 5xx or 429, the network
/// failed or the request timed out). The identity's tokens are still stored, so the grant can still be revoked: call
/// <see cref="IZoomAuthorizationFlow.SignOutAsync"/> again later. Deleting them instead would leave the grant live at
/// Zoom with no local copy left to revoke it with.
/// </summary>
public sealed class ZoomSignOutIncompleteException : ZoomAuthenticationException
{
    /// <summary>Creates the exception for an identity.</summary>
    /// <param name="identityKey">The identity key (a user key, or <c>service</c>). Not a secret.</param>
    /// <param name="message">Why (no secrets).</param>
    /// <param name="innerException">The revoke request's failure.</param>
    public ZoomSignOutIncompleteException(string identityKey, string message, Exception innerException)
        : base(message, innerException)
    {
        IdentityKey = identityKey;
    }

    /// <summary>Creates the exception with a default message.</summary>
    public ZoomSignOutIncompleteException()
        : base("The Zoom sign-out did not complete; the tokens are kept. Sign out again later.")
    {
        IdentityKey = string.Empty;
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">Why (no secrets).</param>
    public ZoomSignOutIncompleteException(string message)
        : base(message)
    {
        IdentityKey = string.Empty;
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">Why (no secrets).</param>
    /// <param name="innerException">The cause.</param>
    public ZoomSignOutIncompleteException(string message, Exception innerException)
        : base(message, innerException)
    {
        IdentityKey = string.Empty;
    }

    /// <summary>The identity whose sign-out should be retried: a user key, or <see cref="ZoomTokenKeys.Service"/>.</summary>
    public string IdentityKey { get; }
}
