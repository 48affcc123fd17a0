using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using Zoom.Connector.Sync;

namespace Zoom.Connector.Redis;

/// <summary>
/// The sync lock as a lease on Redis (<c>{prefix}lock:{hash of the name}</c>, <c>SET NX PX</c> with
/// <c>Zoom:Redis:LeaseTime</c>), renewed at a third of its time while held. Each acquisition carries a fencing token
/// (<c>INCR {prefix}fence:{hash}</c>, strictly increasing): a holder that paused past its lease has a smaller token
/// than the next holder, and <see cref="ZoomRedisSyncLease.LeaseLost"/> is cancelled once its renewal fails, so it stops
/// before writing.
/// </summary>
internal sealed partial class RedisZoomSyncLock(ZoomRedisConnection connection, TimeProvider time, ILogger<RedisZoomSyncLock> logger) : IZoomSyncLock
{
    /// <summary>KEYS: lock, fence. ARGV: holder, ttl ms. Returns the fencing token, or 0 when held by another.</summary>
    internal const string AcquireScript = """
        if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
          return redis.call('INCR', KEYS[2])
        end
        return 0
        """;

    /// <summary>KEYS: lock. ARGV: holder, ttl ms. Extends the lease only while this holder has it.</summary>
    internal const string RenewScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
        return 0
        """;

    /// <summary>KEYS: lock, fence. ARGV: holder, fencing token. 1 while this acquisition still holds the lock and its token is the newest.</summary>
    internal const string CheckScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] and redis.call('GET', KEYS[2]) == ARGV[2] then return 1 end
        return 0
        """;

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    public async ValueTask<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken cancellationToken = default)
        => await TryTakeAsync(name, cancellationToken).ConfigureAwait(false);

    public async ValueTask<IAsyncDisposable> AcquireAsync(string name, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            if (await TryTakeAsync(name, cancellationToken).ConfigureAwait(false) is { } lease)
            {
                return lease;
            }

            await Task.Delay(Poll, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<ZoomRedisSyncLease?> TryTakeAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var hash = ZoomRedisConnection.Hash(name);
        var key = connection.Key("lock:" + hash);
        var holder = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var ttl = (long)connection.Options.LeaseTime.TotalMilliseconds;
        long fence;
        IDatabase database;
        try
        {
            database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
            fence = (long)await database.ScriptEvaluateAsync(AcquireScript, [key, connection.Key("fence:" + hash)], [holder, ttl]).ConfigureAwait(false);
        }
        catch (Exception ex) when (ZoomRedisFailures.IsRedisFailure(ex))
        {
            throw ZoomRedisFailures.Wrap(connection, "taking the sync lock", ex);
        }

        return fence == 0 ? null : new ZoomRedisSyncLease(this, database, name, key, connection.Key("fence:" + hash), holder, ttl, fence);
    }

    internal async Task<bool> RenewAsync(IDatabase database, RedisKey key, string holder, long ttl)
    {
        try
        {
            return (long)await database.ScriptEvaluateAsync(RenewScript, [key], [holder, ttl]).ConfigureAwait(false) == 1;
        }
        catch (Exception ex) when (ZoomRedisFailures.IsRedisFailure(ex))
        {
            LogRenewFailed(logger, ex.GetType().Name);
            return false;
        }
    }

    /// <summary>Whether this acquisition still holds the lock with the newest fencing token (one round trip).</summary>
    internal async Task<bool> IsHeldAsync(IDatabase database, RedisKey key, RedisKey fenceKey, string holder, long fencingToken)
    {
        try
        {
            return (long)await database.ScriptEvaluateAsync(CheckScript, [key, fenceKey], [holder, fencingToken]).ConfigureAwait(false) == 1;
        }
        catch (Exception ex) when (ZoomRedisFailures.IsRedisFailure(ex))
        {
            // Without Redis the lease cannot be proven: refuse the write rather than risk writing after losing it.
            throw ZoomRedisFailures.Wrap(connection, "checking the sync lock's lease", ex);
        }
    }

    internal async Task ReleaseAsync(IDatabase database, RedisKey key, string holder)
    {
        try
        {
            await database.ScriptEvaluateAsync(RedisZoomRefreshCoordinator.ReleaseScript, [key], [holder]).ConfigureAwait(false);
        }
        catch (Exception ex) when (ZoomRedisFailures.IsRedisFailure(ex))
        {
            LogRenewFailed(logger, ex.GetType().Name);
        }
    }

    internal TimeProvider Time => time;

    [LoggerMessage(EventId = 5201, Level = LogLevel.Warning, Message = "Could not renew or release the sync lock's lease on Redis ({Error}); the lease is treated as lost.")]
    private static partial void LogRenewFailed(ILogger logger, string error);
}

