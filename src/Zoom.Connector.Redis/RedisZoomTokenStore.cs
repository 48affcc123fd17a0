using StackExchange.Redis;
using Zoom.Connector.Authentication;

namespace Zoom.Connector.Redis;

/// <summary>
/// The token store on Redis: one hash per identity (<c>{prefix}token:{hash of the identity key}</c>) holding the version
/// (<c>v</c>) and the entry encrypted with Data Protection (<c>d</c>). Writes and removals are compare-and-swap in Lua, so
/// an older entry never overwrites a newer one. A removal keeps the version (a tombstone without <c>d</c>), so a version
/// is never reused for a key and a writer holding an old version cannot bring a removed entry back.
/// </summary>
internal sealed class RedisZoomTokenStore(ZoomRedisConnection connection, ZoomTokenProtector protector) : IZoomTokenStore
{
    /// <summary>KEYS: the entry. ARGV: expected version, protected entry. Returns the new version, or 0 when the expected one is not current.</summary>
    internal const string SetScript = """
        local v = tonumber(redis.call('HGET', KEYS[1], 'v') or '0')
        local current = 0
        if redis.call('HEXISTS', KEYS[1], 'd') == 1 then current = v end
        if current ~= tonumber(ARGV[1]) then return 0 end
        redis.call('HSET', KEYS[1], 'v', v + 1, 'd', ARGV[2])
        return v + 1
        """;

    /// <summary>KEYS: the entry. ARGV: expected version. Removes the entry (keeping the version) when it is current.</summary>
    internal const string RemoveScript = """
        if redis.call('HEXISTS', KEYS[1], 'd') == 0 then return 0 end
        if tonumber(redis.call('HGET', KEYS[1], 'v')) ~= tonumber(ARGV[1]) then return 0 end
        redis.call('HDEL', KEYS[1], 'd')
        return 1
        """;

    private static readonly RedisValue[] Fields = ["v", "d"];

    internal RedisKey Key(string identityKey) => connection.Key("token:" + ZoomRedisConnection.Hash(identityKey));

    public async ValueTask<ZoomStoredToken?> GetAsync(string identityKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(identityKey);
        RedisValue[] values;
        try
        {
            var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
            values = await database.HashGetAsync(Key(identityKey), Fields).ConfigureAwait(false);
        }
        catch (Exception ex) when (ZoomRedisFailures.IsRedisFailure(ex))
        {
            throw ZoomRedisFailures.Wrap(connection, "reading stored tokens", ex);
        }

        if (values[1].IsNull)
        {
            return null;
        }

        return new ZoomStoredToken(protector.Unprotect(identityKey, (byte[])values[1]!), (long)values[0]);
    }

    public async ValueTask<ZoomStoredToken?> TrySetAsync(string identityKey, ZoomTokenEntry entry, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(identityKey);
        ArgumentNullException.ThrowIfNull(entry);
        var protectedEntry = protector.Protect(identityKey, entry);
        long version;
        try
        {
            var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
            version = (long)await database.ScriptEvaluateAsync(SetScript, [Key(identityKey)], [expectedVersion, protectedEntry]).ConfigureAwait(false);
        }
        catch (Exception ex) when (ZoomRedisFailures.IsRedisFailure(ex))
        {
            throw ZoomRedisFailures.Wrap(connection, "storing tokens", ex);
        }

        return version == 0 ? null : new ZoomStoredToken(entry, version);
    }

    public async ValueTask<bool> TryRemoveAsync(string identityKey, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(identityKey);
        try
        {
            var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
            return (long)await database.ScriptEvaluateAsync(RemoveScript, [Key(identityKey)], [expectedVersion]).ConfigureAwait(false) == 1;
        }
        catch (Exception ex) when (ZoomRedisFailures.IsRedisFailure(ex))
        {
            throw ZoomRedisFailures.Wrap(connection, "removing stored tokens", ex);
        }
    }
}
