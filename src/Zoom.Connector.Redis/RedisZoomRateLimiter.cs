using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Zoom.Connector.Http;
using Zoom.Connector.RateLimiting;

namespace Zoom.Connector.Redis;

/// <summary>
/// The account budget and the per-category budgets shared by every instance, as sliding-window logs on Redis (the
/// in-process limiter's rule): no span of <c>Window + SafetyMargin</c> holds more than <c>PermitsPerWindow</c> grants.
/// One Lua script per acquisition reads Redis <c>TIME</c> (one clock for the whole fleet) and <em>reserves</em> the
/// earliest instant the rule allows for the category and the account together (after the category's shared 429 hold,
/// if any); the caller then waits locally until that instant and sends, with no further round trip. Reserving, rather
/// than asking again when room frees, keeps the grants exactly one window apart however slow the round trips are (a
/// caller that polls re-takes a freed permit only after its own latency, and that latency adds up window after window),
/// and serves callers of every instance in the order they reached Redis. A caller cancelled while it waits gives its
/// reservation back.
/// </summary>
internal sealed partial class RedisZoomRateLimiter : IZoomRateLimiter
{
    /// <summary>
    /// KEYS: hold, then the window logs. ARGV: member, then limit and window (microseconds) per log. Reserves the
    /// earliest instant at or after now (and after the hold) at which every log has room, and returns how many
    /// microseconds from now that is (0: go now).
    /// </summary>
    internal const string AcquireScript = """
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
        local at = now
        local hold = redis.call('PTTL', KEYS[1])
        if hold > 0 then at = now + hold * 1000 end
        for i = 2, #KEYS do
          local limit = tonumber(ARGV[2 * i - 2])
          local window = tonumber(ARGV[2 * i - 1])
          redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now - window)
          local count = redis.call('ZCARD', KEYS[i])
          if count >= limit then
            local oldest = redis.call('ZRANGE', KEYS[i], count - limit, count - limit, 'WITHSCORES')
            local free = tonumber(oldest[2]) + window
            if free > at then at = free end
          end
        end
        for i = 2, #KEYS do
          redis.call('ZADD', KEYS[i], at, ARGV[1])
          redis.call('PEXPIRE', KEYS[i], math.ceil((at - now + tonumber(ARGV[2 * i - 1])) / 1000) + 1000)
        end
        return at - now
        """;

    /// <summary>KEYS: hold. ARGV: milliseconds. Extends the hold, never shortens it.</summary>
    internal const string HoldScript = """
        local current = redis.call('PTTL', KEYS[1])
        if current < tonumber(ARGV[1]) then redis.call('SET', KEYS[1], '1', 'PX', ARGV[1]) end
        return 0
        """;

    /// <summary>The longest hold taken from Zoom's headers (as in-process).</summary>
    public static readonly TimeSpan MaxHold = TimeSpan.FromMinutes(1);

    private static readonly ZoomRateLimitCategory[] Categories =
        [ZoomRateLimitCategory.Unknown, ZoomRateLimitCategory.Light, ZoomRateLimitCategory.Medium, ZoomRateLimitCategory.Heavy, ZoomRateLimitCategory.ResourceIntensive];

    private readonly ZoomRedisConnection _connection;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Plan[] _plans = new Plan[5];
    private readonly int _queueLimit;
    private readonly string _instance = Guid.NewGuid().ToString("N")[..12];
    private readonly ZoomLocalSlidingWindow? _fallbackAccount;
    private long _sequence;
    private int _waiting;

    public RedisZoomRateLimiter(ZoomRedisConnection connection, IOptions<ZoomRateLimitOptions> options, TimeProvider time, ILogger<RedisZoomRateLimiter> logger)
    {
        _connection = connection;
        _time = time;
        _logger = logger;
        var rate = options.Value;
        _queueLimit = rate.QueueLimit;
        var account = ZoomRateBudget.Account(rate);
        // Zoom:Redis:SafetyMargin when set, else the in-process limiter's Zoom:RateLimit:SafetyMargin (else 1% of the window).
        var margin = connection.Options.SafetyMargin ?? rate.SafetyMargin;
        foreach (var category in Categories)
        {
            var index = (int)category;
            var name = category == ZoomRateLimitCategory.Unknown ? "unknown" : category.ToString().ToLowerInvariant();
            var budget = ZoomRateBudget.ForCategory(rate, category);
            var keys = new List<RedisKey> { connection.Key("{rl}:hold:" + name), connection.Key("{rl}:account") };
            var args = new List<RedisValue> { RedisValue.Null, account.PermitsPerWindow, Micros(account.Window, margin) };
            if (budget is { } b)
            {
                keys.Add(connection.Key("{rl}:" + name));
                args.Add(b.PermitsPerWindow);
                args.Add(Micros(b.Window, margin));
            }

            _plans[index] = new Plan(name, [.. keys], [.. args], budget?.Window ?? TimeSpan.FromSeconds(1),
                connection.Options.FallbackToLocalBudget && budget is { } fb ? new ZoomLocalSlidingWindow(fb.PermitsPerWindow, fb.Window + Margin(fb.Window, margin)) : null);
        }

        if (connection.Options.FallbackToLocalBudget)
        {
            _fallbackAccount = new ZoomLocalSlidingWindow(account.PermitsPerWindow, account.Window + Margin(account.Window, margin));
        }
    }

    /// <summary>The safety margin added to a window: the configured one, else 1% of the window.</summary>
    internal static TimeSpan Margin(TimeSpan window, TimeSpan? configured) => configured ?? TimeSpan.FromTicks(window.Ticks / 100);

