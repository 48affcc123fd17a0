using System.Net;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Zoom.Connector.Api;
using Zoom.Connector.Http;
using Zoom.Connector.RateLimiting;
using Zoom.Connector.Telemetry;
using Zoom.Connector.Http.Pipeline;
using Zoom.Connector.Tests.RateLimiting;

namespace Zoom.Connector.Tests.Http.Pipeline;

public sealed class PipelineHandlerTests
{
    private const long MeetingId = 97763643886;

    [Test]
    public async Task SendAsync_RetriedRequest_TakesOnePermitPerAttempt()
    {
        using var host = RateLimitHost.Create();
        using var waits = host.Collect<double>(ZoomConnectorDiagnostics.LimiterWait);
        var calls = 0;
        host.Host.Mock.When(HttpMethod.Get, "*/meetings/*").Respond(_ => ++calls == 1
            ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
            : RateLimitHost.Meeting());

        var meeting = await host.Get<IZoomMeetingsApi>().GetMeetingAsync(MeetingId);

        Assert.That(meeting.Id, Is.EqualTo(MeetingId));
        Assert.That(calls, Is.EqualTo(2));
        Assert.That(waits.GetMeasurementSnapshot(), Has.Count.EqualTo(2), "one permit (and one wait measurement) per attempt");
    }

    [Test]
    public async Task SendAsync_QueueFull_ThrowsClearExceptionWithoutSending()
    {
        using var host = RateLimitHost.Create(o =>
        {
            o.RateLimit.PermitsPerWindow = 1;
            o.RateLimit.QueueLimit = 1;
            o.Resilience.MaxRetryAttempts = 0;
        });
        using var limited = host.Collect<long>(ZoomConnectorDiagnostics.RateLimited);
        var calls = 0;
        host.Host.Mock.When("*").Respond(_ => { calls++; return RateLimitHost.Meeting(); });
        var api = host.Get<IZoomMeetingsApi>();

        await api.GetMeetingAsync(MeetingId); // takes the window's only permit
        var queued = api.GetMeetingAsync(MeetingId);
        Assert.That(host.Limiter.Account.Statistics!.CurrentQueuedCount, Is.EqualTo(1));

        var ex = Assert.ThrowsAsync<ZoomRateLimitQueueFullException>(() => api.GetMeetingAsync(MeetingId));
        Assert.That(ex!.Message, Does.Contain("queue is full").And.Contain("Zoom:RateLimit:QueueLimit").And.Contain("not sent"));
        Assert.That(ex.Budget, Is.EqualTo("account"));
        Assert.That(ex, Is.InstanceOf<ZoomRateLimitException>());
        Assert.That(calls, Is.EqualTo(1));
        Assert.That(limited.GetMeasurementSnapshot().Any(m => (string?)m.Tags["zoom.rate_limit.type"] == "local_queue_full"), Is.True);

        host.Time.Advance(TimeSpan.FromMilliseconds(1009));
        Assert.That(host.Limiter.Account.Statistics!.CurrentQueuedCount, Is.EqualTo(1), "the first permit counts for the window plus the 1 % safety margin");
        host.Time.Advance(TimeSpan.FromMilliseconds(1)); // the first grant leaves the span: the queued request goes
        Assert.That(host.Limiter.Account.Statistics!.CurrentQueuedCount, Is.Zero);
        Assert.That((await queued).Id, Is.EqualTo(MeetingId));
        Assert.That(calls, Is.EqualTo(2));
    }

    [Test]
    public async Task SendAsync_CancelledWhileQueued_ThrowsOperationCanceled()
    {
        using var host = RateLimitHost.Create(o => o.RateLimit.PermitsPerWindow = 1);
        var calls = 0;
        host.Host.Mock.When("*").Respond(_ => { calls++; return RateLimitHost.Meeting(); });
        var api = host.Get<IZoomMeetingsApi>();
        await api.GetMeetingAsync(MeetingId);

        using var cts = new CancellationTokenSource();
        var queued = api.GetMeetingAsync(MeetingId, cancellationToken: cts.Token);
        Assert.That(host.Limiter.Account.Statistics!.CurrentQueuedCount, Is.EqualTo(1));
        await cts.CancelAsync();

        Assert.ThrowsAsync(Is.InstanceOf<OperationCanceledException>(), () => queued);
        Assert.That(calls, Is.EqualTo(1), "the cancelled request was never sent");
        Assert.That(host.Limiter.Account.Statistics!.CurrentQueuedCount, Is.Zero);
    }

