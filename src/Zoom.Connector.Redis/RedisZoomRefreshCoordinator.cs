using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using Zoom.Connector.Authentication;

namespace Zoom.Connector.Redis;

/// <summary>
/// One token renewal per identity across the fleet: a lease per identity (<c>{prefix}lease:{hash}</c>, <c>SET NX PX</c>
/// with a random holder value, released by compare-and-delete). Callers in one process share one attempt; the holder
/// renews; the others poll the lease and, once it is gone (released, or run out because its holder died), take it and
/// run the renewal, which first reads the store and so finds the new token without asking Zoom. The whole wait is
/// bounded by <c>Zoom:Redis:WaitTimeout</c>.
/// </summary>
internal sealed partial class RedisZoomRefreshCoordinator(
    ZoomRedisConnection connection,
    TimeProvider time,
    ILogger<RedisZoomRefreshCoordinator> logger) : IZoomRefreshCoordinator
{
    internal const string ReleaseScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
        return 0
        """;

    private static readonly TimeSpan MinPoll = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaxPoll = TimeSpan.FromMilliseconds(100);

    private readonly InProcessZoomRefreshCoordinator _local = new();

    internal RedisKey LeaseKey(string identityKey) => connection.Key("lease:" + ZoomRedisConnection.Hash(identityKey));

    public Task<ZoomAccessToken> RunAsync(string identityKey, Func<CancellationToken, Task<ZoomAccessToken>> renew, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(identityKey);
        ArgumentNullException.ThrowIfNull(renew);
        return _local.RunAsync(identityKey, _ => UnderLeaseAsync(identityKey, renew), cancellationToken);
    }

    private async Task<ZoomAccessToken> UnderLeaseAsync(string identityKey, Func<CancellationToken, Task<ZoomAccessToken>> renew)
    {
        var options = connection.Options;
        var key = LeaseKey(identityKey);
        var holder = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var started = time.GetTimestamp();
        var waited = false;
        while (true)
        {
            IDatabase database;
            bool acquired;
            TimeSpan? remaining = null;
            try
            {
                database = await connection.GetDatabaseAsync().ConfigureAwait(false);
                acquired = await database.StringSetAsync(key, holder, options.LeaseTime, When.NotExists).ConfigureAwait(false);
                if (!acquired)
                {
                    remaining = await database.KeyTimeToLiveAsync(key).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ZoomRedisFailures.IsRedisFailure(ex))
            {
                throw ZoomRedisFailures.Wrap(connection, $"taking the token-refresh lease of identity '{identityKey}'", ex);
            }

            if (acquired)
            {
                if (waited)
                {
                    var waitedFor = time.GetElapsedTime(started);
                    LogLeaseTaken(logger, identityKey, waitedFor);
                }

                try
                {
                    return await renew(CancellationToken.None).ConfigureAwait(false);
                }
                finally
                {
                    await ReleaseAsync(database, key, holder).ConfigureAwait(false);
                }
            }

            waited = true;
            if (time.GetElapsedTime(started) >= options.WaitTimeout)
            {
                throw new ZoomRedisException(
                    $"Waited {options.WaitTimeout.TotalSeconds:0.#} s (Zoom:Redis:WaitTimeout) for another instance to finish refreshing the token of identity '{identityKey}'; try again.");
            }

            var poll = remaining is { } r && r < MaxPoll ? (r < MinPoll ? MinPoll : r) : MaxPoll;
            await Task.Delay(poll, time).ConfigureAwait(false);
        }
    }

    private async Task ReleaseAsync(IDatabase database, RedisKey key, string holder)
    {
        try
        {
            await database.ScriptEvaluateAsync(ReleaseScript, [key], [holder]).ConfigureAwait(false);
        }
        catch (Exception ex) when (ZoomRedisFailures.IsRedisFailure(ex))
        {
            // The lease runs out by itself; others wait at most Zoom:Redis:LeaseTime.
            LogReleaseFailed(logger, ex.GetType().Name);
        }
    }

    [LoggerMessage(EventId = 5101, Level = LogLevel.Debug, Message = "Took the token-refresh lease of identity {IdentityKey} after waiting {Waited} for another instance.")]
    private static partial void LogLeaseTaken(ILogger logger, string identityKey, TimeSpan waited);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "Could not release a token-refresh lease on Redis ({Error}); it runs out by itself.")]
    private static partial void LogReleaseFailed(ILogger logger, string error);
}
