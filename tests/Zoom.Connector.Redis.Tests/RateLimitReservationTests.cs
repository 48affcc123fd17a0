using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using StackExchange.Redis;
using Zoom.Connector.RateLimiting;

namespace Zoom.Connector.Redis.Tests;

/// <summary>
/// The shared budget against a real Redis: callers of two instances reserve their instants in one sliding-window log;
/// the local waits run on a fake clock, so what each advance of one window releases is exact.
/// </summary>
public sealed class RateLimitReservationTests
{
    private const int Permits = 5;

    /// <summary>Long enough that every reservation is made (real round trips) well within the first window.</summary>
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    [OneTimeSetUp]
    public void RequireRedis() => RedisServer.Require();

    [Test]
    public async Task Acquire_15CallersOnTwoInstancesFor5PerWindow_ExactlyTheBudgetPerWindowWindowsBackToBack()
    {
        using var fleet = new FleetHost(0);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var settings = new Dictionary<string, string?>
        {
            ["Zoom:RateLimit:PermitsPerWindow"] = Permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Zoom:RateLimit:Window"] = "00:00:10",
            ["Zoom:Redis:SafetyMargin"] = "00:00:00",
        };
        var limiters = Enumerable.Range(0, 2)
            .Select(_ => fleet.NewInstance(settings, c => c.Services.AddSingleton<TimeProvider>(clock)).GetRequiredService<IZoomRateLimiter>())
            .ToList();
        var key = (RedisKey)(fleet.Prefix + "{rl}:account");
        foreach (var limiter in limiters)
        {
            await limiter.AcquireAsync(ZoomRateLimitCategory.Light);   // connects to Redis
        }

        await RedisServer.Database.KeyDeleteAsync(key);

        var calls = Enumerable.Range(0, 3 * Permits).Select(i => limiters[i % 2].AcquireAsync(ZoomRateLimitCategory.Light).AsTask()).ToList();
        await UntilAsync(async () => await RedisServer.Database.SortedSetLengthAsync(key) == 3 * Permits);
        await UntilAsync(() => Task.FromResult(calls.Count(c => c.IsCompleted) >= Permits));
        var first = calls.Count(c => c.IsCompleted);
        clock.Advance(Window);
        await UntilAsync(() => Task.FromResult(calls.Count(c => c.IsCompleted) >= 2 * Permits));
        var second = calls.Count(c => c.IsCompleted);
        clock.Advance(Window);
        await Task.WhenAll(calls).WaitAsync(TimeSpan.FromSeconds(30));

        var instants = (await RedisServer.Database.SortedSetRangeByRankWithScoresAsync(key)).Select(static e => (long)e.Score).ToList();
        Assert.That(first, Is.EqualTo(Permits), "the first window's permits go at once, the others wait");
        Assert.That(second, Is.EqualTo(2 * Permits), "one window later exactly one more budget goes");
        Assert.That(calls.All(c => c.IsCompletedSuccessfully), Is.True);
        Assert.That(Enumerable.Range(0, 2 * Permits).Select(i => instants[i + Permits] - instants[i]), Is.All.EqualTo(Window.Ticks / 10),
            "each permit is reserved exactly one window after the one it replaces: no span of one window holds more than the budget, and none is left unused");
    }

    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
