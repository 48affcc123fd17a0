using System.Net;
using Zoom.Connector.Models;

namespace Zoom.Connector.Http;

/// <summary>
/// Zoom answered with a non-success status. Carries the HTTP status, Zoom's <c>code</c> and <c>message</c>, and any
/// field errors. The message names the method and path (no query string) and never carries a token or secret.
/// </summary>
public class ZoomApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ZoomApiException(
        string message,
        HttpStatusCode statusCode,
        int? zoomCode,
        string? zoomMessage,
        IReadOnlyList<ZoomFieldError>? fieldErrors,
        HttpMethod? method,
        string? path,
        Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ZoomCode = zoomCode;
        ZoomMessage = zoomMessage;
        FieldErrors = fieldErrors ?? [];
        Method = method;
        Path = path;
    }

    /// <summary>Creates the exception with only a message (for serializers and tests).</summary>
    public ZoomApiException(string message)
        : this(message, 0, null, null, null, null, null)
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public ZoomApiException(string message, Exception innerException)
        : this(message, 0, null, null, null, null, null, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public ZoomApiException()
        : this("Zoom API request failed.")
    {
    }

    /// <summary>The HTTP status Zoom answered with.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Zoom's numeric error code (e.g. 124 invalid token, 300 validation, 1001 no such user, 3001 no such meeting).</summary>
    public int? ZoomCode { get; }

    /// <summary>Zoom's own message, unchanged.</summary>
    public string? ZoomMessage { get; }

    /// <summary>Field-level validation errors (code 300), empty when there are none.</summary>
    public IReadOnlyList<ZoomFieldError> FieldErrors { get; }

    /// <summary>The HTTP method of the failed request.</summary>
    public HttpMethod? Method { get; }

    /// <summary>The path of the failed request, without its query string.</summary>
    public string? Path { get; }

    /// <summary>Whether the access token was refused (HTTP 401, or Zoom code 124).</summary>
    public bool IsUnauthorized => StatusCode == HttpStatusCode.Unauthorized || ZoomCode == 124;
}
