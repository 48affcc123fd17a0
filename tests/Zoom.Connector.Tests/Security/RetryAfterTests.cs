using System.Net;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Zoom.Connector.Api;
using Zoom.Connector.Http;
using Zoom.Connector.Tests.Infrastructure;
using Zoom.Connector.Tests.RateLimiting;

namespace Zoom.Connector.Tests.Security;

/// <summary>An absurd <c>Retry-After</c> never overflows, and a 5xx's <c>Retry-After</c> has the same cap as a 429's.</summary>
public sealed class RetryAfterTests
{
    private const long MeetingId = 97763643886;

    [TestCase("99999999999999")]
    [TestCase("Infinity")]
    [TestCase("1e308")]
    [TestCase("9999-12-31T23:59:59Z")]
    [TestCase("Fri, 31 Dec 9999 23:59:59 GMT")]
    public void ParseRetryAfter_AbsurdValue_IsCappedNotOverflowing(string value)
    {
        var (after, at) = ZoomRateLimitHeaders.ParseRetryAfter(value);
        var delay = ZoomRateLimitHeaders.DelayFrom(after, at, DateTimeOffset.UtcNow);

        Assert.That(delay, Is.EqualTo(ZoomRateLimitHeaders.MaxRetryAfter));
    }

    [TestCase("-5")]
    [TestCase("-Infinity")]
    [TestCase("NaN")]
    [TestCase("soon")]
    public void ParseRetryAfter_NegativeOrUnreadable_IsIgnored(string value)
    {
        var (after, at) = ZoomRateLimitHeaders.ParseRetryAfter(value);

        Assert.That(ZoomRateLimitHeaders.DelayFrom(after, at, DateTimeOffset.UtcNow), Is.Null);
    }

    [TestCase("99999999999999")]
    [TestCase("Infinity")]
    [TestCase("9999-12-31T23:59:59Z")]
    public void Call_429WithAbsurdRetryAfter_ThrowsZoomRateLimitException(string value)
    {
        using var host = ZoomTestHost.Create();
        host.Mock.When("*").Respond(_ => RateLimitHost.PerSecond429(value));

        var ex = Assert.ThrowsAsync<ZoomRateLimitException>(() => host.Get<IZoomMeetingsApi>().GetMeetingAsync(MeetingId));

        Assert.That(ex!.GetRetryDelay(DateTimeOffset.UtcNow), Is.LessThanOrEqualTo(ZoomRateLimitHeaders.MaxRetryAfter));
    }

    [Test]
    public void Call_429WithAbsurdRetryAfterAndRetriesOn_SurfacesWithoutOverflow()
    {
        using var host = RateLimitHost.Create();
        var calls = 0;
        host.Host.Mock.When("*").Respond(_ => { calls++; return RateLimitHost.PerSecond429("99999999999999"); });

        Assert.ThrowsAsync<ZoomRateLimitException>(() => host.Get<IZoomMeetingsApi>().GetMeetingAsync(MeetingId));
        Assert.That(calls, Is.EqualTo(1));
    }

    [Test]
    [CancelAfter(60_000)]
    public void Retry_503WithRetryAfterBeyondMax_SurfacesAtOnceLikeA429(CancellationToken cancellationToken)
    {
        // The fake clock never moves here: a pipeline that waited out the Retry-After would never answer (and the
        // test's cancel-after guard, not a timing assertion, would end it).
        using var host = RateLimitHost.Create(o => o.Resilience.MaxRetryAfter = TimeSpan.FromSeconds(10));
        var calls = 0;
        host.Host.Mock.When("*").Respond(_ =>
        {
            calls++;
            var response = RateLimitHost.Json(HttpStatusCode.ServiceUnavailable, """{"code":503,"message":"Service unavailable"}""");
            response.Headers.TryAddWithoutValidation("Retry-After", "3600");
            return response;
        });

        var ex = Assert.ThrowsAsync<ZoomApiException>(() => host.Get<IZoomMeetingsApi>().GetMeetingAsync(MeetingId, cancellationToken: cancellationToken));

        Assert.That(ex!.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(calls, Is.EqualTo(1));
    }
}
