namespace Zoom.Connector.Redis;

/// <summary>
/// The connector's Redis settings (<c>Zoom:Redis</c>). Every default is stated on its property; bad values fail at
/// start-up with a message naming the key, never its value.
/// </summary>
public sealed class ZoomRedisOptions
{
    /// <summary>
    /// <c>Zoom:Redis:Configuration</c>: a StackExchange.Redis configuration string (e.g. <c>redis1:6379,password=...,ssl=true</c>).
    /// Required unless a connection is given to <c>UseRedis(...)</c>. A secret when it holds a password: it never appears
    /// in logs or messages.
    /// </summary>
    public string? Configuration { get; set; }

    /// <summary><c>Zoom:Redis:KeyPrefix</c>: the prefix of every key the connector writes. Default <c>zoom:</c>.</summary>
    public string KeyPrefix { get; set; } = "zoom:";

    /// <summary>
    /// <c>Zoom:Redis:LeaseTime</c>: how long a token-refresh lease lasts. A holder that dies releases it when it runs
    /// out, so other instances wait at most this long. Default 15 seconds (above the token endpoint's 30-second
    /// time-out is not needed: a refresh that outlives its lease is still stored with compare-and-swap).
    /// </summary>
    public TimeSpan LeaseTime { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// <c>Zoom:Redis:WaitTimeout</c>: the longest a caller waits on shared state (a refresh lease held by another
    /// instance, or Redis itself) before it fails with <see cref="ZoomRedisException"/>. Default 30 seconds.
    /// </summary>
    public TimeSpan WaitTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// <c>Zoom:Redis:SafetyMargin</c>: added to each budget window on Redis, so that clock and network jitter between
    /// instances never let a server counting per window see more than its budget. Default <see langword="null"/>: the
    /// in-process limiter's <c>Zoom:RateLimit:SafetyMargin</c>, itself 1% of the window when unset.
    /// </summary>
    public TimeSpan? SafetyMargin { get; set; }

    /// <summary>
    /// <c>Zoom:Redis:FallbackToLocalBudget</c>: when Redis cannot be reached at runtime, pace requests with an
    /// in-process budget of the same size instead of failing. Off by default: with several instances an unshared
    /// budget overspends the account (each instance spends it all), so the host must opt in knowingly.
    /// </summary>
    public bool FallbackToLocalBudget { get; set; }

    /// <summary>Keeps the configuration string (it may hold a password) out of logs.</summary>
    public override string ToString()
        => $"ZoomRedisOptions {{ Configuration = {(Configuration is null ? "null" : "***")}, KeyPrefix = {KeyPrefix}, LeaseTime = {LeaseTime}, WaitTimeout = {WaitTimeout} }}";
}
