using System.Net;
using System.Text;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Zoom.Connector.Api;
using Zoom.Connector.Http;
using Zoom.Connector.Tests.Infrastructure;

namespace Zoom.Connector.Tests;

public sealed class ErrorMappingTests
{
    private static async Task<ZoomApiException> FailAsync(Func<HttpResponseMessage> respond, Func<ZoomTestHost, Task>? call = null)
    {
        using var host = ZoomTestHost.Create();
        host.Mock.When("*").Respond(_ => respond());
        call ??= h => h.Get<IZoomMeetingsApi>().GetMeetingAsync(97763643886);
        var exception = Assert.ThrowsAsync(Is.InstanceOf<ZoomApiException>(), () => call(host));
        return (ZoomApiException)exception!;
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string json)
        => new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    [Test]
    public async Task ValidationError_CarriesCodeMessageAndFieldErrors()
    {
        var ex = await FailAsync(() => Json(HttpStatusCode.BadRequest,
            """{"code":300,"message":"Validation Failed.","errors":[{"field":"user_info.email","message":"Invalid field."}]}"""));

        Assert.That(ex.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(ex.ZoomCode, Is.EqualTo(300));
        Assert.That(ex.ZoomMessage, Is.EqualTo("Validation Failed."));
        Assert.That(ex.FieldErrors, Has.Count.EqualTo(1));
        Assert.That(ex.FieldErrors[0].Field, Is.EqualTo("user_info.email"));
        Assert.That(ex.Method, Is.EqualTo(HttpMethod.Get));
        Assert.That(ex.Path, Is.EqualTo("/v2/meetings/97763643886"));
        Assert.That(ex.Message, Does.Contain("Zoom code 300").And.Contain("user_info.email: Invalid field."));
    }

    [Test]
    public async Task NotFound_3001_IsMapped()
    {
        var ex = await FailAsync(() => Json(HttpStatusCode.NotFound, """{"code":3001,"message":"Meeting does not exist: 97763643886."}"""));
        Assert.That(ex.ZoomCode, Is.EqualTo(3001));
        Assert.That(ex, Is.Not.InstanceOf<ZoomRateLimitException>());
    }

    [Test]
    public async Task PerSecond429_IsRateLimitExceptionWithSecondsRetryAfter()
    {
        var ex = await FailAsync(() =>
        {
            var r = Json((HttpStatusCode)429, """{"code":429,"message":"You have reached the maximum per-second rate limit for this API. Try again later."}""");
            r.Headers.TryAddWithoutValidation("X-RateLimit-Category", "Light");
            r.Headers.TryAddWithoutValidation("X-RateLimit-Type", "QPS");
            r.Headers.TryAddWithoutValidation("X-RateLimit-Limit", "80");
            r.Headers.TryAddWithoutValidation("X-RateLimit-Remaining", "0");
            r.Headers.TryAddWithoutValidation("Retry-After", "2");
            return r;
        });

        var limit = (ZoomRateLimitException)ex;
        Assert.That(limit.LimitType, Is.EqualTo(ZoomRateLimitType.PerSecond));
        Assert.That(limit.Category, Is.EqualTo("Light"));
        Assert.That(limit.Limit, Is.EqualTo(80));
        Assert.That(limit.Remaining, Is.EqualTo(0));
        Assert.That(limit.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(2)));
        Assert.That(limit.RetryAt, Is.Null);
    }

    [Test]
    public async Task Daily429_WithIsoRetryAfter_IsDailyWithResetTime()
    {
        var ex = await FailAsync(() =>
        {
            var r = Json((HttpStatusCode)429, """{"code":429,"message":"You have exceeded the daily rate limit (100) of Meeting Create/Update API requests permitted for this particular user. You may resume these requests at GMT 00:00:00."}""");
            r.Headers.TryAddWithoutValidation("Retry-After", "2026-11-29T00:00:00Z");
            return r;
        });

        var limit = (ZoomRateLimitException)ex;
        Assert.That(limit.LimitType, Is.EqualTo(ZoomRateLimitType.Daily));
        Assert.That(limit.RetryAt, Is.EqualTo(new DateTimeOffset(2026, 11, 29, 0, 0, 0, TimeSpan.Zero)));
        Assert.That(limit.GetRetryDelay(new DateTimeOffset(2026, 11, 28, 22, 0, 0, TimeSpan.Zero)), Is.EqualTo(TimeSpan.FromHours(2)));
    }

    [Test]
    public async Task Unauthorized124_IsUnauthorized()
    {
        var ex = await FailAsync(() => Json(HttpStatusCode.Unauthorized, """{"code":124,"message":"Invalid access token."}"""));
        Assert.That(ex.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(ex.ZoomCode, Is.EqualTo(124));
        Assert.That(ex.IsUnauthorized, Is.True);
    }

    [Test]
    public async Task HtmlBody_StillGivesStatus()
    {
        var ex = await FailAsync(() => new HttpResponseMessage(HttpStatusCode.BadGateway)
        {
            Content = new StringContent("<html><body>502 Bad Gateway</body></html>", Encoding.UTF8, "text/html"),
        });
        Assert.That(ex.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
        Assert.That(ex.ZoomCode, Is.Null);
        Assert.That(ex.Message, Does.Contain("502").And.Contain("not JSON"));
    }

    [Test]
    public async Task EmptyBody_StillGivesStatus()
    {
        var ex = await FailAsync(() => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        Assert.That(ex.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(ex.ZoomMessage, Is.Null);
    }

    [Test]
    public async Task SuccessWithUnreadableBody_IsZoomApiException()
    {
        var ex = await FailAsync(() => Json(HttpStatusCode.OK, "{\"id\": \"not-a-number\", "));
        Assert.That(ex.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(ex.Message, Does.Contain("could not be read"));
    }

    [Test]
    public async Task Exception_NeverContainsTheToken()
    {
        var ex = await FailAsync(() => Json(HttpStatusCode.Forbidden, """{"code":200,"message":"No permission."}"""),
            h => h.Get<IZoomUsersApi>().ListUsersAsync(nextPageToken: "page-token"));
        var printed = ex.ToString();
        Assert.That(printed, Does.Not.Contain(ZoomTestHost.AccessToken));
        Assert.That(printed, Does.Not.Contain("page-token"), "the query string is left out");
        Assert.That(ex.Message, Does.Contain("GET /v2/users"));
    }

    [Test]
    public void Cancellation_PassesThroughUntouched()
    {
        using var host = ZoomTestHost.Create();
        using var cts = new CancellationTokenSource();
        host.Mock.When("*").Respond(async () =>
        {
            await cts.CancelAsync();
            cts.Token.ThrowIfCancellationRequested();
            return new HttpResponseMessage(HttpStatusCode.OK);
        });

        Assert.ThrowsAsync(Is.InstanceOf<OperationCanceledException>(),
            () => host.Get<IZoomUsersApi>().GetUserAsync("me", cancellationToken: cts.Token));
    }
}