/// <summary>
/// A held sync lock on Redis. <see cref="FencingToken"/> grows with every acquisition of the same lock, so a store can
/// refuse writes carrying a token older than the newest it has seen; <see cref="LeaseLost"/> is cancelled when the
/// lease could not be renewed (another instance may hold the lock now); <see cref="EnsureHeldAsync"/>, which the sync
/// run calls before every sink write and checkpoint save, asks Redis whether this acquisition still holds the lock.
/// </summary>
public sealed class ZoomRedisSyncLease : IZoomSyncLease
{
    private readonly RedisZoomSyncLock _owner;
    private readonly IDatabase _database;
    private readonly RedisKey _key;
    private readonly RedisKey _fenceKey;
    private readonly string _name;
    private readonly string _holder;
    private readonly long _ttl;
    private readonly CancellationTokenSource _lost = new();
    private readonly ITimer _renewal;
    private int _released;

    internal ZoomRedisSyncLease(RedisZoomSyncLock owner, IDatabase database, string name, RedisKey key, RedisKey fenceKey, string holder, long ttl, long fencingToken)
    {
        _owner = owner;
        _database = database;
        _name = name;
        _key = key;
        _fenceKey = fenceKey;
        _holder = holder;
        _ttl = ttl;
        FencingToken = fencingToken;
        var period = TimeSpan.FromMilliseconds(Math.Max(1, ttl / 3));
        _renewal = owner.Time.CreateTimer(static state => ((ZoomRedisSyncLease)state!).Renew(), this, period, period);
    }

    /// <summary>The fencing token of this acquisition: larger than every earlier holder's.</summary>
    public long FencingToken { get; }

    /// <summary>Cancelled when the lease was lost (not renewed in time); stop writing then.</summary>
    public CancellationToken LeaseLost => _lost.Token;

    /// <summary>
    /// Returns when this acquisition still holds the lock on Redis with the newest fencing token; otherwise marks the
    /// lease lost and throws <see cref="ZoomSyncLeaseLostException"/>. A Redis failure throws
    /// <see cref="ZoomRedisException"/>: a lease that cannot be proven is not trusted.
    /// </summary>
    /// <param name="cancellationToken">Cancels the check.</param>
    public async ValueTask EnsureHeldAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Volatile.Read(ref _released) != 0 || _lost.IsCancellationRequested
            || !await _owner.IsHeldAsync(_database, _key, _fenceKey, _holder, FencingToken).ConfigureAwait(false))
        {
            if (Volatile.Read(ref _released) == 0)
            {
                await _lost.CancelAsync().ConfigureAwait(false);
            }

            throw ZoomSyncLeaseLostException.For(_name, FencingToken);
        }
    }

    private void Renew() => _ = RenewAsync();

    private async Task RenewAsync()
    {
        if (Volatile.Read(ref _released) != 0 || _lost.IsCancellationRequested)
        {
            return;
        }

        if (!await _owner.RenewAsync(_database, _key, _holder, _ttl).ConfigureAwait(false) && Volatile.Read(ref _released) == 0)
        {
            await _lost.CancelAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Releases the lock (only if this lease still holds it).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _released, 1) != 0)
        {
            return;
        }

        await _renewal.DisposeAsync().ConfigureAwait(false);
        await _owner.ReleaseAsync(_database, _key, _holder).ConfigureAwait(false);
        _lost.Dispose();
    }
}