    [Test]
    public async Task SendAsync_RemainingZeroWithRetryAfter_HoldsThatCategoryUntilThen()
    {
        using var host = RateLimitHost.Create();
        var calls = 0;
        host.Host.Mock.When(HttpMethod.Get, "https://api.zoom.us/v2/users").Respond(_ => RateLimitHost.Json(HttpStatusCode.OK, """{"users":[]}"""));
        host.Host.Mock.When("*").Respond(_ =>
        {
            var response = RateLimitHost.Meeting();
            if (++calls == 1)
            {
                response.Headers.TryAddWithoutValidation("X-RateLimit-Category", "Light");
                response.Headers.TryAddWithoutValidation("X-RateLimit-Limit", "80");
                response.Headers.TryAddWithoutValidation("X-RateLimit-Remaining", "0");
                response.Headers.TryAddWithoutValidation("Retry-After", "5");
            }

            return response;
        });
        var meetings = host.Get<IZoomMeetingsApi>();
        await meetings.GetMeetingAsync(MeetingId);

        var held = meetings.GetMeetingAsync(MeetingId);   // Light: held for 5 s
        var users = await host.Get<IZoomUsersApi>().ListUsersAsync(); // Medium: not held
        Assert.That(users.Users, Is.Not.Null.And.Empty);
        Assert.That(held.IsCompleted, Is.False);

        host.Time.Advance(TimeSpan.FromSeconds(4.9));
        Assert.That(held.IsCompleted, Is.False, "still inside Zoom's Retry-After");
        Assert.That(calls, Is.EqualTo(1));
        host.Time.Advance(TimeSpan.FromSeconds(0.1));
        await held;
        Assert.That(calls, Is.EqualTo(2));
    }

    [Test]
    public async Task SendAsync_ZoomReportsCategory_OverridesCatalogLabel()
    {
        using var host = RateLimitHost.Create();
        host.Host.Mock.When("*").Respond(_ =>
        {
            var response = RateLimitHost.Meeting();
            response.Headers.TryAddWithoutValidation("X-RateLimit-Category", "Medium");
            response.Headers.TryAddWithoutValidation("X-RateLimit-Remaining", "12");
            return response;
        });
        await host.Get<IZoomMeetingsApi>().GetMeetingAsync(MeetingId);

        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.zoom.us/v2/meetings/1");
        var info = host.Get<ZoomRequestClassifier>().Classify(request);
        Assert.That(info.OperationId, Is.EqualTo("meeting"));
        Assert.That(info.Category, Is.EqualTo(ZoomRateLimitCategory.Medium), "Zoom's X-RateLimit-Category wins over the catalog's LIGHT");
    }

    [Test]
    public async Task SendAsync_Metrics_CountRequestsRateLimitsAndRetries()
    {
        using var host = RateLimitHost.Create();
        using var requests = host.Collect<long>(ZoomConnectorDiagnostics.Requests);
        using var limited = host.Collect<long>(ZoomConnectorDiagnostics.RateLimited);
        using var retries = host.Collect<long>(ZoomConnectorDiagnostics.Retries);
        var calls = 0;
        host.Host.Mock.When("*").Respond(_ => ++calls == 1 ? RateLimitHost.PerSecond429("0") : RateLimitHost.Meeting());

        await host.Get<IZoomMeetingsApi>().GetMeetingAsync(MeetingId);

        var request = requests.GetMeasurementSnapshot().Single();
        Assert.That(request.Value, Is.EqualTo(1));
        Assert.That(request.Tags["zoom.operation"], Is.EqualTo("meeting"));
        Assert.That(request.Tags["http.request.method"], Is.EqualTo("GET"));
        Assert.That(request.Tags["http.response.status_code"], Is.EqualTo(200));

        var rateLimited = limited.GetMeasurementSnapshot().Single();
        Assert.That(rateLimited.Tags["zoom.rate_limit.type"], Is.EqualTo("qps"));
        Assert.That(rateLimited.Tags["zoom.rate_limit.category"], Is.EqualTo("light"));

        var retry = retries.GetMeasurementSnapshot().Single();
        Assert.That(retry.Tags["zoom.operation"], Is.EqualTo("meeting"));
        Assert.That(retry.Tags["zoom.retry.reason"], Is.EqualTo("429"));
    }
}
