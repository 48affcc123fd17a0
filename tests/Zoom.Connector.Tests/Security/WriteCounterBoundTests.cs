using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using Zoom.Connector.RateLimiting;

namespace Zoom.Connector.Tests.Security;

/// <summary>The daily write counter forgets a host's count once its UTC day is over, so it stays bounded.</summary>
public sealed class WriteCounterBoundTests
{
    [Test]
    public void Reserve_NextUtcDay_ForgetsEarlierDaysHosts()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 23, 0, 0, TimeSpan.Zero));
        var counter = new ZoomMeetingWriteCounter(time);
        for (var i = 0; i < 1_000; i++)
        {
            counter.Reserve("host-" + i, HttpMethod.Post, "/users/me/meetings");
        }

        time.Advance(TimeSpan.FromHours(2));
        counter.Reserve("host-today", HttpMethod.Post, "/users/me/meetings");

        Assert.That(counter.TrackedHostKeys, Is.EqualTo(1));
        Assert.That(counter.Count("host-today"), Is.EqualTo(1));
        Assert.That(counter.Count("host-1"), Is.Zero);
    }

    [Test]
    public void Reserve_SameUtcDay_KeepsEveryHostsCount()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 1, 0, 0, TimeSpan.Zero));
        var counter = new ZoomMeetingWriteCounter(time);
        counter.Reserve("a", HttpMethod.Post, "/users/me/meetings");
        time.Advance(TimeSpan.FromHours(20));
        counter.Reserve("b", HttpMethod.Post, "/users/me/meetings");

        Assert.That(counter.TrackedHostKeys, Is.EqualTo(2));
        Assert.That(counter.Count("a"), Is.EqualTo(1));
    }
}
