using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using StackExchange.Redis;
using Zoom.Connector.RateLimiting;

namespace Zoom.Connector.Redis.Tests;

/// <summary>Redis lost at runtime: a connection the host registered in DI that has no server behind it.</summary>
public sealed class FailureTests
{
    [Test]
    public async Task Acquire_RedisLostAtRuntime_ClearExceptionNotAnUnsharedBudget()
    {
        await using var lost = await ConnectionMultiplexer.ConnectAsync("127.0.0.1:1,abortConnect=false,connectTimeout=200");
        await using var provider = Host(lost, fallback: false);
        var limiter = provider.GetRequiredService<IZoomRateLimiter>();

        var failure = Assert.ThrowsAsync<ZoomRedisException>(async () => await limiter.AcquireAsync(ZoomRateLimitCategory.Light));

        Assert.That(failure!.Message, Does.Contain("Zoom:Redis:Configuration").And.Contain("does not fall back"));
    }

    [Test]
    public async Task Acquire_RedisLostWithFallbackOptIn_PacesLocally()
    {
        await using var lost = await ConnectionMultiplexer.ConnectAsync("127.0.0.1:1,abortConnect=false,connectTimeout=200");
        await using var provider = Host(lost, fallback: true);
        var limiter = provider.GetRequiredService<IZoomRateLimiter>();

        await limiter.AcquireAsync(ZoomRateLimitCategory.Light);
        using var cancel = new CancellationTokenSource();
        var second = limiter.AcquireAsync(ZoomRateLimitCategory.Light, cancel.Token).AsTask();
        await cancel.CancelAsync();

        Assert.That(async () => await second, Throws.InstanceOf<OperationCanceledException>(), "the local budget of 1 per minute holds the second caller");
    }

    private static ServiceProvider Host(IConnectionMultiplexer connection, bool fallback)
    {
        var services = new ServiceCollection();
        services.AddSingleton(connection);
        services.AddZoomConnector(o => o.Service.AccessToken = "t")
            .AddRateLimiting(o =>
            {
                o.PermitsPerWindow = 1;
                o.Window = TimeSpan.FromMinutes(1);
            })
            .UseRedis(sp => sp.GetRequiredService<IConnectionMultiplexer>());
        services.Configure<ZoomRedisOptions>(o => o.FallbackToLocalBudget = fallback);
        return services.BuildServiceProvider();
    }
}
