using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Zoom.Connector.Api;
using Zoom.Connector.Http;
using Zoom.Connector.Models;
using Zoom.Connector.RateLimiting;
using Zoom.Connector.Testing;
using Zoom.Connector.Tests.RateLimiting;

namespace Zoom.Connector.Tests.Http.Pipeline;

/// <summary>Zoom's daily-limit 429 for a host makes the connector refuse that host's later writes locally until its Retry-After.</summary>
public sealed class DailyLimitLearningTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset NextMidnight = new(2026, 11, 29, 0, 0, 0, TimeSpan.Zero);

    private static MeetingCreateRequest Meeting(int i) => new() { Topic = "Stand-up " + i, StartTime = new DateTime(2026, 12, 14, 9, 0, 0), Duration = 15, Timezone = "Europe/Paris" };

    [Test]
    public async Task CreateMeetingAsync_EmulatorCapOf3_SixSequentialCreatesSendFourRequests()
    {
        var time = new FakeTimeProvider(Start);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddZoomConnector(_ => { }).UseZoomEmulator(o => { o.Seed = 3; o.DailyMeetingWritesPerHost = 3; });
        await using var provider = services.BuildServiceProvider(validateScopes: true);
        var meetings = provider.GetRequiredService<IZoomMeetingsApi>();
        var emulator = provider.GetRequiredService<ZoomEmulator>();

        var outcomes = new List<ZoomRateLimitException?>();
        for (var i = 0; i < 6; i++)
        {
            try
            {
                await meetings.CreateMeetingAsync("me", Meeting(i));
                outcomes.Add(null);
            }
            catch (ZoomRateLimitException ex)
            {
                outcomes.Add(ex);
            }
        }

        var sent = emulator.Requests.Count(r => r.Method == "POST" && r.PathAndQuery.Contains("/meetings", StringComparison.Ordinal));
        Assert.That(sent, Is.EqualTo(4), "three created, one refused by Zoom, two refused locally");
        Assert.That(outcomes.Take(3), Is.All.Null);
        Assert.That(outcomes.Skip(3).Select(e => e?.LimitType), Is.All.EqualTo(ZoomRateLimitType.Daily));
        Assert.That(outcomes.Skip(3).Select(e => e?.RetryAt), Is.All.EqualTo(NextMidnight), "Zoom's Retry-After");
        Assert.That(outcomes[4]!.Message, Does.Contain("before sending it").And.Contain("daily-limit 429"));
    }

    [Test]
    public async Task CreateMeetingAsync_AfterZoomsRetryAfter_SendsAgain()
    {
        using var host = RateLimitHost.Create();
        var calls = 0;
        host.Host.Mock.When(HttpMethod.Post, "https://api.zoom.us/v2/users/zoomhost1/meetings").Respond(_ =>
        {
            if (++calls > 1)
            {
                return RateLimitHost.Meeting();
            }

            var response = RateLimitHost.Json((HttpStatusCode)429, """{"code":429,"message":"You have reached the maximum daily rate limit for this API."}""");
            response.Headers.TryAddWithoutValidation("X-RateLimit-Type", "Daily-limit");
            response.Headers.TryAddWithoutValidation("Retry-After", "2026-11-28T18:00:00Z");
            return response;
        });
        var api = host.Get<IZoomMeetingsApi>();

        Assert.ThrowsAsync<ZoomRateLimitException>(() => api.CreateMeetingAsync("zoomhost1", Meeting(1)));
        var refused = Assert.ThrowsAsync<ZoomRateLimitException>(() => api.CreateMeetingAsync("zoomhost1", Meeting(2)));
        Assert.That(calls, Is.EqualTo(1), "the second create was refused before sending");
        Assert.That(refused!.RetryAt, Is.EqualTo(new DateTimeOffset(2026, 11, 28, 18, 0, 0, TimeSpan.Zero)));
        Assert.That(host.Get<ZoomMeetingWriteCounter>().RefusedUntil("user:zoomhost1"), Is.EqualTo(refused.RetryAt));

        host.Time.Advance(TimeSpan.FromHours(6));
        var created = await api.CreateMeetingAsync("zoomhost1", Meeting(3));

        Assert.That(created.Id, Is.EqualTo(97763643886));
        Assert.That(calls, Is.EqualTo(2));
        Assert.That(host.Get<ZoomMeetingWriteCounter>().RefusedUntil("user:zoomhost1"), Is.Null);
    }

    [Test]
    public async Task CreateMeetingAsync_DailyLimitForOneHost_OtherHostsStillSend()
    {
        using var host = RateLimitHost.Create();
        var calls = 0;
        host.Host.Mock.When(HttpMethod.Post, "https://api.zoom.us/v2/users/busyhost/meetings").Respond(_ =>
        {
            calls++;
            var response = RateLimitHost.Json((HttpStatusCode)429, """{"code":429,"message":"You have exceeded the daily rate limit (100) of Meeting Create/Update API requests permitted for this particular user."}""");
            response.Headers.TryAddWithoutValidation("X-RateLimit-Type", "Daily-limit");
            return response;
        });
        host.Host.Mock.When(HttpMethod.Post, "https://api.zoom.us/v2/users/freehost/meetings").Respond(_ => { calls++; return RateLimitHost.Meeting(); });
        var api = host.Get<IZoomMeetingsApi>();

        Assert.ThrowsAsync<ZoomRateLimitException>(() => api.CreateMeetingAsync("busyhost", Meeting(1)));
        var refused = Assert.ThrowsAsync<ZoomRateLimitException>(() => api.CreateMeetingAsync("busyhost", Meeting(2)));
        await api.CreateMeetingAsync("freehost", Meeting(3));

        Assert.That(calls, Is.EqualTo(2));
        Assert.That(refused!.RetryAt, Is.EqualTo(NextMidnight), "no Retry-After: Zoom's reset at 00:00 UTC");
    }
}
