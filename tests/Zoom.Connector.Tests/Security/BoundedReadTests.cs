using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Zoom.Connector.Api;
using Zoom.Connector.Authentication;
using Zoom.Connector.Http;
using Zoom.Connector.Models;
using Zoom.Connector.Tests.Infrastructure;

namespace Zoom.Connector.Tests.Security;

/// <summary>
/// Every body Zoom (or whoever answers in its place) controls is read bounded: at most the limit plus one byte, so an
/// 8 MiB (or endless) answer never costs more than the limit. The counting body proves how much was pulled.
/// </summary>
public sealed class BoundedReadTests
{
    private const long Huge = 8 * 1024 * 1024;

    // The limit plus one read buffer: reading stops at the first byte past the limit.
    private const long ErrorBodyBound = (64 * 1024) + (16 * 1024);

    [Test]
    public void ApiError_HugeBody_ReadsAtMost64KiBAndStillMapsTheStatus()
    {
        using var host = ZoomTestHost.Create();
        var body = new CountingBody(Huge);
        host.Mock.When(ZoomTestHost.BaseUrl + "users/jill").Respond(_ => body.Answer(HttpStatusCode.NotFound));

        var error = Assert.ThrowsAsync<ZoomApiException>(() => host.Get<IZoomUsersApi>().GetUserAsync("jill"));

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(error.Message, Does.Contain("not JSON"));
        Assert.That(body.BytesRead, Is.LessThanOrEqualTo(ErrorBodyBound), "the error body must not be read whole");
    }

    [Test]
    public void ApiError_DeclaredLengthOverLimit_ReadsNothing()
    {
        using var host = ZoomTestHost.Create();
        var body = new CountingBody(Huge);
        host.Mock.When(ZoomTestHost.BaseUrl + "users/jill").Respond(_ => body.Answer(HttpStatusCode.BadRequest, declaredLength: Huge));

        var error = Assert.ThrowsAsync<ZoomApiException>(() => host.Get<IZoomUsersApi>().GetUserAsync("jill"));

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(body.BytesRead, Is.Zero);
    }

    [Test]
    public void ApiError_SmallBody_StillReadForEveryReader()
    {
        // The bounded buffer keeps the body for the next reader: Zoom's code and message still reach the exception.
        using var host = ZoomTestHost.Create();
        host.Mock.When(ZoomTestHost.BaseUrl + "users/jill").Respond(HttpStatusCode.NotFound, "application/json", """{"code":1001,"message":"User does not exist: jill."}""");

        var error = Assert.ThrowsAsync<ZoomApiException>(() => host.Get<IZoomUsersApi>().GetUserAsync("jill"));

        Assert.That(error!.ZoomCode, Is.EqualTo(1001));
        Assert.That(error.Message, Does.Contain("User does not exist"));
    }

    [Test]
    public void MeetingCreate_AnswerOver1MiB_RefusedUnreadNamingTheLimit()
    {
        using var host = ZoomTestHost.Create();
        var body = new CountingBody(2 * 1024 * 1024, "{\"id\":81234567890,\"agenda\":\"");
        host.Mock.When(HttpMethod.Post, ZoomTestHost.BaseUrl + "users/jill/meetings").Respond(_ => body.Answer(HttpStatusCode.Created));

        var error = Assert.ThrowsAsync<ZoomResponseTooLargeException>(() => host.Get<IZoomMeetingsApi>().CreateMeetingAsync("jill", new MeetingCreateRequest { Topic = "Big" }));

        Assert.That(error!.Message, Does.Contain("over 1 MiB").And.Contain("may still have taken effect"));
        Assert.That(body.BytesRead, Is.LessThanOrEqualTo((1024 * 1024) + (16 * 1024)));
    }

    [Test]
    public void MeetingCreate_AnswerBodyFails_ReleasesTheResponse()
    {
        using var host = ZoomTestHost.Create();
        var content = new UnreadableContent();
        host.Mock.When(HttpMethod.Post, ZoomTestHost.BaseUrl + "users/jill/meetings").Respond(_ => new HttpResponseMessage(HttpStatusCode.Created) { Content = content });

        Assert.CatchAsync<Exception>(() => host.Get<IZoomMeetingsApi>().CreateMeetingAsync("jill", new MeetingCreateRequest { Topic = "Dropped" }));

        Assert.That(content.Disposed, Is.True, "nobody else sees this response: the daily cap must release it");
    }

    [Test]
    public async Task MeetingCreate_NormalAnswer_StillReachesTheCaller()
    {
        using var host = ZoomTestHost.Create();
        host.Mock.When(HttpMethod.Post, ZoomTestHost.BaseUrl + "users/jill/meetings")
            .Respond(HttpStatusCode.Created, "application/json", """{"id":81234567890,"host_id":"jill-id","topic":"Small"}""");

        var meeting = await host.Get<IZoomMeetingsApi>().CreateMeetingAsync("jill", new MeetingCreateRequest { Topic = "Small" });

        Assert.That(meeting.Id, Is.EqualTo(81234567890L));
        Assert.That(meeting.Topic, Is.EqualTo("Small"));
    }

    [Test]
    public void TokenEndpoint_HugeSuccessBody_RefusedWithOAuthExceptionAfter64KiB()
    {
        using var host = ServerToServerHost(out var body, HttpStatusCode.OK);

        var error = Assert.ThrowsAsync<ZoomOAuthException>(async () => await host.Services.GetRequiredKeyedService<IZoomAccessTokenProvider>(ZoomIdentityKeys.Service).GetAccessTokenAsync(forceRefresh: false));

        Assert.That(error!.Message, Does.Contain("over 64 KiB").And.Contain("account_credentials"));
        Assert.That(body.BytesRead, Is.LessThanOrEqualTo(ErrorBodyBound));
    }

    [Test]
    public void TokenEndpoint_HugeErrorBody_ReportsTheStatusAfter64KiB()
    {
        using var host = ServerToServerHost(out var body, HttpStatusCode.BadRequest);

        var error = Assert.ThrowsAsync<ZoomOAuthException>(async () => await host.Services.GetRequiredKeyedService<IZoomAccessTokenProvider>(ZoomIdentityKeys.Service).GetAccessTokenAsync(forceRefresh: false));

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(body.BytesRead, Is.LessThanOrEqualTo(ErrorBodyBound));
    }

    private static ZoomTestHost ServerToServerHost(out CountingBody body, HttpStatusCode status)
    {
        var host = ZoomTestHost.Create(o =>
        {
            o.Service.AccessToken = null;
            o.Service.AccountId = "acct-1";
            o.Service.ClientId = "client-1";
            o.Service.ClientSecret = "secret-1";
        });
        var answer = new CountingBody(Huge, "{\"access_token\":\"");
        host.Mock.When(HttpMethod.Post, "https://zoom.us/oauth/token").Respond(_ => answer.Answer(status));
        body = answer;
        return host;
    }
}
