using System.Net;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Zoom.Connector.Api;
using Zoom.Connector.Downloads;
using Zoom.Connector.Http;
using Zoom.Connector.Http.Pipeline;
using Zoom.Connector.Models;
using Zoom.Connector.Tests.Authentication;
using Zoom.Connector.Tests.Infrastructure;

namespace Zoom.Connector.Tests.Security;

/// <summary>
/// Successful API answers are read to at most <c>Zoom:MaxResponseBodyBytes</c> (plus the one byte that proves a body too
/// long): a declared length over it is refused unread, a body that grows past it stops there, and either way the
/// caller gets one <see cref="ZoomResponseTooLargeException"/> naming the operation, the limit and the key, sent once.
/// </summary>
public sealed class ResponseBodyLimitTests
{
    private const int Limit = 64 * 1024;
    private const long Huge = 8 * 1024 * 1024;
    private const string UsersUrl = ZoomTestHost.BaseUrl + "users";

    /// <summary>A host whose cap is 64 KiB and whose retries would run at once (so a retry shows as a second request).</summary>
    private static ZoomTestHost CappedHost() => ZoomTestHost.Create(o =>
    {
        o.Root.MaxResponseBodyBytes = Limit;
        o.Resilience.MaxRetryAttempts = 3;
        o.Resilience.RetryBaseDelay = TimeSpan.Zero;
    });

    [Test]
    public void Get_DeclaredLengthOverCap_RefusedUnreadOnceNamingOperationLimitAndKey()
    {
        using var host = CappedHost();
        var body = new CountingBody(Huge, "{\"users\":[{\"email\":\"secret-body-marker@example.com\"");
        var answer = host.Mock.When(HttpMethod.Get, UsersUrl).Respond(_ => body.Answer(HttpStatusCode.OK, declaredLength: Huge));

        var error = Assert.ThrowsAsync<ZoomResponseTooLargeException>(() => host.Get<IZoomUsersApi>().ListUsersAsync(pageSize: 300, nextPageToken: "tok-Qz9"));

        Assert.That(body.BytesRead, Is.Zero, "a declared length over the cap is refused before any read");
        Assert.That(host.Mock.GetMatchCount(answer), Is.EqualTo(1), "never retried");
        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(error.Method, Is.EqualTo(HttpMethod.Get));
        Assert.That(error.Path, Is.EqualTo("/v2/users"));
        Assert.That(error.LimitBytes, Is.EqualTo(Limit));
        Assert.That(error.ConfigurationKey, Is.EqualTo("Zoom:MaxResponseBodyBytes"));
        Assert.That(error.Message, Does.Contain("GET /v2/users").And.Contain("64 KiB").And.Contain("Zoom:MaxResponseBodyBytes"));
        Assert.That(error.Message, Does.Not.Contain("tok-Qz9").And.Not.Contain("secret-body-marker").And.Not.Contain(ZoomTestHost.AccessToken));
    }

