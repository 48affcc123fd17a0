using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Zoom.Connector.Redis;

/// <summary>
/// The connector's one Redis connection: made on first use (or at host start-up by <see cref="ZoomRedisStartupCheck"/>),
/// with every failure turned into a <see cref="ZoomRedisException"/> that names the configuration key, never its value.
/// </summary>
internal sealed class ZoomRedisConnection : IDisposable
{
    private readonly IOptions<ZoomRedisOptions> _options;
    private readonly Func<IServiceProvider, IConnectionMultiplexer>? _external;
    private readonly IServiceProvider _services;
    private readonly SemaphoreSlim _connectGate = new(1, 1);
    private IConnectionMultiplexer? _multiplexer;
    private bool _owned;

    public ZoomRedisConnection(IOptions<ZoomRedisOptions> options, ZoomRedisSettings settings, IServiceProvider services)
    {
        _options = options;
        _external = settings.Connection;
        _services = services;
        ConfigurationKey = settings.ConfigurationKey;
    }

    /// <summary>The configuration key named in messages (e.g. <c>Zoom:Redis:Configuration</c>).</summary>
    public string ConfigurationKey { get; }

    public ZoomRedisOptions Options => _options.Value;

    /// <summary>The full name of a key: the prefix, then <paramref name="part"/>.</summary>
    public RedisKey Key(string part) => _options.Value.KeyPrefix + part;

    /// <summary>
    /// A fixed-length, non-reversible name for a value that comes from outside (an identity key, a host key, a state),
    /// so no hostile or personal text ever becomes part of a Redis key.
    /// </summary>
    public static string Hash(string value)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)), 0, 16);

    public async ValueTask<IDatabase> GetDatabaseAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _multiplexer) is { } connected)
        {
            return connected.GetDatabase();
        }

        await _connectGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_multiplexer is null)
            {
                var multiplexer = _external is not null ? _external(_services) : await ConnectAsync().ConfigureAwait(false);
                Volatile.Write(ref _multiplexer, multiplexer);
            }

            return _multiplexer.GetDatabase();
        }
        finally
        {
            _connectGate.Release();
        }
    }

    /// <summary>The database for the few synchronous paths (starting a sign-in).</summary>
    public IDatabase GetDatabase() => GetDatabaseAsync().AsTask().GetAwaiter().GetResult();

    private async Task<IConnectionMultiplexer> ConnectAsync()
    {
        var text = _options.Value.Configuration;
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ZoomRedisException($"{ConfigurationKey} is required by UseRedis() (a StackExchange.Redis configuration string, e.g. localhost:6379).");
        }

        ConfigurationOptions configuration;
        try
        {
            configuration = ConfigurationOptions.Parse(text);
        }
        catch (ArgumentException ex)
        {
            // The parser's message may quote the value (and a password in it): name the key only.
            throw new ZoomRedisException($"{ConfigurationKey} is not a valid StackExchange.Redis configuration string ({ex.GetType().Name}).");
        }

        // Start-up must fail fast when Redis is unreachable; once connected the client reconnects by itself.
        configuration.AbortOnConnectFail = true;
        try
        {
            var multiplexer = await ConnectionMultiplexer.ConnectAsync(configuration).ConfigureAwait(false);
            _owned = true;
            return multiplexer;
        }
        catch (RedisException ex)
        {
            throw new ZoomRedisException(
                $"Could not connect to Redis with {ConfigurationKey} (the value is not shown: it may hold a password). Check that Redis is running and reachable from this host.", ex);
        }
    }

    public void Dispose()
    {
        if (_owned)
        {
            _multiplexer?.Dispose();
        }

        _connectGate.Dispose();
    }
}

/// <summary>How <c>UseRedis</c> was called: the configuration key to name, and a host-supplied connection if any.</summary>
internal sealed record ZoomRedisSettings(string ConfigurationKey, Func<IServiceProvider, IConnectionMultiplexer>? Connection);

/// <summary>Turns a Redis client failure into the connector's clear exception.</summary>
internal static class ZoomRedisFailures
{
    public static bool IsRedisFailure(Exception exception)
        => exception is RedisException or TimeoutException or ObjectDisposedException;

    public static ZoomRedisException Wrap(ZoomRedisConnection connection, string what, Exception exception)
        => exception as ZoomRedisException ?? new ZoomRedisException(
            $"Redis ({connection.ConfigurationKey}) did not answer while {what}: {exception.GetType().Name}. The connector does not fall back to unshared state; see docs/fleet.md.",
            exception);
}
