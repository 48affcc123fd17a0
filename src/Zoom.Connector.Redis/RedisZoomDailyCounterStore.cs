using System.Globalization;
using StackExchange.Redis;
using Zoom.Connector.RateLimiting;

namespace Zoom.Connector.Redis;

/// <summary>
/// Daily counters shared by the fleet: one Redis string per key and UTC day
/// (<c>{prefix}daily:{yyyyMMdd}:{hash of the key}</c>), incremented in Lua only below the limit, expiring when its UTC
/// day is over (plus <see cref="ExpiryGrace"/> for clocks that differ between instances). Zoom's daily-limit 429
/// refusals are shared too (<c>{prefix}daily-refused:{hash of the key}</c>, the end in Unix milliseconds), expiring
/// when the refusal ends.
/// </summary>
internal sealed class RedisZoomDailyCounterStore(ZoomRedisConnection connection, TimeProvider time) : IZoomDailyCounterStore
{
    /// <summary>How long past the end of its UTC day a count is kept: instances whose clocks lag still find it.</summary>
    internal static readonly TimeSpan ExpiryGrace = TimeSpan.FromMinutes(10);

    /// <summary>KEYS: counter. ARGV: limit, time to live in ms. Returns 1 taken, 0 refused.</summary>
    internal const string IncrementScript = """
        local count = tonumber(redis.call('GET', KEYS[1]) or '0')
        if count >= tonumber(ARGV[1]) then return 0 end
        redis.call('INCR', KEYS[1])
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
        return 1
        """;

    /// <summary>KEYS: refusal. ARGV: end (Unix ms), time to live in ms. Keeps a later end already stored.</summary>
    internal const string RefuseScript = """
        local current = tonumber(redis.call('GET', KEYS[1]) or '0')
        if current >= tonumber(ARGV[1]) then return 0 end
        redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
        return 1
        """;

    internal const string DecrementScript = """
        local count = tonumber(redis.call('GET', KEYS[1]) or '0')
        if count > 0 then redis.call('DECR', KEYS[1]) end
        return 0
        """;

    internal RedisKey Key(string key, DateOnly day)
        => connection.Key("daily:" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + ":" + ZoomRedisConnection.Hash(key));

    private RedisKey RefusalKey(string key) => connection.Key("daily-refused:" + ZoomRedisConnection.Hash(key));

    /// <summary>Milliseconds until <paramref name="day"/> is over (UTC) plus the grace; relative, so Redis's own clock does not matter.</summary>
    internal long TimeToLive(DateOnly day)
    {
        var end = new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) + ExpiryGrace;
        return Math.Max(1, (long)Math.Ceiling((end - time.GetUtcNow()).TotalMilliseconds));
    }

    public async ValueTask<bool> TryIncrementAsync(string key, DateOnly day, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        try
        {
            var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
            return (long)await database.ScriptEvaluateAsync(IncrementScript, [Key(key, day)], [limit, TimeToLive(day)]).ConfigureAwait(false) == 1;
        }
        catch (Exception ex) when (ZoomRedisFailures.IsRedisFailure(ex))
        {
            throw ZoomRedisFailures.Wrap(connection, "counting a meeting create/update against the daily cap", ex);
        }
    }

    public async ValueTask DecrementAsync(string key, DateOnly day, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        try
        {
            var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
            await database.ScriptEvaluateAsync(DecrementScript, [Key(key, day)]).ConfigureAwait(false);
        }
        catch (Exception ex) when (ZoomRedisFailures.IsRedisFailure(ex))
        {
            throw ZoomRedisFailures.Wrap(connection, "giving back a daily-cap reservation", ex);
        }
    }

    public async ValueTask<int> GetAsync(string key, DateOnly day, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        try
        {
            var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
            var value = await database.StringGetAsync(Key(key, day)).ConfigureAwait(false);
            return value.IsNull ? 0 : (int)value;
        }
        catch (Exception ex) when (ZoomRedisFailures.IsRedisFailure(ex))
        {
            throw ZoomRedisFailures.Wrap(connection, "reading a daily counter", ex);
        }
    }

    public async ValueTask RefuseUntilAsync(string key, DateTimeOffset until, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (until <= now)
        {
            return;
        }

        try
        {
            var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
            var ttl = Math.Max(1, (long)Math.Ceiling((until - now).TotalMilliseconds));
            await database.ScriptEvaluateAsync(RefuseScript, [RefusalKey(key)], [until.ToUnixTimeMilliseconds(), ttl]).ConfigureAwait(false);
        }
        catch (Exception ex) when (ZoomRedisFailures.IsRedisFailure(ex))
        {
            throw ZoomRedisFailures.Wrap(connection, "sharing Zoom's daily-limit refusal of a host", ex);
        }
    }

    public async ValueTask<DateTimeOffset?> GetRefusedUntilAsync(string key, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        try
        {
            var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
            var value = await database.StringGetAsync(RefusalKey(key)).ConfigureAwait(false);
            if (value.IsNull)
            {
                return null;
            }

            var until = DateTimeOffset.FromUnixTimeMilliseconds((long)value);
            return until > now ? until : null;
        }
        catch (Exception ex) when (ZoomRedisFailures.IsRedisFailure(ex))
        {
            throw ZoomRedisFailures.Wrap(connection, "reading Zoom's daily-limit refusal of a host", ex);
        }
    }
}