    [Test]
    public void Get_ChunkedBodyGrowingPastCap_StopsAtTheCapOnceWithTheSameException()
    {
        using var host = CappedHost();
        var body = new CountingBody(Huge, "{\"users\":[{\"email\":\"secret-body-marker@example.com\",\"first_name\":\"");
        var answer = host.Mock.When(HttpMethod.Get, UsersUrl).Respond(_ => body.Answer(HttpStatusCode.OK));

        var error = Assert.ThrowsAsync<ZoomResponseTooLargeException>(() => host.Get<IZoomUsersApi>().ListUsersAsync());

        Assert.That(body.BytesRead, Is.LessThanOrEqualTo(Limit + 1), "at most one byte past the cap is pulled");
        Assert.That(host.Mock.GetMatchCount(answer), Is.EqualTo(1), "never retried");
        Assert.That(error!.Path, Is.EqualTo("/v2/users"));
        Assert.That(error.Message, Does.Contain("Zoom:MaxResponseBodyBytes").And.Not.Contain("secret-body-marker"));
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task Get_BodyExactlyAtCap_Deserializes(bool declareLength)
    {
        using var host = CappedHost();
        var json = UsersPage(Limit);
        host.Mock.When(HttpMethod.Get, UsersUrl).Respond(_ =>
        {
            var content = new StreamContent(new NonSeekable(json));
            content.Headers.ContentType = new("application/json");
            content.Headers.ContentLength = declareLength ? json.Length : null;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        });

        var page = await host.Get<IZoomUsersApi>().ListUsersAsync();

        Assert.That(json, Has.Length.EqualTo(Limit));
        Assert.That(page.Users, Has.Count.EqualTo(1));
        Assert.That(page.Users![0].Email, Is.EqualTo("jill@example.com"));
    }

    [Test]
    public void Get_OneByteOverCap_IsRefused()
    {
        using var host = CappedHost();
        var json = UsersPage(Limit + 1);
        host.Mock.When(HttpMethod.Get, UsersUrl).Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new NonSeekable(json)) });

        Assert.ThrowsAsync<ZoomResponseTooLargeException>(() => host.Get<IZoomUsersApi>().ListUsersAsync());
    }

    [Test]
    public void MeetingCreate_DeclaredLengthOverCap_SentOnceAndSaysItMayHaveTakenEffect()
    {
        // Default cap (16 MiB): the answer declares 32 MiB.
        using var host = ZoomTestHost.Create(o =>
        {
            o.Resilience.MaxRetryAttempts = 3;
            o.Resilience.RetryBaseDelay = TimeSpan.Zero;
        });
        var body = new CountingBody(32 * 1024 * 1024, "{\"id\":81234567890,\"agenda\":\"");
        var create = host.Mock.When(HttpMethod.Post, ZoomTestHost.BaseUrl + "users/jill/meetings")
            .Respond(_ => body.Answer(HttpStatusCode.Created, declaredLength: 32 * 1024 * 1024));

        var error = Assert.ThrowsAsync<ZoomResponseTooLargeException>(() => host.Get<IZoomMeetingsApi>().CreateMeetingAsync("jill", new MeetingCreateRequest { Topic = "Big" }));

        Assert.That(host.Mock.GetMatchCount(create), Is.EqualTo(1), "a create is never re-sent");
        Assert.That(body.BytesRead, Is.Zero);
        Assert.That(error!.LimitBytes, Is.EqualTo(16 * 1024 * 1024));
        Assert.That(error.Message, Does.Contain("POST /v2/users/jill/meetings").And.Contain("16 MiB").And.Contain("may still have taken effect"));
    }

    [Test]
    public void MeetingCreate_ChunkedAnswerPastCap_StopsAtTheCapInsideTheDailyCapRead()
    {
        using var host = CappedHost();
        var body = new CountingBody(Huge, "{\"id\":81234567890,\"agenda\":\"");
        var create = host.Mock.When(HttpMethod.Post, ZoomTestHost.BaseUrl + "users/jill/meetings").Respond(_ => body.Answer(HttpStatusCode.Created));

        var error = Assert.ThrowsAsync<ZoomResponseTooLargeException>(() => host.Get<IZoomMeetingsApi>().CreateMeetingAsync("jill", new MeetingCreateRequest { Topic = "Big" }));

        Assert.That(host.Mock.GetMatchCount(create), Is.EqualTo(1), "a create is never re-sent");
        Assert.That(body.BytesRead, Is.LessThanOrEqualTo(Limit + 1));
        Assert.That(error!.ConfigurationKey, Is.EqualTo("Zoom:MaxResponseBodyBytes"));
    }

    [Test]
    public void MeetingCreate_WithSyncJournal_JournalReadsTheAnswerBoundedToo()
    {
        // The sync's change journal sits below the pipeline (closest to the wire) and reads create answers for the id:
        // it reads at most the daily cap's 1 MiB + 1, never the whole body.
        using var host = ZoomTestHost.Create(services: s => s.AddZoomConnector().AddSync());
        var body = new CountingBody(Huge, "{\"id\":81234567890,\"agenda\":\"");
        host.Mock.When(HttpMethod.Post, ZoomTestHost.BaseUrl + "users/jill/meetings").Respond(_ => body.Answer(HttpStatusCode.Created));

        Assert.ThrowsAsync<ZoomResponseTooLargeException>(() => host.Get<IZoomMeetingsApi>().CreateMeetingAsync("jill", new MeetingCreateRequest { Topic = "Big" }));

        Assert.That(body.BytesRead, Is.LessThanOrEqualTo((1024 * 1024) + 1));
    }

    [Test]
    public async Task PerUserClient_ChunkedBodyPastCap_IsCappedToo()
    {
        using var host = OAuthTestHost.Create(o =>
        {
            OAuthTestHost.ConfigureActions(o);
            o.MaxResponseBodyBytes = Limit;
        }, userActions: true);
        await host.SeedAsync("alice", "access-alice-1", "refresh-alice-1", TimeSpan.FromHours(1));
        var body = new CountingBody(Huge, "{\"email\":\"");
        host.Mock.When(HttpMethod.Get, OAuthTestHost.ApiBase + "users/me").Respond(_ => body.Answer(HttpStatusCode.OK));

        var error = Assert.ThrowsAsync<ZoomResponseTooLargeException>(() => host.Users.ForUser("alice").Users.GetUserAsync(ZoomUserIds.Me));

        Assert.That(body.BytesRead, Is.LessThanOrEqualTo(Limit + 1));
        Assert.That(error!.Message, Does.Contain("GET /v2/users/me").And.Not.Contain("access-alice-1"));
    }

    [Test]
    public async Task RecordingDownload_FileFarLargerThanCap_StreamsWhole()
    {
        using var host = CappedHost();
        const long fileLength = 1024 * 1024;
        var file = new CountingBody(fileLength, "....ftypmp42");
        host.Mock.When("https://us06web.zoom.us/rec/download/Qv7kLm2PzN0aB4cD").Respond(_ =>
        {
            var answer = file.Answer(HttpStatusCode.OK, declaredLength: fileLength);
            answer.Content.Headers.ContentType = new("video/mp4");
            return answer;
        });

        await using var download = await host.Get<IZoomRecordingDownloader>().OpenAsync(new Uri("https://us06web.zoom.us/rec/download/Qv7kLm2PzN0aB4cD"));
        using var copy = new MemoryStream();
        await download.CopyToAsync(copy);

        Assert.That(copy.Length, Is.EqualTo(fileLength), "Zoom:MaxResponseBodyBytes does not reach recording downloads");
    }

    [Test]
    public void Pipelines_ServiceAndPerUserCarryTheLimit_DownloadsDoNot()
    {
        using var host = OAuthTestHost.Create(OAuthTestHost.ConfigureActions, userActions: true);
        var handlers = host.Get<IHttpMessageHandlerFactory>();

        Assert.That(HandlerTypes(handlers.CreateHandler(ZoomHttpClientNames.Service)), Does.Contain(nameof(ZoomResponseLimitHandler)));
        Assert.That(HandlerTypes(handlers.CreateHandler(ZoomHttpClientNames.Actions)), Does.Contain(nameof(ZoomResponseLimitHandler)));
        Assert.That(HandlerTypes(handlers.CreateHandler(ZoomHttpClientNames.Downloads)), Does.Not.Contain(nameof(ZoomResponseLimitHandler)));
    }

    [TestCase("65535")]
    [TestCase("1073741825")]
    [TestCase("-1")]
    public void Option_OutOfRange_FailsAtStartNamingTheKey(string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Zoom:MaxResponseBodyBytes"] = value }).Build();
        var services = new ServiceCollection();
        services.AddZoomConnector(configuration.GetSection("Zoom"));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<ZoomConnectorOptions>>().Value);

        Assert.That(error!.Message, Does.Contain("Zoom:MaxResponseBodyBytes must be between 65536 (64 KiB) and 1073741824 (1 GiB)"));
    }

    [TestCase("65536", 65536)]
    [TestCase(null, 16 * 1024 * 1024)]
    public void Option_InRangeOrUnset_IsAccepted(string? value, int expected)
    {
        var settings = new Dictionary<string, string?> { ["Zoom:Service:AccessToken"] = "t" };
        if (value is not null)
        {
            settings["Zoom:MaxResponseBodyBytes"] = value;
        }

        var services = new ServiceCollection();
        services.AddZoomConnector(new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection("Zoom"));
        using var provider = services.BuildServiceProvider();

        Assert.That(provider.GetRequiredService<IOptions<ZoomConnectorOptions>>().Value.MaxResponseBodyBytes, Is.EqualTo(expected));
    }

    [Test]
    public async Task ResiliencePipeline_TooLargeAnswer_IsNeverRetried()
    {
        var context = Polly.ResilienceContextPool.Shared.Get();
        var outcome = Polly.Outcome.FromException<HttpResponseMessage>(new ZoomResponseTooLargeException("too large", HttpStatusCode.OK, HttpMethod.Get, "/v2/users", Limit, "Zoom:MaxResponseBodyBytes"));

        var retry = await ZoomResiliencePipeline.ShouldRetryAsync(outcome, context, TimeSpan.FromMinutes(1), TimeProvider.System);

        Assert.That(retry, Is.False);
        Polly.ResilienceContextPool.Shared.Return(context);
    }

    private static List<string> HandlerTypes(HttpMessageHandler handler)
    {
        var types = new List<string>();
        for (HttpMessageHandler? h = handler; h is not null; h = (h as DelegatingHandler)?.InnerHandler)
        {
            types.Add(h.GetType().Name);
        }

        return types;
    }

    /// <summary>A users page of exactly <paramref name="length"/> bytes (a padded first name).</summary>
    private static byte[] UsersPage(int length)
    {
        const string head = "{\"page_size\":300,\"users\":[{\"id\":\"u1\",\"email\":\"jill@example.com\",\"first_name\":\"";
        const string tail = "\"}]}";
        return Encoding.ASCII.GetBytes(head + new string('J', length - head.Length - tail.Length) + tail);
    }

    /// <summary>A body with no length of its own, as a chunked answer has.</summary>
    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