    private static long Micros(TimeSpan window, TimeSpan? margin) => (window + Margin(window, margin)).Ticks / 10;

    public async ValueTask AcquireAsync(ZoomRateLimitCategory category, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var plan = _plans[(int)category is >= 0 and < 5 ? (int)category : 0];
        if (Interlocked.Increment(ref _waiting) > _queueLimit + 1)
        {
            Interlocked.Decrement(ref _waiting);
            throw new ZoomRateLimitQueueFullException("account (Redis)", _queueLimit);
        }

        try
        {
            RedisValue member = _instance + ":" + Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture);
            var args = (RedisValue[])plan.Args.Clone();
            args[0] = member;
            long waitMicros;
            IDatabase database;
            try
            {
                database = await _connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
                waitMicros = (long)await database.ScriptEvaluateAsync(AcquireScript, plan.Keys, args).ConfigureAwait(false);
            }
            catch (Exception ex) when (ZoomRedisFailures.IsRedisFailure(ex))
            {
                if (_fallbackAccount is null)
                {
                    throw ZoomRedisFailures.Wrap(_connection, "taking a permit of the shared rate budget", ex);
                }

                LogFallback(_logger, ex.GetType().Name);
                await AcquireLocalAsync(plan, cancellationToken).ConfigureAwait(false);
                return;
            }

            if (waitMicros <= 0)
            {
                return;
            }

            try
            {
                await Task.Delay(WholeMilliseconds(waitMicros), _time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                await GiveBackAsync(database, plan, member).ConfigureAwait(false);
                throw;
            }
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    /// <summary>System timers truncate to whole milliseconds: round up, so a caller never goes before its reserved instant.</summary>
    internal static TimeSpan WholeMilliseconds(long micros) => TimeSpan.FromMilliseconds((micros + 999) / 1000);

    /// <summary>A cancelled caller's reservation is removed: the logs only get emptier, so every other grant stays valid.</summary>
    private async Task GiveBackAsync(IDatabase database, Plan plan, RedisValue member)
    {
        try
        {
            foreach (var key in plan.Keys.Skip(1))
            {
                await database.SortedSetRemoveAsync(key, member).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ZoomRedisFailures.IsRedisFailure(ex))
        {
            // The reservation then simply lapses with its window: the budget loses one permit, nothing more.
            LogGiveBackFailed(_logger, ex.GetType().Name);
        }
    }

    /// <summary>The host opted in to an unshared budget while Redis is away (<c>Zoom:Redis:FallbackToLocalBudget</c>).</summary>
    private async Task AcquireLocalAsync(Plan plan, CancellationToken cancellationToken)
    {
        if (plan.Fallback is { } categoryWindow)
        {
            await categoryWindow.AcquireAsync(_time, cancellationToken).ConfigureAwait(false);
        }

        await _fallbackAccount!.AcquireAsync(_time, cancellationToken).ConfigureAwait(false);
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

        var plan = _plans[(int)category is >= 0 and < 5 ? (int)category : 0];
        var now = _time.GetUtcNow();
        var delay = headers.RetryAfter ?? (headers.RetryAt is { } at ? at - now : (TimeSpan?)null) ?? plan.HoldWindow;
        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        if (delay > MaxHold)
        {
            delay = MaxHold;
        }

        _ = HoldAsync(plan.Keys[0], (long)Math.Ceiling(delay.TotalMilliseconds));
    }

    private async Task HoldAsync(RedisKey key, long milliseconds)
    {
        try
        {
            var database = await _connection.GetDatabaseAsync().ConfigureAwait(false);
            await database.ScriptEvaluateAsync(HoldScript, [key], [milliseconds]).ConfigureAwait(false);
        }
        catch (Exception ex) when (ZoomRedisFailures.IsRedisFailure(ex))
        {
            // The hold is advice from Zoom's headers: without Redis the next acquisition fails loudly anyway.
            LogHoldFailed(_logger, ex.GetType().Name);
        }
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Redis did not answer ({Error}); pacing with an unshared in-process budget because Zoom:Redis:FallbackToLocalBudget is on.")]
    private static partial void LogFallback(ILogger logger, string error);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "Could not record Zoom's rate-limit hold on Redis ({Error}).")]
    private static partial void LogHoldFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning, Message = "Could not give a cancelled caller's reserved permit back on Redis ({Error}); it lapses with its window.")]
    private static partial void LogGiveBackFailed(ILogger logger, string error);

    private sealed record Plan(string Name, RedisKey[] Keys, RedisValue[] Args, TimeSpan HoldWindow, ZoomLocalSlidingWindow? Fallback);
}

/// <summary>The same sliding-window log in process memory: the opt-in fallback while Redis is unreachable.</summary>
internal sealed class ZoomLocalSlidingWindow(int permits, TimeSpan window)
{
    private readonly Queue<long> _granted = new();
    private readonly Lock _gate = new();

    public async Task AcquireAsync(TimeProvider time, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = time.GetTimestamp();
                while (_granted.TryPeek(out var oldest) && time.GetElapsedTime(oldest, now) >= window)
                {
                    _granted.Dequeue();
                }

                if (_granted.Count < permits)
                {
                    _granted.Enqueue(now);
                    return;
                }

                wait = window - time.GetElapsedTime(_granted.Peek(), now);
            }

            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1), time, cancellationToken).ConfigureAwait(false);
        }
    }
}
