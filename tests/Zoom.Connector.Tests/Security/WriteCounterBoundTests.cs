using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using Zoom.Connector.RateLimiting;

namespace Zoom.Connector.Tests.Security;

/// <summary>The daily write counter forgets a host's count once its UTC day is over, so it stays bounded.</summary>
public sealed class WriteCounterBoundTests
{
    [Test]
    public async Task Reserve_NextUtcDay_ForgetsEarlierDaysHosts()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 23, 0, 0, TimeSpan.Zero));
        var store = new InMemoryZoomDailyCounterStore();
        var counter = new ZoomMeetingWriteCounter(time, store);
        for (var i = 0; i < 1_000; i++)
        {
            await counter.ReserveAsync("host-" + i, HttpMethod.Post, "/users/me/meetings", CancellationToken.None);
        }

        time.Advance(TimeSpan.FromHours(2));
        await counter.ReserveAsync("host-today", HttpMethod.Post, "/users/me/meetings", CancellationToken.None);

        Assert.That(store.TrackedKeys, Is.EqualTo(1));
        Assert.That(counter.Count("host-today"), Is.EqualTo(1));
        Assert.That(counter.Count("host-1"), Is.Zero);
    }

    [Test]
    public async Task Reserve_SameUtcDay_KeepsEveryHostsCount()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 1, 0, 0, TimeSpan.Zero));
        var store = new InMemoryZoomDailyCounterStore();
        var counter = new ZoomMeetingWriteCounter(time, store);
        await counter.ReserveAsync("a", HttpMethod.Post, "/users/me/meetings", CancellationToken.None);
        time.Advance(TimeSpan.FromHours(20));
        await counter.ReserveAsync("b", HttpMethod.Post, "/users/me/meetings", CancellationToken.None);

        Assert.That(store.TrackedKeys, Is.EqualTo(2));
        Assert.That(counter.Count("a"), Is.EqualTo(1));
    }
}
