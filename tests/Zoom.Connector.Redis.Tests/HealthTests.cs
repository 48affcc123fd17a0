using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NUnit.Framework;
using StackExchange.Redis;
using Zoom.Connector.Health;

namespace Zoom.Connector.Redis.Tests;

/// <summary>UseRedis() contributes a <c>zoom-redis</c> check to AddZoomHealthChecks(), whichever is called first.</summary>
public sealed class HealthTests
{
    [Test]
    public async Task RedisCheck_RedisUnreachable_UnhealthyNamingTheKeyNotTheValue()
    {
        const string configuration = "127.0.0.1:1,abortConnect=false,connectTimeout=200,password=do-not-print-me";
        await using var lost = await ConnectionMultiplexer.ConnectAsync(configuration);
        var services = new ServiceCollection();
        services.AddSingleton(lost);
        services.AddZoomConnector(o => o.Service.AccessToken = "t")
            .AddZoomHealthChecks()
            .UseRedis(sp => sp.GetRequiredService<ConnectionMultiplexer>());
        await using var provider = services.BuildServiceProvider();

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Tags.Contains(ZoomHealthChecks.Tag));

        var redis = report.Entries["zoom-redis"];
        Assert.Multiple(() =>
        {
            Assert.That(redis.Status, Is.EqualTo(HealthStatus.Unhealthy));
            Assert.That(report.Status, Is.EqualTo(HealthStatus.Unhealthy));
            Assert.That(redis.Description, Does.Contain("Zoom:Redis:Configuration").And.Not.Contain("do-not-print-me").And.Not.Contain("127.0.0.1"));
        });
    }

    [Test]
    public async Task RedisCheck_RedisAnswers_HealthyAndAddedWhenUseRedisComesFirst()
    {
        RedisServer.Require();
        var services = new ServiceCollection();
        services.AddZoomConnector(o => o.Service.AccessToken = "t")
            .UseRedis(o =>
            {
                o.Configuration = RedisServer.Configuration;
                o.KeyPrefix = RedisServer.NewPrefix();
            })
            .AddZoomHealthChecks();
        await using var provider = services.BuildServiceProvider();

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Tags.Contains(ZoomHealthChecks.Tag));

        Assert.Multiple(() =>
        {
            Assert.That(report.Entries["zoom-redis"].Status, Is.EqualTo(HealthStatus.Healthy), report.Entries["zoom-redis"].Description);
            Assert.That(report.Entries.Keys, Is.SupersetOf(new[] { ZoomHealthChecks.ServiceToken, ZoomHealthChecks.Budget, ZoomHealthChecks.Sync }));
        });
    }
}
