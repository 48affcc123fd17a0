using System.Net.Http.Headers;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Zoom.Connector.Models;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Http;

/// <summary>
/// The one place where a non-success Zoom response becomes a <see cref="ZoomApiException"/> (or a
/// <see cref="ZoomRateLimitException"/> for 429). Used as Refit's exception factory and by the connector's own
/// handlers.
/// </summary>
public static class ZoomErrorMapper
{
    private const int MaxBodyBytes = ZoomResponseBody.DefaultLimit;

    /// <summary>Returns <see langword="null"/> for a success status, else the exception that describes the failure.</summary>
    public static async Task<Exception?> CreateAsync(HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.IsSuccessStatusCode)
        {
            return null;
        }

        var body = await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
        return Create(response, body);
    }

    /// <summary>Builds the exception from a response whose body has already been read.</summary>
    public static ZoomApiException Create(HttpResponseMessage response, ZoomErrorBody? body)
    {
        ArgumentNullException.ThrowIfNull(response);
        var request = response.RequestMessage;
        var method = request?.Method;
        var path = request?.RequestUri is { } uri ? (uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString.Split('?')[0]) : null;
        var status = response.StatusCode;
        var code = body?.Code;
        var zoomMessage = body?.Message ?? body?.Reason ?? body?.Error;

        var text = string.Create(CultureInfo.InvariantCulture,
            $"Zoom API {method?.Method ?? "request"} {path ?? string.Empty} failed with HTTP {(int)status} ({status})");
        if (code is not null || zoomMessage is not null)
        {
            text += code is null ? $": {zoomMessage}" : string.Create(CultureInfo.InvariantCulture, $": Zoom code {code}: {zoomMessage}");
        }
        else if (body is null)
        {
            text += ": the response body was empty or not JSON.";
        }

        if (body?.Errors is { Count: > 0 } errors)
        {
            text += " Field errors: " + string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}"));
        }

        if (status == (HttpStatusCode)429)
        {
            var headers = ZoomRateLimitHeaders.Read(response);
            var type = headers.Type;
            if (type == ZoomRateLimitType.Unknown && zoomMessage is not null)
            {
                type = zoomMessage.Contains("daily", StringComparison.OrdinalIgnoreCase) ? ZoomRateLimitType.Daily
                    : zoomMessage.Contains("per-second", StringComparison.OrdinalIgnoreCase) ? ZoomRateLimitType.PerSecond
                    : ZoomRateLimitType.Unknown;
            }

            if (type == ZoomRateLimitType.Unknown && headers.RetryAt is not null)
            {
                type = ZoomRateLimitType.Daily;
            }

            return new ZoomRateLimitException(text, code, zoomMessage, method, path, headers.Category, type,
                headers.Limit, headers.Remaining, headers.RetryAfter, headers.RetryAt);
        }

        return new ZoomApiException(text, status, code, zoomMessage, body?.Errors, method, path);
    }

    /// <summary>
    /// A success response whose body is not the JSON the operation promises. A body that went over the connector's
    /// size limit while it was read is reported as that (<see cref="ZoomResponseTooLargeException"/>), not as bad JSON.
    /// </summary>
    public static ZoomApiException CreateUnreadableResponse(HttpResponseMessage response, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (exception is ZoomResponseTooLargeException tooLarge)
        {
            return tooLarge;
        }

        var request = response.RequestMessage;
        var path = request?.RequestUri is { IsAbsoluteUri: true } uri ? uri.AbsolutePath : null;
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Zoom API {request?.Method.Method ?? "request"} {path} answered HTTP {(int)response.StatusCode} with a body that could not be read as the expected JSON.");
        return new ZoomApiException(text, response.StatusCode, null, null, null, request?.Method, path, exception);
    }

    /// <summary>
    /// A success response whose body is longer than the connector reads (<paramref name="limitBytes"/>): refused unread
    /// when its declared length is over the limit, or cut off at the limit. Names the method, the path (no query), the
    /// limit and <paramref name="configurationKey"/> when the limit is configurable; never the body.
    /// </summary>
    internal static ZoomResponseTooLargeException CreateResponseTooLarge(HttpResponseMessage response, long limitBytes, string? configurationKey)
    {
        ArgumentNullException.ThrowIfNull(response);
        var request = response.RequestMessage;
        var method = request?.Method;
        var path = request?.RequestUri is { IsAbsoluteUri: true } uri ? uri.AbsolutePath : null;
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Zoom API {method?.Method ?? "request"} {path} answered HTTP {(int)response.StatusCode} with a body over {FormatSize(limitBytes)} ({limitBytes} bytes");
        text += configurationKey is null ? ")" : $", set by {configurationKey})";
        text += "; it was not read further.";
        if (method is not null && method != HttpMethod.Get && method != HttpMethod.Head && method != HttpMethod.Options)
        {
            // The answer came after Zoom did the work: the caller must not assume nothing happened.
            text += " The request may still have taken effect at Zoom.";
        }

        return new ZoomResponseTooLargeException(text, response.StatusCode, method, path, limitBytes, configurationKey);
    }

    /// <summary><c>16 MiB</c>, <c>64 KiB</c>, or the bytes when neither is whole.</summary>
    private static string FormatSize(long bytes)
        => bytes % (1024 * 1024) == 0 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024)} MiB")
            : bytes % 1024 == 0 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024} KiB")
            : string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");

    /// <summary>
    /// Reads Zoom's error body, or <see langword="null"/> when it is empty, not JSON or over 64 KiB. At most 64 KiB + 1
    /// bytes are read, and the response keeps them buffered for the next reader.
    /// </summary>
    internal static async Task<ZoomErrorBody?> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
        => ParseBody(await ZoomResponseBody.BufferAsync(response, MaxBodyBytes, cancellationToken).ConfigureAwait(false));

    /// <summary>Reads an error body from a stream (at most 64 KiB + 1 bytes), e.g. a download's idle-guarded stream.</summary>
    internal static async Task<ZoomErrorBody?> ReadBodyAsync(Stream body, CancellationToken cancellationToken)
        => ParseBody(await ZoomResponseBody.ReadAsync(body, MaxBodyBytes, cancellationToken).ConfigureAwait(false));

    /// <summary>Zoom's error body, or <see langword="null"/> when there is none (too long, empty or not JSON).</summary>
    private static ZoomErrorBody? ParseBody(byte[]? bytes)
    {
        if (bytes is null || bytes.Length == 0)
        {
            return null;
        }

        var first = Array.FindIndex(bytes, b => !char.IsWhiteSpace((char)b));
        if (first < 0 || bytes[first] != (byte)'{')
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, ZoomJsonContext.Default.ZoomErrorBody);
        }
        catch (JsonException)
        {
            // A body that only looks like JSON is reported like any other unreadable body: by its status alone.
            return null;
        }
    }
}

