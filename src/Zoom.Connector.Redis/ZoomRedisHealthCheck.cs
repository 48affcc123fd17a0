using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Zoom.Connector.Redis;

/// <summary>
/// <c>zoom-redis</c>: pings the connector's Redis. Unhealthy when it does not answer within
/// <see cref="Timeout"/>, naming the configuration key (never its value, which may hold a password).
/// Added by <c>UseRedis()</c> as a contribution, so it runs only where the host calls <c>AddZoomHealthChecks()</c>.
/// </summary>
internal sealed class ZoomRedisHealthCheck(ZoomRedisConnection connection) : IHealthCheck
{
    /// <summary>The check's name.</summary>
    public const string Name = "zoom-redis";

    /// <summary>How long a ping may take before Redis counts as unreachable.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var database = await connection.GetDatabaseAsync(cancellationToken).AsTask().WaitAsync(Timeout, cancellationToken).ConfigureAwait(false);
            var latency = await database.PingAsync().WaitAsync(Timeout, cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy("Redis answers.", new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["ping_ms"] = Math.Round(latency.TotalMilliseconds, 1),
            });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ZoomRedisFailures.IsRedisFailure(ex) || ex is ZoomRedisException)
        {
            var waited = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            return HealthCheckResult.Unhealthy(
                $"Redis ({connection.ConfigurationKey}) did not answer a ping ({ex.GetType().Name}): the shared budget, tokens and sync lock are unavailable.",
                data: new Dictionary<string, object>(StringComparer.Ordinal) { ["waited_ms"] = Math.Round(waited, 0) });
        }
    }
}
