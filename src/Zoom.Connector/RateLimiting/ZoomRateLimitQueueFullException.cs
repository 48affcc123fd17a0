using Zoom.Connector.Http;

namespace Zoom.Connector.RateLimiting;

/// <summary>
/// The connector's local rate budget refused a request because its wait queue is full
/// (<c>Zoom:RateLimit:QueueLimit</c>). Raised before anything is sent to Zoom.
/// </summary>
public sealed class ZoomRateLimitQueueFullException : ZoomRateLimitException
{
    /// <summary>Creates the exception for a full queue.</summary>
    /// <param name="budget">Which budget refused: <c>account</c> or a category name.</param>
    /// <param name="queueLimit">The queue limit that was reached.</param>
    public ZoomRateLimitQueueFullException(string budget, int queueLimit)
        : base(
            $"The connector's local rate budget queue is full ({budget} budget, {queueLimit} requests already waiting; see Zoom:RateLimit:QueueLimit). The request was not sent to Zoom.",
            null, null, null, null, budget, ZoomRateLimitType.PerSecond, null, null, null, null)
    {
        Budget = budget;
        QueueLimit = queueLimit;
    }

    /// <summary>Creates the exception with a message.</summary>
    public ZoomRateLimitQueueFullException(string message)
        : base(message)
    {
        Budget = "account";
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public ZoomRateLimitQueueFullException(string message, Exception innerException)
        : base(message, innerException)
    {
        Budget = "account";
    }

    /// <summary>Creates the exception with a default message.</summary>
    public ZoomRateLimitQueueFullException()
        : this("The connector's local rate budget queue is full. The request was not sent to Zoom.")
    {
    }

    /// <summary>Which budget refused: <c>account</c> or a category (<c>light</c>, <c>medium</c>, ...).</summary>
    public string Budget { get; }

    /// <summary>The queue limit that was reached.</summary>
    public int QueueLimit { get; }
}