/// <summary>Zoom's rate-limit response headers; every one of them is optional.</summary>
/// <param name="Category"><c>X-RateLimit-Category</c>.</param>
/// <param name="Type"><c>X-RateLimit-Type</c>: QPS or Daily-limit.</param>
/// <param name="Limit"><c>X-RateLimit-Limit</c>.</param>
/// <param name="Remaining"><c>X-RateLimit-Remaining</c>.</param>
/// <param name="RetryAfter"><c>Retry-After</c> given in seconds.</param>
/// <param name="RetryAt"><c>Retry-After</c> given as a date (ISO-8601 or HTTP date).</param>
public readonly record struct ZoomRateLimitHeaders(
    string? Category,
    ZoomRateLimitType Type,
    int? Limit,
    int? Remaining,
    TimeSpan? RetryAfter,
    DateTimeOffset? RetryAt)
{
    /// <summary>Reads the headers from a response.</summary>
    public static ZoomRateLimitHeaders Read(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headers = response.Headers.NonValidated;
        var category = First(headers, "X-RateLimit-Category");
        var typeText = First(headers, "X-RateLimit-Type");
        var type = typeText switch
        {
            null => ZoomRateLimitType.Unknown,
            _ when typeText.Contains("daily", StringComparison.OrdinalIgnoreCase) => ZoomRateLimitType.Daily,
            _ when typeText.Contains("qps", StringComparison.OrdinalIgnoreCase) => ZoomRateLimitType.PerSecond,
            _ => ZoomRateLimitType.Unknown,
        };

        var (after, at) = ParseRetryAfter(First(headers, "Retry-After"));
        return new ZoomRateLimitHeaders(category, type, Int(First(headers, "X-RateLimit-Limit")),
            Int(First(headers, "X-RateLimit-Remaining")), after, at);
    }

    /// <summary>
    /// The longest wait a <c>Retry-After</c> can ask for: one day (a daily limit resets at the next UTC midnight).
    /// Larger values (<c>99999999999999</c>, <c>Infinity</c>, a date years ahead) are read as this cap instead of
    /// overflowing; the resilience pipeline then surfaces them rather than waiting (see <c>Zoom:Resilience:MaxRetryAfter</c>).
    /// </summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromDays(1);

    /// <summary>How long to wait from <paramref name="now"/> for a <c>Retry-After</c> given in seconds or as a date, at most <see cref="MaxRetryAfter"/>.</summary>
    internal static TimeSpan? DelayFrom(TimeSpan? after, DateTimeOffset? at, DateTimeOffset now)
    {
        if (after is { } delay)
        {
            return delay > MaxRetryAfter ? MaxRetryAfter : delay;
        }

        if (at is { } date)
        {
            // Compared before subtracting: DateTimeOffset.MaxValue - now is fine, but keep the cap in one place.
            if (date >= now + MaxRetryAfter)
            {
                return MaxRetryAfter;
            }

            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    /// <summary>
    /// Parses <c>Retry-After</c> as seconds (at most <see cref="MaxRetryAfter"/>; negative or unreadable values are
    /// ignored), an ISO-8601 date-time or an HTTP date. Never throws.
    /// </summary>
    public static (TimeSpan? After, DateTimeOffset? At) ParseRetryAfter(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return (null, null);
        }

        value = value.Trim();
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            // Negative or NaN means nothing usable; anything beyond the cap (up to Infinity) is the cap, never an overflow.
            return seconds >= 0 && !double.IsNaN(seconds)
                ? (seconds >= MaxRetryAfter.TotalSeconds ? MaxRetryAfter : TimeSpan.FromSeconds(seconds), null)
                : (null, null);
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
        {
            return (null, at);
        }

        return (null, null);
    }

    private static string? First(HttpHeadersNonValidated headers, string name)
        => headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static int? Int(string? text)
        => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}
