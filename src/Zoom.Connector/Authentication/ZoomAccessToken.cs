namespace Zoom.Connector.Authentication;

/// <summary>An access token and when it expires. <see cref="ToString"/> never prints the token.</summary>
/// <param name="Value">The bearer token. A secret.</param>
/// <param name="ExpiresAt">When Zoom stops accepting it.</param>
public sealed record ZoomAccessToken(string Value, DateTimeOffset ExpiresAt)
{
    /// <summary>Whether the token is still usable at <paramref name="now"/> with <paramref name="buffer"/> to spare.</summary>
    public bool IsValidAt(DateTimeOffset now, TimeSpan buffer) => ExpiresAt - buffer > now;

    /// <summary>Prints the expiry only.</summary>
    public override string ToString() => $"ZoomAccessToken {{ ExpiresAt = {ExpiresAt:O} }}";
}

/// <summary>Supplies the access token of one identity (the service identity, or one person).</summary>
public interface IZoomAccessTokenProvider
{
    /// <summary>
    /// Returns a token valid for a while yet. With <paramref name="forceRefresh"/> the cached token is not used
    /// (Zoom refused it), and a new one is obtained.
    /// </summary>
    /// <param name="forceRefresh">Skip the cache: the last token was refused.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    ValueTask<ZoomAccessToken> GetAccessTokenAsync(bool forceRefresh, CancellationToken cancellationToken = default);
}

/// <summary>No token can be had: the identity is not configured, or the person must sign in again.</summary>
public class ZoomAuthenticationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ZoomAuthenticationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with an inner exception.</summary>
    public ZoomAuthenticationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public ZoomAuthenticationException()
        : base("No Zoom access token is available.")
    {
    }
}
