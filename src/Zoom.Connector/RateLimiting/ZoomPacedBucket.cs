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
/// oldest first, cancellation) refilled on a schedule kept by a <see cref="TimeProvider"/>, so tests move it with a
/// fake clock.
/// <para>The schedule: period boundaries at start + i·period. A timer ticks four times per period (at least every
/// millisecond) and refills the bucket once when a new boundary has passed; a late tick never refills twice, so the
/// pace cannot exceed the plan, and timer rounding (System.Threading.Timer works in whole milliseconds) cannot make
/// it faster. With <c>AutoReplenishment = false</c> the runtime's <c>TryReplenish</c> adds tokens in proportion to the
/// Stopwatch time since its previous call, so the limiter is given a replenishment period of one tick: each of our
/// refills (at least one period apart) then fills the bucket to its limit.</para>
/// </summary>
internal sealed class ZoomPacedBucket : IDisposable
{
    private readonly TokenBucketRateLimiter _limiter;
    private readonly TimeProvider _time;
    private readonly ITimer _timer;
    private readonly long _start;
    private long _periodsDone;

    public ZoomPacedBucket(string name, int permits, TimeSpan window, int queueLimit, TimeProvider time)
    {
        Name = name;
        QueueLimit = queueLimit;
        Plan = ZoomBucketPlan.For(permits, window);
        _time = time;
        _limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = Plan.TokensPerPeriod,
            TokensPerPeriod = Plan.TokensPerPeriod,
            ReplenishmentPeriod = TimeSpan.FromTicks(1),
            QueueLimit = queueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = false,
        });
        _start = time.GetTimestamp();
        var tick = TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerMillisecond, Plan.Period.Ticks / 4));
        _timer = time.CreateTimer(static state => ((ZoomPacedBucket)state!).Replenish(), this, tick, tick);
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

    /// <summary>Refills the bucket (to one period's tokens, releasing waiters) once per period boundary passed.</summary>
    internal void Replenish()
    {
        var due = _time.GetElapsedTime(_start).Ticks / Plan.Period.Ticks;
        var done = Volatile.Read(ref _periodsDone);
        if (due <= done || Interlocked.CompareExchange(ref _periodsDone, due, done) != done)
        {
            return;
        }

        _limiter.TryReplenish();
    }

    public void Dispose()
    {
        _timer.Dispose();
        _limiter.Dispose();
    }
}
