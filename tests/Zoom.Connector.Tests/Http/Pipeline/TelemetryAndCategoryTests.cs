using System.Diagnostics;
using System.Net;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Zoom.Connector.Api;
using Zoom.Connector.RateLimiting;
using Zoom.Connector.Telemetry;
using Zoom.Connector.Tests.RateLimiting;

namespace Zoom.Connector.Tests.Http.Pipeline;

public sealed class TelemetryAndCategoryTests
{
    [Test]
    public async Task SendAsync_FreePlan_MediumWaitsForItsBucketWhileLightGoesThrough()
    {
        using var host = RateLimitHost.Create(o => o.RateLimit.Plan = ZoomRatePlan.Free);
        host.Host.Mock.When(HttpMethod.Get, "https://api.zoom.us/v2/users").Respond(_ => RateLimitHost.Json(HttpStatusCode.OK, """{"users":[]}"""));
        host.Host.Mock.When(HttpMethod.Get, "https://api.zoom.us/v2/meetings/*").Respond(_ => RateLimitHost.Meeting());
        var users = host.Get<IZoomUsersApi>();
        var meetings = host.Get<IZoomMeetingsApi>();

        await users.ListUsersAsync();                         // users: MEDIUM, Free plan 2/s
        await users.ListUsersAsync();
        var thirdList = users.ListUsersAsync();
        Assert.That(host.Limiter.Category(ZoomRateLimitCategory.Medium)!.Statistics!.CurrentQueuedCount, Is.EqualTo(1));

        await meetings.GetMeetingAsync(97763643886);          // meeting: LIGHT, its own bucket
        Assert.That(host.Limiter.Category(ZoomRateLimitCategory.Light)!.Statistics!.TotalSuccessfulLeases, Is.EqualTo(1));
        Assert.That(thirdList.IsCompleted, Is.False);

        host.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.That(host.Limiter.Category(ZoomRateLimitCategory.Medium)!.Statistics!.CurrentQueuedCount, Is.EqualTo(1), "Free plan Medium: 2 per second plus the 10 ms margin");
        host.Time.Advance(TimeSpan.FromMilliseconds(10));
        Assert.That(host.Limiter.Category(ZoomRateLimitCategory.Medium)!.Statistics!.CurrentQueuedCount, Is.Zero);
        await thirdList;
    }

    [Test]
    public async Task SendAsync_WithListener_StartsOneActivityPerCall()
    {
        var seen = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ZoomConnectorDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (seen)
                {
                    seen.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        using var host = RateLimitHost.Create();
        var calls = 0;
        host.Host.Mock.When("*").Respond(_ => ++calls == 1 ? new HttpResponseMessage(HttpStatusCode.BadGateway) : RateLimitHost.Meeting(424242));
        await host.Get<IZoomMeetingsApi>().GetMeetingAsync(424242);

        Activity[] mine;
        lock (seen)
        {
            mine = seen.Where(a => a.GetTagItem("zoom.operation") as string == "meeting" && a.GetTagItem("http.response.status_code") is 200).ToArray();
        }

        Assert.That(calls, Is.EqualTo(2));
        Assert.That(mine, Has.Length.GreaterThanOrEqualTo(1));
        Assert.That(mine[0].DisplayName, Is.EqualTo("Zoom meeting"));
        Assert.That(mine[0].Kind, Is.EqualTo(ActivityKind.Client));
        Assert.That(mine[0].GetTagItem("http.request.method"), Is.EqualTo("GET"));
    }
}
