namespace Zoom.Connector.Redis;

/// <summary>
/// The connector's shared state on Redis could not be reached or a wait on it ran out. The message names the
/// configuration key (<c>Zoom:Redis:Configuration</c>), never its value.
/// </summary>
public sealed class ZoomRedisException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ZoomRedisException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the Redis client's exception.</summary>
    public ZoomRedisException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public ZoomRedisException()
        : base("The connector's shared state on Redis is unavailable.")
    {
    }
}
