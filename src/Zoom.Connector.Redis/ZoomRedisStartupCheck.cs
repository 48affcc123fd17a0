using Microsoft.Extensions.Hosting;

namespace Zoom.Connector.Redis;

/// <summary>Connects to Redis and pings it when the host starts, so an unreachable Redis fails the start, not the first request.</summary>
internal sealed class ZoomRedisStartupCheck(ZoomRedisConnection connection) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await database.PingAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ZoomRedisFailures.IsRedisFailure(ex))
        {
            throw ZoomRedisFailures.Wrap(connection, "starting up", ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
