using System.Globalization;
using StackExchange.Redis;
using Zoom.Connector.RateLimiting;

namespace Zoom.Connector.Redis;

/// <summary>
/// Daily counters shared by the fleet: one Redis string per key and UTC day
/// (<c>{prefix}daily:{yyyyMMdd}:{hash of the key}</c>), incremented in Lua only below the limit, expiring two days later.
/// </summary>
internal sealed class RedisZoomDailyCounterStore(ZoomRedisConnection connection) : IZoomDailyCounterStore
{
    internal const string IncrementScript = """
        local count = tonumber(redis.call('GET', KEYS[1]) or '0')
        if count >= tonumber(ARGV[1]) then return 0 end
        redis.call('INCR', KEYS[1])
        redis.call('EXPIRE', KEYS[1], 172800)
        return 1
        """;

    internal const string DecrementScript = """
        local count = tonumber(redis.call('GET', KEYS[1]) or '0')
        if count > 0 then redis.call('DECR', KEYS[1]) end
        return 0
        """;

    internal RedisKey Key(string key, DateOnly day)
        => connection.Key("daily:" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + ":" + ZoomRedisConnection.Hash(key));

    public async ValueTask<bool> TryIncrementAsync(string key, DateOnly day, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        try
        {
            var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
            return (long)await database.ScriptEvaluateAsync(IncrementScript, [Key(key, day)], [limit]).ConfigureAwait(false) == 1;
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
}
