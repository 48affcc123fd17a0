using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using StackExchange.Redis;
using Zoom.Connector.Authentication;

namespace Zoom.Connector.Redis;

/// <summary>
/// Pending sign-ins shared by the fleet, so the OAuth redirect may land on any instance. Each state is one Redis string
/// (<c>{prefix}signin:{hash of the state}</c>, encrypted with Data Protection, expiring with the sign-in) taken with
/// <c>GETDEL</c>, so it is used at most once. A sorted set per identity (<c>{prefix}signin-by:{hash}</c>) keeps at most
/// <see cref="IZoomAuthorizationStateStore.MaxPendingPerIdentity"/> pending states; starting one more deletes the oldest.
/// </summary>
internal sealed class RedisZoomAuthorizationStateStore(ZoomRedisConnection connection, IDataProtectionProvider protection, TimeProvider time)
    : IZoomAuthorizationStateStore
{
    /// <summary>KEYS: state, identity index. ARGV: payload, ttl ms, member, score, cap, state key prefix.</summary>
    internal const string AddScript = """
        redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
        redis.call('ZADD', KEYS[2], ARGV[4], ARGV[3])
        local cap = tonumber(ARGV[5])
        local count = redis.call('ZCARD', KEYS[2])
        if count > cap then
          local old = redis.call('ZRANGE', KEYS[2], 0, count - cap - 1)
          for _, member in ipairs(old) do redis.call('DEL', ARGV[6] .. member) end
          redis.call('ZREMRANGEBYRANK', KEYS[2], 0, count - cap - 1)
        end
        redis.call('PEXPIRE', KEYS[2], ARGV[2])
        return 0
        """;

    private readonly IDataProtector _protector = protection.CreateProtector("Zoom.Connector.SignIn.v1");

    public void Add(string state, ZoomPendingAuthorization pending)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(state);
        ArgumentNullException.ThrowIfNull(pending);
        var now = time.GetUtcNow();
        var ttl = (long)Math.Ceiling((pending.ExpiresAt - now).TotalMilliseconds);
        if (ttl <= 0)
        {
            return;
        }

        var member = ZoomRedisConnection.Hash(state);
        // Each part base64-encoded: no separator inside an identity key can shift the fields.
        var payload = _protector.Protect(Encoding.UTF8.GetBytes(string.Join('.',
            Part(pending.IdentityKey), Part(pending.CodeVerifier), Part(pending.RedirectUri),
            pending.ExpiresAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture))));
        try
        {
            // Starting a sign-in is synchronous (IZoomAuthorizationFlow.CreateAuthorizationRequest); this is one round trip.
            connection.GetDatabase().ScriptEvaluate(AddScript,
                [connection.Key("signin:" + member), connection.Key("signin-by:" + ZoomRedisConnection.Hash(pending.IdentityKey))],
                [payload, ttl, member, now.ToUnixTimeMilliseconds(), IZoomAuthorizationStateStore.MaxPendingPerIdentity, connection.Options.KeyPrefix + "signin:"]);
        }
        catch (Exception ex) when (ZoomRedisFailures.IsRedisFailure(ex))
        {
            throw ZoomRedisFailures.Wrap(connection, "starting a sign-in", ex);
        }
    }

    public async ValueTask<ZoomPendingAuthorization?> TakeAsync(string state, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(state);
        RedisValue value;
        try
        {
            var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
            value = await database.StringGetDeleteAsync(connection.Key("signin:" + ZoomRedisConnection.Hash(state))).ConfigureAwait(false);
        }
        catch (Exception ex) when (ZoomRedisFailures.IsRedisFailure(ex))
        {
            throw ZoomRedisFailures.Wrap(connection, "completing a sign-in", ex);
        }

        if (value.IsNull)
        {
            return null;
        }

        var parts = Encoding.UTF8.GetString(_protector.Unprotect((byte[])value!)).Split('.');
        return new ZoomPendingAuthorization(Unpart(parts[0]), Unpart(parts[1]), Unpart(parts[2]),
            DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(parts[3], CultureInfo.InvariantCulture)));
    }

    private static string Part(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static string Unpart(string part) => Encoding.UTF8.GetString(Convert.FromBase64String(part));
}
