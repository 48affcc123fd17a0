using System.Net;

namespace Zoom.Connector.Http;

/// <summary>
/// Zoom (or whoever answered in its place) sent a success answer whose body is longer than the connector reads: a
/// declared <c>Content-Length</c> over the limit was refused unread, or the body was cut off at the limit. The message
/// names the method, the path (no query string), the limit and the configuration key that sets it; never the body.
/// Never retried: a write (such as a meeting create) may already have taken effect at Zoom.
/// </summary>
public sealed class ZoomResponseTooLargeException : ZoomApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message (method, path, limit and key; no body).</param>
    /// <param name="statusCode">The success status the answer carried.</param>
    /// <param name="method">The request's method.</param>
    /// <param name="path">The request's path, without its query string.</param>
    /// <param name="limitBytes">The limit the body went over, in bytes.</param>
    /// <param name="configurationKey">The key that sets the limit (<c>Zoom:MaxResponseBodyBytes</c>), or <see langword="null"/> for a fixed limit.</param>
    public ZoomResponseTooLargeException(string message, HttpStatusCode statusCode, HttpMethod? method, string? path, long limitBytes, string? configurationKey)
        : base(message, statusCode, null, null, null, method, path)
    {
        LimitBytes = limitBytes;
        ConfigurationKey = configurationKey;
    }

    /// <summary>Creates the exception with only a message.</summary>
    public ZoomResponseTooLargeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public ZoomResponseTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public ZoomResponseTooLargeException()
        : this("Zoom API answer was longer than the connector reads.")
    {
    }

    /// <summary>The limit the body went over, in bytes.</summary>
    public long LimitBytes { get; }

    /// <summary>The configuration key that sets the limit (<c>Zoom:MaxResponseBodyBytes</c>), or <see langword="null"/> for a fixed limit.</summary>
    public string? ConfigurationKey { get; }
}
