using System.Net;

namespace Zoom.Connector.Http;

/// <summary>Which of Zoom's limits a 429 reports.</summary>
public enum ZoomRateLimitType
{
    /// <summary>Zoom did not say.</summary>
    Unknown = 0,
    /// <summary>The per-second (QPS) limit: retry after a short wait.</summary>
    PerSecond,
    /// <summary>A daily limit (including 100 meeting creates/updates per host): retry after the reset time.</summary>
    Daily,
}

/// <summary>
/// Zoom answered 429, or the connector refused a request to stay inside a budget. Carries the category, the limit
/// type and when to try again.
/// </summary>
public class ZoomRateLimitException : ZoomApiException
{
    /// <summary>Creates the exception.</summary>
    public ZoomRateLimitException(
        string message,
        int? zoomCode,
        string? zoomMessage,
        HttpMethod? method,
        string? path,
        string? category,
        ZoomRateLimitType limitType,
        int? limit,
        int? remaining,
        TimeSpan? retryAfter,
        DateTimeOffset? retryAt)
        : base(message, (HttpStatusCode)429, zoomCode, zoomMessage, null, method, path)
    {
        Category = category;
        LimitType = limitType;
        Limit = limit;
        Remaining = remaining;
        RetryAfter = retryAfter;
        RetryAt = retryAt;
    }

    /// <summary>Creates the exception with only a message.</summary>
    public ZoomRateLimitException(string message)
        : this(message, null, null, null, null, null, ZoomRateLimitType.Unknown, null, null, null, null)
    {
    }

    /// <summary>Creates the exception with a message and inner exception (the limit details stay empty).</summary>
    public ZoomRateLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public ZoomRateLimitException()
        : this("Zoom rate limit reached.")
    {
    }

    /// <summary>Zoom's rate-limit category from <c>X-RateLimit-Category</c> (Light, Medium, Heavy, Resource-intensive).</summary>
    public string? Category { get; }

    /// <summary>Per-second or daily, from <c>X-RateLimit-Type</c> or Zoom's message.</summary>
    public ZoomRateLimitType LimitType { get; }

    /// <summary><c>X-RateLimit-Limit</c>, when sent.</summary>
    public int? Limit { get; }

    /// <summary><c>X-RateLimit-Remaining</c>, when sent.</summary>
    public int? Remaining { get; }

    /// <summary><c>Retry-After</c> given in seconds.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary><c>Retry-After</c> given as a date (Zoom's daily limits send an ISO-8601 date-time).</summary>
    public DateTimeOffset? RetryAt { get; }

    /// <summary>How long to wait from <paramref name="now"/>, whichever form Zoom used; <see langword="null"/> when unknown.</summary>
    public TimeSpan? GetRetryDelay(DateTimeOffset now) => ZoomRateLimitHeaders.DelayFrom(RetryAfter, RetryAt, now);
}
