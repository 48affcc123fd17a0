using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Zoom.Connector.Webhooks;

namespace Zoom.Connector.Redis;

/// <summary>
/// The webhook de-duplication window shared by the fleet: one key per delivery (<c>{prefix}webhook:{hash of the key}</c>)
/// holding <c>p</c> while a delivery is handled and <c>d</c> once handled, expiring after
/// <c>Zoom:Webhooks:DeduplicationWindow</c>. An in-progress mark expires after <c>Zoom:Redis:LeaseTime</c> unless
/// completed, so an instance that died mid-delivery does not block Zoom's retries for the whole window.
/// </summary>
internal sealed class RedisZoomWebhookDeliveryStore(ZoomRedisConnection connection, IOptions<ZoomWebhookOptions> options) : IZoomWebhookDeliveryStore
{
    /// <summary>KEYS: delivery. ARGV: in-progress ttl ms. Returns 0 new, 1 in progress, 2 handled.</summary>
    internal const string BeginScript = """
        if redis.call('SET', KEYS[1], 'p', 'NX', 'PX', ARGV[1]) then return 0 end
        if redis.call('GET', KEYS[1]) == 'd' then return 2 end
        return 1
        """;

    private RedisKey Key(string key) => connection.Key("webhook:" + ZoomRedisConnection.Hash(key));

    public async ValueTask<ZoomWebhookDelivery> TryBeginAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        try
        {
            var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
            var ttl = (long)Math.Min(connection.Options.LeaseTime.TotalMilliseconds, options.Value.DeduplicationWindow.TotalMilliseconds);
            return (long)await database.ScriptEvaluateAsync(BeginScript, [Key(key)], [Math.Max(1, ttl)]).ConfigureAwait(false) switch
            {
                0 => ZoomWebhookDelivery.New,
                2 => ZoomWebhookDelivery.Duplicate,
                _ => ZoomWebhookDelivery.InProgress,
            };
        }
        catch (Exception ex) when (ZoomRedisFailures.IsRedisFailure(ex))
        {
            throw ZoomRedisFailures.Wrap(connection, "checking a webhook delivery against the de-duplication window", ex);
        }
    }

    public async ValueTask CompleteAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        try
        {
            var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
            await database.StringSetAsync(Key(key), "d", options.Value.DeduplicationWindow).ConfigureAwait(false);
        }
        catch (Exception ex) when (ZoomRedisFailures.IsRedisFailure(ex))
        {
            throw ZoomRedisFailures.Wrap(connection, "recording a handled webhook delivery", ex);
        }
    }

    public async ValueTask ForgetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        try
        {
            var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
            await database.KeyDeleteAsync(Key(key)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ZoomRedisFailures.IsRedisFailure(ex))
        {
            throw ZoomRedisFailures.Wrap(connection, "forgetting a failed webhook delivery", ex);
        }
    }
}
