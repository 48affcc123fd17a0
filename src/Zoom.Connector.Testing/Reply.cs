using System.Collections.Specialized;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Zoom.Connector.Models;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Testing;

/// <summary>What the emulator answers before it becomes an <see cref="HttpResponseMessage"/>.</summary>
internal sealed class Reply
{
    private Reply(HttpStatusCode status, byte[]? body)
    {
        Status = status;
        Body = body;
    }

    public HttpStatusCode Status { get; }

    public byte[]? Body { get; }

    public List<KeyValuePair<string, string>> Headers { get; } = [];

    public Uri? Location { get; init; }

    /// <summary>A non-JSON body (a recording file), made when the response is.</summary>
    public Func<HttpContent>? Content { get; init; }

    public static Reply File(Func<HttpContent> content) => new(HttpStatusCode.OK, null) { Content = content };

    public static Reply Json<T>(HttpStatusCode status, T value, JsonTypeInfo<T> type)
        => new(status, JsonSerializer.SerializeToUtf8Bytes(value, type));

    public static Reply Ok<T>(T value, JsonTypeInfo<T> type) => Json(HttpStatusCode.OK, value, type);

    public static Reply NoContent() => new(HttpStatusCode.NoContent, null);

    public static Reply Redirect(Uri location) => new(HttpStatusCode.Found, null) { Location = location };

    public static Reply Error(HttpStatusCode status, int code, string message, IReadOnlyList<ZoomFieldError>? errors = null)
        => Json(status, new ZoomErrorBody { Code = code, Message = message, Errors = errors }, ZoomJsonContext.Default.ZoomErrorBody);

    public static Reply Validation(params ZoomFieldError[] errors)
        => Error(HttpStatusCode.BadRequest, 300, "Validation Failed.", errors);

    public static Reply Invalid(string message) => Error(HttpStatusCode.BadRequest, 300, message);

    public static Reply InvalidToken() => Error(HttpStatusCode.Unauthorized, 124, "Invalid access token.");

    public static Reply UserNotFound(string userId) => Error(HttpStatusCode.NotFound, 1001, $"User does not exist: {userId}.");

    public static Reply MeetingNotFound(string meetingId) => Error(HttpStatusCode.NotFound, 3001, $"Meeting does not exist: {meetingId}.");

    public static Reply NoRecording() => Error(HttpStatusCode.NotFound, 3301, "This recording does not exist.");

    public static Reply OAuth(string error, string reason)
        => Json(HttpStatusCode.BadRequest, new EmulatorOAuthError(reason, error), EmulatorJsonContext.Default.EmulatorOAuthError);

    public Reply WithHeader(string name, string value)
    {
        Headers.Add(new(name, value));
        return this;
    }

    public HttpResponseMessage ToResponse(HttpRequestMessage request)
    {
        var response = new HttpResponseMessage(Status) { RequestMessage = request };
        if (Content is not null)
        {
            response.Content = Content();
        }
        else if (Body is not null)
        {
            response.Content = new ByteArrayContent(Body);
            response.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        }
        else
        {
            response.Content = new ByteArrayContent([]);
        }

        if (Location is not null)
        {
            response.Headers.Location = Location;
        }

        foreach (var (name, value) in Headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    public override string ToString() => Body is null ? $"{(int)Status}" : $"{(int)Status} {Encoding.UTF8.GetString(Body)}";
}

/// <summary>One API request as the route handlers see it.</summary>
internal sealed class ApiRequest(HttpMethod method, string[] segments, string[] rawSegments, NameValueCollection query, string body, AccessGrant grant)
{
    public HttpMethod Method { get; } = method;

    /// <summary>Path segments after <c>/v2</c>, unescaped (twice for double-encoded UUIDs).</summary>
    public string[] Segments { get; } = segments;

    /// <summary>Path segments after <c>/v2</c> as sent.</summary>
    public string[] RawSegments { get; } = rawSegments;

    public NameValueCollection Query { get; } = query;

    public string Body { get; } = body;

    public AccessGrant Grant { get; } = grant;

    public string? Q(string name) => Query[name] is { Length: > 0 } value ? value : null;
}
