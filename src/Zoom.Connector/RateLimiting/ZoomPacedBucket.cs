using System.Threading.RateLimiting;

namespace Zoom.Connector.RateLimiting;

/// <summary>
/// How a budget of <c>permits</c> per <c>window</c> is paced so that no span of one window ever admits more than
/// <c>permits</c>, even against a server that counts in fixed windows that do not line up with ours.
/// A token bucket of size B replenished e times per window admits at most B + e·k in any window, so the bucket holds
/// one period's tokens (k) and the window is cut into e = slots - headroom periods: at most k·(e + 1) &lt;= permits.
/// With 20 or more slots a second slot is kept spare for network jitter. 55/s becomes one permit every 1/53 s:
/// 53 sustained, at most 54 in any second.
/// </summary>
internal readonly record struct ZoomBucketPlan(int TokensPerPeriod, TimeSpan Period, int PeriodsPerWindow)
{
    /// <summary>The shortest replenishment period, so huge budgets do not spin a timer every microsecond.</summary>
    public static readonly TimeSpan MinPeriod = TimeSpan.FromMilliseconds(5);

    public int SustainedPerWindow => TokensPerPeriod * PeriodsPerWindow;

    public static ZoomBucketPlan For(int permits, TimeSpan window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permits, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        var maxSlots = Math.Max(1, (int)Math.Min(int.MaxValue, window.Ticks / MinPeriod.Ticks));
        var slots = Math.Min(permits, maxSlots);
        var tokens = permits / slots;
        var headroom = slots >= 20 ? 2 : slots >= 2 ? 1 : 0;
        var periods = slots - headroom;
        return new ZoomBucketPlan(tokens, TimeSpan.FromTicks(window.Ticks / periods), periods);
    }
}

/// <summary>
/// One paced token bucket: a System.Threading.RateLimiting <see cref="TokenBucketRateLimiter"/> (bounded queue,
/// oldest first, cancellation) whose replenishment is driven by a <see cref="TimeProvider"/> timer, so tests move it
/// with a fake clock. With <c>AutoReplenishment = false</c> the runtime's <c>TryReplenish</c> adds tokens in proportion
/// to the Stopwatch time since its previous call; the limiter is therefore given a replenishment period of one tick,
/// which makes every <c>TryReplenish</c> refill the bucket to its limit (one period's tokens) as soon as 100 ns of
/// real time separate two calls, always true between two timer ticks. The pacing itself comes from our timer only.
/// </summary>
internal sealed class ZoomPacedBucket : IDisposable
{
    private readonly TokenBucketRateLimiter _limiter;
    private readonly ITimer _timer;

    public ZoomPacedBucket(string name, int permits, TimeSpan window, int queueLimit, TimeProvider time)
    {
        Name = name;
        QueueLimit = queueLimit;
        Plan = ZoomBucketPlan.For(permits, window);
        _limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = Plan.TokensPerPeriod,
            TokensPerPeriod = Plan.TokensPerPeriod,
            ReplenishmentPeriod = TimeSpan.FromTicks(1),
            QueueLimit = queueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = false,
        });
        _timer = time.CreateTimer(static state => ((ZoomPacedBucket)state!).Replenish(), this, Plan.Period, Plan.Period);
    }

    public string Name { get; }

    public int QueueLimit { get; }

    public ZoomBucketPlan Plan { get; }

    /// <summary>Tokens available and requests queued right now.</summary>
    public RateLimiterStatistics? Statistics => _limiter.GetStatistics();

    public async ValueTask AcquireAsync(CancellationToken cancellationToken)
    {
        using var lease = await _limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            throw new ZoomRateLimitQueueFullException(Name, QueueLimit);
        }
    }

    /// <summary>One period has passed: refill the bucket to one period's tokens and release waiters.</summary>
    internal void Replenish() => _limiter.TryReplenish();

    public void Dispose()
    {
        _timer.Dispose();
        _limiter.Dispose();
    }
}
