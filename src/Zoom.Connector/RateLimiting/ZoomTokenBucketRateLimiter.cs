using Microsoft.Extensions.Options;
using Zoom.Connector.Http;

namespace Zoom.Connector.RateLimiting;

/// <summary>
/// The default <see cref="IZoomRateLimiter"/>: one sliding-window log (<see cref="ZoomPacedBucket"/>) for the account
/// (<c>Zoom:RateLimit:PermitsPerWindow</c> per <c>Zoom:RateLimit:Window</c>, plus <c>Zoom:RateLimit:SafetyMargin</c>)
/// and, when configured, one per category.
/// A request takes its category permit first, then the account permit, so waiting on a tight category never holds
/// account permits. When Zoom reports no room left (<c>X-RateLimit-Remaining: 0</c> or a per-second 429) the
/// category is held until Zoom's <c>Retry-After</c> (or for one window when Zoom gives no time), at most one minute.
/// </summary>
internal sealed class ZoomTokenBucketRateLimiter : IZoomRateLimiter, IZoomRateLimiterQueue, IDisposable
{
    /// <summary>The longest hold taken from Zoom's headers.</summary>
    public static readonly TimeSpan MaxHold = TimeSpan.FromMinutes(1);

    private readonly TimeProvider _time;
    private readonly ZoomPacedBucket _account;
    private readonly ZoomPacedBucket?[] _categories = new ZoomPacedBucket?[5];
    private readonly TimeSpan[] _windows = new TimeSpan[5];
    private readonly long[] _holdUntilTicks = new long[5];

    // Ends the holds on Dispose, as disposing the buckets fails their waiters: a disposed connector sends nothing.
    private readonly CancellationTokenSource _disposing = new();
    private int _disposed;

    public ZoomTokenBucketRateLimiter(IOptions<ZoomRateLimitOptions> options, TimeProvider time)
    {
        _time = time;
        var rate = options.Value;
        _account = new ZoomPacedBucket("account", rate.PermitsPerWindow, rate.Window, rate.QueueLimit, time, rate.SafetyMargin);
        _windows[0] = rate.Window;
        foreach (var category in ZoomRateLimitCategories.All)
        {
            var budget = Budget(rate, category);
            _windows[(int)category] = budget?.Window ?? TimeSpan.FromSeconds(1);
            if (budget is { } b)
            {
                _categories[(int)category] = new ZoomPacedBucket(ZoomRateLimitCategories.Name(category), b.Permits, b.Window, rate.QueueLimit, time, rate.SafetyMargin);
            }
        }
    }

    internal ZoomPacedBucket Account => _account;

    public int QueuedRequests
    {
        get
        {
            var queued = (int)_account.Statistics.CurrentQueuedCount;
            foreach (var bucket in _categories)
            {
                queued += (int)(bucket?.Statistics.CurrentQueuedCount ?? 0);
            }

            return queued;
        }
    }

    internal ZoomPacedBucket? Category(ZoomRateLimitCategory category) => _categories[(int)category];

    /// <summary>The effective budget of a category: explicit figures first, then the plan preset; <see langword="null"/> for none.</summary>
    internal static (int Permits, TimeSpan Window)? Budget(ZoomRateLimitOptions rate, ZoomRateLimitCategory category)
    {
        var preset = ZoomRateLimitCategories.Preset(rate.Plan, category);
        var explicitFigures = rate.Categories.Get(category);
        if (explicitFigures.PermitsPerWindow is { } permits)
        {
            return (permits, explicitFigures.Window ?? preset?.Window ?? TimeSpan.FromSeconds(1));
        }

        return preset is { } p ? (p.Permits, explicitFigures.Window ?? p.Window) : null;
    }

    public async ValueTask AcquireAsync(ZoomRateLimitCategory category, CancellationToken cancellationToken = default)
    {
        var index = (int)category;
        var hold = Volatile.Read(ref _holdUntilTicks[index]);
        if (hold != 0)
        {
            var wait = new DateTimeOffset(hold, TimeSpan.Zero) - _time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await HoldAsync(wait, cancellationToken).ConfigureAwait(false);
            }
        }

        if (_categories[index] is { } bucket)
        {
            await bucket.AcquireAsync(cancellationToken).ConfigureAwait(false);
        }

        await _account.AcquireAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task HoldAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _disposing.Token);
        try
        {
            // Yields: a hold ended by Dispose goes on with the request on the pool, not inside Dispose.
            await Task.Delay(wait, _time, linked.Token).ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ObjectDisposedException(nameof(ZoomTokenBucketRateLimiter), "The connector's rate budget was disposed while the request was held for Zoom's Retry-After.");
        }
    }

    public void OnResponse(ZoomRateLimitCategory category, ZoomRateLimitHeaders headers, bool isRateLimited)
    {
        if (headers.Type == ZoomRateLimitType.Daily || (isRateLimited && headers.Type == ZoomRateLimitType.Unknown && headers.RetryAt is not null))
        {
            // A daily limit is not waited out here: the request surfaces with its reset time.
            return;
        }

        if (!isRateLimited && headers.Remaining is not 0)
        {
            return;
        }

        var now = _time.GetUtcNow();
        var delay = headers.RetryAfter
            ?? (headers.RetryAt is { } at ? at - now : (TimeSpan?)null)
            ?? _windows[(int)category];
        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        if (delay > MaxHold)
        {
            delay = MaxHold;
        }

        var until = (now + delay).UtcTicks;
        ref var slot = ref _holdUntilTicks[(int)category];
        long current;
        do
        {
            current = Volatile.Read(ref slot);
            if (current >= until)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref slot, until, current) != current);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _disposing.Cancel();
        _disposing.Dispose();
        _account.Dispose();
        foreach (var bucket in _categories)
        {
            bucket?.Dispose();
        }
    }
}
