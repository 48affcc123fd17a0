using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using Zoom.Connector.Http;
using Zoom.Connector.RateLimiting;

namespace Zoom.Connector.Tests.RateLimiting;

public sealed class LimiterDisposeTests
{
    [Test]
    public async Task Dispose_RequestHeldForRetryAfter_FailsItClearlyWithoutWaitingOutTheHold()
    {
        // Nothing moves this clock: before the fix the held request waited for it forever, and so did the disposal of
        // a host whose resilience pipeline waits for requests in flight.
        var time = new FakeTimeProvider(RateLimitHost.Start);
        var limiter = new ZoomTokenBucketRateLimiter(Options.Create(new ZoomRateLimitOptions()), time);
        limiter.OnResponse(ZoomRateLimitCategory.Light, new ZoomRateLimitHeaders("Light", ZoomRateLimitType.PerSecond, 80, 0, TimeSpan.FromSeconds(30), null), isRateLimited: false);
        var held = limiter.AcquireAsync(ZoomRateLimitCategory.Light).AsTask();
        Assert.That(held.IsCompleted, Is.False, "held for Zoom's Retry-After");

        limiter.Dispose();

        var error = Assert.ThrowsAsync<ObjectDisposedException>(() => held.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.That(error!.Message, Does.Contain("disposed while the request was held"));
        Assert.ThrowsAsync<ObjectDisposedException>(async () => await limiter.AcquireAsync(ZoomRateLimitCategory.Medium));
        await Task.CompletedTask;
    }

    [Test]
    public async Task AcquireAsync_CancelledWhileHeld_ThrowsOperationCanceledNotDisposed()
    {
        var time = new FakeTimeProvider(RateLimitHost.Start);
        using var limiter = new ZoomTokenBucketRateLimiter(Options.Create(new ZoomRateLimitOptions()), time);
        limiter.OnResponse(ZoomRateLimitCategory.Light, new ZoomRateLimitHeaders("Light", ZoomRateLimitType.PerSecond, 80, 0, TimeSpan.FromSeconds(30), null), isRateLimited: false);
        using var cts = new CancellationTokenSource();
        var held = limiter.AcquireAsync(ZoomRateLimitCategory.Light, cts.Token).AsTask();

        await cts.CancelAsync();

        Assert.ThrowsAsync(Is.InstanceOf<OperationCanceledException>(), () => held.WaitAsync(TimeSpan.FromSeconds(30)));
    }
}
