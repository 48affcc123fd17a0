using System.Globalization;
using System.Net;
using System.Net.Sockets;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Zoom.Connector.Api;
using Zoom.Connector.Http;
using Zoom.Connector.Models;
using Zoom.Connector.RateLimiting;
using Zoom.Connector.Telemetry;
using Zoom.Connector.Tests.RateLimiting;

namespace Zoom.Connector.Tests.Http.Pipeline;

public sealed class ResilienceTests
{
    private const long MeetingId = 97763643886;

    private static readonly MeetingCreateRequest NewMeeting = new() { Topic = "Design review" };

    private static HttpResponseMessage Created(long id = MeetingId)
        => RateLimitHost.Json(HttpStatusCode.Created, $$"""{"id":{{id}},"topic":"Design review","type":2}""");

    [Test]
    public async Task Retry_RetryAfterSeconds_WaitsThatLong()
    {
        using var host = RateLimitHost.Create();
        using var delays = host.Collect<double>(ZoomConnectorDiagnostics.RetryDelay);
        var calls = 0;
        host.Host.Mock.When("*").Respond(_ => ++calls == 1 ? RateLimitHost.PerSecond429("7") : RateLimitHost.Meeting());

        var call = host.Get<IZoomMeetingsApi>().GetMeetingAsync(MeetingId);
        await delays.WaitForMeasurementsAsync(1, TimeSpan.FromSeconds(30));
        Assert.That(delays.LastMeasurement!.Value, Is.EqualTo(7.0), "the delay chosen is Zoom's Retry-After");
        Assert.That(calls, Is.EqualTo(1));

        var advanced = await host.AdvanceUntilAsync(call, TimeSpan.FromMilliseconds(100));
        Assert.That(advanced, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(7)), "not retried before Retry-After");
        Assert.That((await call).Id, Is.EqualTo(MeetingId));
        Assert.That(calls, Is.EqualTo(2));
    }

    [Test]
    public async Task Retry_RetryAfterDate_WaitsUntilThatInstant()
    {
        using var host = RateLimitHost.Create();
        using var delays = host.Collect<double>(ZoomConnectorDiagnostics.RetryDelay);
        var at = RateLimitHost.Start.AddSeconds(30).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var calls = 0;
        host.Host.Mock.When("*").Respond(_ => ++calls == 1 ? RateLimitHost.PerSecond429(at) : RateLimitHost.Meeting());

        var call = host.Get<IZoomMeetingsApi>().GetMeetingAsync(MeetingId);
        await delays.WaitForMeasurementsAsync(1, TimeSpan.FromSeconds(30));
        Assert.That(delays.LastMeasurement!.Value, Is.EqualTo(30.0));

        var advanced = await host.AdvanceUntilAsync(call, TimeSpan.FromMilliseconds(500));
        Assert.That(advanced, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(30)));
        Assert.That(calls, Is.EqualTo(2));
    }

    [Test]
    public void Retry_RetryAfterLongerThanMax_SurfacesAtOnce()
    {
        using var host = RateLimitHost.Create(o => o.Resilience.MaxRetryAfter = TimeSpan.FromSeconds(10));
        var calls = 0;
        host.Host.Mock.When("*").Respond(_ => { calls++; return RateLimitHost.PerSecond429("120"); });

        var ex = Assert.ThrowsAsync<ZoomRateLimitException>(() => host.Get<IZoomMeetingsApi>().GetMeetingAsync(MeetingId));
        Assert.That(ex!.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(120)));
        Assert.That(calls, Is.EqualTo(1));
    }

    [Test]
    public void Retry_Daily429_IsNotRetriedAndCarriesResetTime()
    {
        using var host = RateLimitHost.Create();
        var calls = 0;
        host.Host.Mock.When("*").Respond(_ =>
        {
            calls++;
            var r = RateLimitHost.Json((HttpStatusCode)429, """{"code":429,"message":"You have reached the maximum daily rate limit for this API. Refer to the response header for details on when you can make another request."}""");
            r.Headers.TryAddWithoutValidation("X-RateLimit-Category", "Light");
            r.Headers.TryAddWithoutValidation("X-RateLimit-Type", "Daily-limit");
            r.Headers.TryAddWithoutValidation("Retry-After", "2026-11-29T00:00:00Z");
            return r;
        });

        var ex = Assert.ThrowsAsync<ZoomRateLimitException>(() => host.Get<IZoomMeetingsApi>().GetMeetingAsync(MeetingId));
        Assert.That(ex!.LimitType, Is.EqualTo(ZoomRateLimitType.Daily));
        Assert.That(ex.RetryAt, Is.EqualTo(new DateTimeOffset(2026, 11, 29, 0, 0, 0, TimeSpan.Zero)));
        Assert.That(calls, Is.EqualTo(1));
    }

    [Test]
    public void Retry_Daily429BodyOnlyOnCreate_IsNotRetried()
    {
        using var host = RateLimitHost.Create();
        var calls = 0;
        host.Host.Mock.When("*").Respond(_ =>
        {
            calls++;
            return RateLimitHost.Json((HttpStatusCode)429, """{"code":429,"message":"You have exceeded the daily rate limit (100) of Meeting Create/Update API requests permitted for this particular user. You may resume these requests at GMT 00:00:00."}""");
        });

        var ex = Assert.ThrowsAsync<ZoomRateLimitException>(() => host.Get<IZoomMeetingsApi>().CreateMeetingAsync("me", NewMeeting));
        Assert.That(ex!.LimitType, Is.EqualTo(ZoomRateLimitType.Daily));
        Assert.That(calls, Is.EqualTo(1));
    }

    [Test]
    public void Retry_PostConnectionDroppedAfterSending_IsNotResent()
    {
        using var host = RateLimitHost.Create();
        var calls = 0;
        host.Host.Mock.When(HttpMethod.Post, "*").Respond(_ =>
        {
            calls++;
            throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.", new IOException("connection reset"));
        });

        Assert.ThrowsAsync<HttpRequestException>(() => host.Get<IZoomMeetingsApi>().CreateMeetingAsync("host@example.com", NewMeeting));
        Assert.That(calls, Is.EqualTo(1), "a create that may have reached Zoom is never sent twice");
        Assert.That(host.Get<ZoomMeetingWriteCounter>().Count("user:host@example.com"), Is.EqualTo(1), "it may have counted at Zoom");
    }

    [Test]
    public async Task Retry_PostConnectionRefused_IsResent()
    {
        using var host = RateLimitHost.Create();
        var calls = 0;
        host.Host.Mock.When(HttpMethod.Post, "*").Respond(_ => ++calls == 1
            ? throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused", new SocketException((int)SocketError.ConnectionRefused))
            : Created());

        var meeting = await host.Get<IZoomMeetingsApi>().CreateMeetingAsync("host@example.com", NewMeeting);

        Assert.That(meeting.Id, Is.EqualTo(MeetingId));
        Assert.That(calls, Is.EqualTo(2));
        Assert.That(host.Get<ZoomMeetingWriteCounter>().Count("user:host@example.com"), Is.EqualTo(1), "the refused attempt never reached Zoom");
    }

    [Test]
    public void Retry_Post503_IsNotResent()
    {
        using var host = RateLimitHost.Create();
        var calls = 0;
        host.Host.Mock.When("*").Respond(_ => { calls++; return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable); });

        var ex = Assert.ThrowsAsync<ZoomApiException>(() => host.Get<IZoomMeetingsApi>().UpdateMeetingAsync(MeetingId, new MeetingUpdateRequest { Topic = "x" }));
        Assert.That(ex!.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(calls, Is.EqualTo(1));
    }

    [Test]
    public async Task Retry_Get502ThenNetworkError_RetriesUntilSuccess()
    {
        using var host = RateLimitHost.Create();
        var calls = 0;
        host.Host.Mock.When("*").Respond(_ => ++calls switch
        {
            1 => new HttpResponseMessage(HttpStatusCode.BadGateway),
            2 => throw new HttpRequestException(HttpRequestError.ResponseEnded, "dropped"),
            _ => RateLimitHost.Meeting(),
        });

        var meeting = await host.Get<IZoomMeetingsApi>().GetMeetingAsync(MeetingId);
        Assert.That(meeting.Id, Is.EqualTo(MeetingId));
        Assert.That(calls, Is.EqualTo(3));
    }

    [Test]
    public async Task Retry_PerSecond429OnCreate_IsResent()
    {
        using var host = RateLimitHost.Create();
        var calls = 0;
        host.Host.Mock.When("*").Respond(_ => ++calls == 1 ? RateLimitHost.PerSecond429("0") : Created());

        var meeting = await host.Get<IZoomMeetingsApi>().CreateMeetingAsync("me", NewMeeting);
        Assert.That(meeting.Id, Is.EqualTo(MeetingId));
        Assert.That(calls, Is.EqualTo(2), "Zoom refused the first attempt, so nothing was created");
    }

    [Test]
    public async Task DailyCap_101stCreateForHost_RefusedBeforeSendingUntilMidnightUtc()
    {
        using var host = RateLimitHost.Create();
        var calls = 0;
        host.Host.Mock.When("*").Respond(_ => { calls++; return Created(1000 + calls); });
        var api = host.Get<IZoomMeetingsApi>();
        for (var i = 0; i < 100; i++)
        {
            await api.CreateMeetingAsync("Host@Example.com", NewMeeting);
        }

        var ex = Assert.ThrowsAsync<ZoomRateLimitException>(() => api.CreateMeetingAsync("host@example.com", NewMeeting));
        Assert.That(ex!.LimitType, Is.EqualTo(ZoomRateLimitType.Daily));
        Assert.That(ex.RetryAt, Is.EqualTo(new DateTimeOffset(2026, 11, 29, 0, 0, 0, TimeSpan.Zero)));
        Assert.That(ex.Message, Does.Contain("before sending"));
        Assert.That(calls, Is.EqualTo(100));

        await api.CreateMeetingAsync("other@example.com", NewMeeting);
        Assert.That(calls, Is.EqualTo(101), "another host has its own 100");

        host.Time.SetUtcNow(new DateTimeOffset(2026, 11, 29, 0, 0, 0, TimeSpan.Zero));
        await api.CreateMeetingAsync("host@example.com", NewMeeting);
        Assert.That(calls, Is.EqualTo(102), "the count resets at 00:00 UTC");
    }

    [Test]
    public async Task DailyCap_UpdateOfMeetingCreatedHere_CountsAgainstItsHost()
    {
        using var host = RateLimitHost.Create();
        var calls = 0;
        host.Host.Mock.When(HttpMethod.Patch, "*").Respond(_ => { calls++; return new HttpResponseMessage(HttpStatusCode.NoContent); });
        host.Host.Mock.When(HttpMethod.Post, "*").Respond(_ => { calls++; return Created(5000 + calls); });
        var api = host.Get<IZoomMeetingsApi>();
        for (var i = 0; i < 99; i++)
        {
            await api.CreateMeetingAsync("host@example.com", NewMeeting);
        }

        await api.UpdateMeetingAsync(5001, new MeetingUpdateRequest { Topic = "renamed" }); // the 100th for this host

        var ex = Assert.ThrowsAsync<ZoomRateLimitException>(() => api.UpdateMeetingAsync(5002, new MeetingUpdateRequest { Topic = "again" }));
        Assert.That(ex!.LimitType, Is.EqualTo(ZoomRateLimitType.Daily));
        Assert.That(calls, Is.EqualTo(100));

        await api.UpdateMeetingAsync(42, new MeetingUpdateRequest { Topic = "unknown host" });
        Assert.That(host.Get<ZoomMeetingWriteCounter>().Count("meeting:42"), Is.EqualTo(1), "an unknown meeting counts under its own id");
    }

    [Test]
    public async Task DailyCap_MeCreates_CountUnderTheHostZoomNames()
    {
        using var host = RateLimitHost.Create();
        var calls = 0;
        host.Host.Mock.When(HttpMethod.Post, "*").Respond(_ =>
        {
            calls++;
            return RateLimitHost.Json(HttpStatusCode.Created, $$"""{"id":{{7000 + calls}},"host_id":"30R7kT7bTIKSNUFEuH_Qlg","type":2}""");
        });
        var api = host.Get<IZoomMeetingsApi>();
        for (var i = 0; i < 50; i++)
        {
            await api.CreateMeetingAsync("me", NewMeeting);
        }

        for (var i = 0; i < 50; i++)
        {
            await api.CreateMeetingAsync("30R7kT7bTIKSNUFEuH_Qlg", NewMeeting);
        }

        var counter = host.Get<ZoomMeetingWriteCounter>();
        Assert.That(counter.Count("user:30r7kt7btiksnufeuh_qlg"), Is.EqualTo(99), "the first create of an identity counts apart, until Zoom names the host");
        await api.CreateMeetingAsync("me", NewMeeting);
        Assert.ThrowsAsync<ZoomRateLimitException>(() => api.CreateMeetingAsync("me", NewMeeting));
        Assert.That(calls, Is.EqualTo(101));
    }

    [Test]
    public async Task DailyCap_MeCreateWithoutHostId_CountsUnderTheStampedIdentityNeverAToken()
    {
        using var host = RateLimitHost.Create();
        host.Host.Mock.When(HttpMethod.Post, "*").Respond(_ => RateLimitHost.Json(HttpStatusCode.Created, """{"id":7001,"type":2}"""));

        await host.Get<IZoomMeetingsApi>().CreateMeetingAsync("me", NewMeeting);

        var counter = host.Get<ZoomMeetingWriteCounter>();
        Assert.That(counter.Count("identity:service"), Is.EqualTo(1), "the service client stamps its identity on every request");
        Assert.That(counter.Count("me"), Is.Zero);
    }
}
