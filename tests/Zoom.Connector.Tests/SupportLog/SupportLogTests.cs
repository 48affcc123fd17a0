using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Zoom.Connector.Api;
using Zoom.Connector.Http;
using Zoom.Connector.Models;
using Zoom.Connector.SupportLog;
using Zoom.Connector.Tests.Authentication;
using Zoom.Connector.Tests.Infrastructure;

namespace Zoom.Connector.Tests.SupportLog;

public sealed class SupportLogTests
{
    private const long MeetingId = 97763643886;
    private const string MeetingPath = "/v2/meetings/97763643886";

    private static HttpResponseMessage Json(HttpStatusCode status, string json)
        => new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    /// <summary>A Server-to-Server host with the support log, retries and the pipeline on the host's fake clock.</summary>
    private static OAuthTestHost CreateHost(Action<ZoomSupportLogOptions>? configure = null)
        => OAuthTestHost.Create(
            o =>
            {
                o.Service.AccountId = OAuthTestHost.AccountId;
                o.Service.ClientId = OAuthTestHost.ServiceClientId;
                o.Service.ClientSecret = OAuthTestHost.ServiceClientSecret;
            },
            userActions: false,
            connector: builder =>
            {
                builder.Services.AddKeyedSingleton<TimeProvider>(ZoomPipelineClock.Key, static (sp, _) => sp.GetRequiredService<TimeProvider>());
                builder.AddResilience(o =>
                    {
                        o.MaxRetryAttempts = 3;
                        o.RetryBaseDelay = TimeSpan.Zero;
                    })
                    .AddRateLimiting(o => o.PermitsPerWindow = 1_000_000)
                    .AddSupportLog(configure);
            });

    private static async Task<List<ZoomSupportLogEntry>> ReadAllAsync(IZoomSupportLogStore store, ZoomSupportLogQuery? query = null)
    {
        var entries = new List<ZoomSupportLogEntry>();
        await foreach (var entry in store.QueryAsync(query ?? new ZoomSupportLogQuery()))
        {
            entries.Add(entry);
        }

        return entries;
    }

    /// <summary>Moves the fake clock until <paramref name="call"/> completes (Retry-After waits run on it).</summary>
    private static async Task<T> DriveAsync<T>(FakeTimeProvider time, Task<T> call)
    {
        // Past the pipeline's two-minute total timeout (on this clock) any call is over.
        await FakeClock.AdvanceUntilAsync(time, call, TimeSpan.FromMilliseconds(250), TimeSpan.FromMinutes(3));
        return await call;
    }

    private static void AnswerMeetingWith429Then503Then401ThenOk(OAuthTestHost host)
    {
        var calls = 0;
        host.Mock.When(HttpMethod.Get, OAuthTestHost.ApiBase + "meetings/" + MeetingId).Respond(request =>
        {
            switch (Interlocked.Increment(ref calls))
            {
                case 1:
                    var limited = Json((HttpStatusCode)429, """{"code":429,"message":"You have reached the maximum per-second rate limit for this API. Try again later."}""");
                    limited.Headers.TryAddWithoutValidation("X-RateLimit-Category", "Light");
                    limited.Headers.TryAddWithoutValidation("X-RateLimit-Type", "QPS");
                    limited.Headers.TryAddWithoutValidation("X-RateLimit-Limit", "30");
                    limited.Headers.TryAddWithoutValidation("X-RateLimit-Remaining", "0");
                    limited.Headers.TryAddWithoutValidation("Retry-After", "2");
                    limited.Headers.TryAddWithoutValidation("x-zm-trackingid", "v=2.0;clid=us06;rid=WEB_429");
                    return limited;
                case 2:
                    return Json(HttpStatusCode.ServiceUnavailable, """{"code":503,"message":"Service is temporarily unavailable."}""");
                case 3:
                    return Json(HttpStatusCode.Unauthorized, """{"code":124,"message":"Invalid access token."}""");
                default:
                    Assert.That(request.Headers.Authorization?.Parameter, Is.EqualTo("s2s-access-2"), "the resend carries the refreshed token");
                    var ok = Json(HttpStatusCode.OK, $$"""{"id":{{MeetingId}},"topic":"Design review","type":2,"start_url":"https://zoom.us/s/{{MeetingId}}?zak=eyJzdGFydA","password":"Pa55-w0rd"}""");
                    ok.Headers.TryAddWithoutValidation("X-RateLimit-Category", "Light");
                    ok.Headers.TryAddWithoutValidation("X-RateLimit-Remaining", "29");
                    return ok;
            }
        });
    }

    [Test]
    public async Task Run_429Then503Then401_RecordsEveryAttemptAndTokenRequestInOrder()
    {
        using var host = CreateHost();
        AnswerMeetingWith429Then503Then401ThenOk(host);
        var start = host.Time.GetUtcNow();

        var meeting = await DriveAsync(host.Time, host.Get<IZoomMeetingsApi>().GetMeetingAsync(MeetingId));

        Assert.That(meeting.Id, Is.EqualTo(MeetingId));
        var log = await ReadAllAsync(host.Get<IZoomSupportLogStore>());
        Assert.That(log.Select(e => (e.Kind, e.Operation, e.Attempt, e.Status)), Is.EqualTo(new[]
        {
            ("token", "token:account_credentials", 1, (int?)200),
            ("api", "meeting", 1, (int?)429),
            ("api", "meeting", 2, (int?)503),
            ("api", "meeting", 3, (int?)401),
            ("token", "token:account_credentials", 1, (int?)200),
            ("api", "meeting", 4, (int?)200),
        }));

        var limited = log[1];
        Assert.Multiple(() =>
        {
            Assert.That(log.Select(e => e.IdentityKind), Is.All.EqualTo("service"));
            Assert.That(log.Select(e => e.IdentityKey), Is.All.EqualTo("service"));
            Assert.That(log.Where(e => e.Kind == "api").Select(e => e.Path), Is.All.EqualTo(MeetingPath));
            Assert.That(log.Where(e => e.Kind == "token").Select(e => e.Path), Is.All.EqualTo("/oauth/token"));
            Assert.That(log.Select(e => e.Method), Is.EqualTo(new[] { "POST", "GET", "GET", "GET", "POST", "GET" }));
            Assert.That(limited.ZoomCode, Is.EqualTo(429));
            Assert.That(limited.ZoomMessage, Does.Contain("per-second rate limit"));
            Assert.That(limited.RateLimitCategory, Is.EqualTo("Light"));
            Assert.That(limited.RateLimitType, Is.EqualTo("PerSecond"));
            Assert.That(limited.RateLimitLimit, Is.EqualTo(30));
            Assert.That(limited.RateLimitRemaining, Is.EqualTo(0));
            Assert.That(limited.RetryAfterSeconds, Is.EqualTo(2));
            Assert.That(limited.ZoomTrackingId, Is.EqualTo("v=2.0;clid=us06;rid=WEB_429"));
            Assert.That(limited.RetryWaitMs, Is.Zero, "the first attempt waited for no retry");
            Assert.That(log[2].RetryWaitMs, Is.EqualTo(2000), "the retry after the 429 waited Zoom's Retry-After");
            Assert.That(log[2].Timestamp - limited.Timestamp, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(2)));
            Assert.That(log[2].ZoomCode, Is.EqualTo(503));
            Assert.That(log[3].ZoomCode, Is.EqualTo(124));
            Assert.That(log[5].RetryWaitMs, Is.Zero, "the resend after a 401 is no retry");
            Assert.That(log[5].RateLimitRemaining, Is.EqualTo(29));
            Assert.That(log.Select(e => e.Timestamp), Is.Ordered.And.All.GreaterThanOrEqualTo(start));
        });
    }

    [Test]
    public async Task Run_WithTokensSecretsAndStartUrl_NoFieldCarriesThem()
    {
        using var host = CreateHost();
        AnswerMeetingWith429Then503Then401ThenOk(host);
        host.Mock.When(HttpMethod.Post, OAuthTestHost.ApiBase + "users/me/meetings").Respond(_ => Json(HttpStatusCode.Created,
            $$"""{"id":{{MeetingId}},"topic":"Design review","type":2,"start_url":"https://zoom.us/s/{{MeetingId}}?zak=eyJzdGFydA","password":"Pa55-w0rd","h323_password":"123456"}"""));
        host.Mock.When(HttpMethod.Delete, OAuthTestHost.ApiBase + "meetings/" + MeetingId + "*").Respond(_ => Json(HttpStatusCode.BadRequest,
            """{"code":3000,"message":"Cannot delete this occurrence."}"""));

        await DriveAsync(host.Time, host.Get<IZoomMeetingsApi>().GetMeetingAsync(MeetingId));
        await host.Get<IZoomMeetingsApi>().CreateMeetingAsync("me", new MeetingCreateRequest { Topic = "Design review", Password = "Pa55-w0rd" });
        Assert.ThrowsAsync<ZoomApiException>(() => host.Get<IZoomMeetingsApi>().DeleteMeetingAsync(MeetingId, occurrenceId: "1648194360000", scheduleForReminder: true));

        var log = await ReadAllAsync(host.Get<IZoomSupportLogStore>());
        using var export = new MemoryStream();
        var written = await ZoomSupportLogExport.WriteJsonLinesAsync(host.Get<IZoomSupportLogStore>().QueryAsync(new ZoomSupportLogQuery()), export);
        var text = Encoding.UTF8.GetString(export.ToArray());

        Assert.That(written, Is.EqualTo(log.Count));
        Assert.That(text.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(log.Count));
        Assert.That(log.Select(e => e.Operation), Does.Contain("meetingCreate").And.Contain("meetingDelete"));
        Assert.That(log.Single(e => e.Operation == "meetingDelete").Path, Is.EqualTo(MeetingPath), "no query string");
        foreach (var secret in new[]
        {
            "s2s-access-1", "s2s-access-2", OAuthTestHost.ServiceClientSecret, "Pa55-w0rd", "123456", "zak=", "start_url", "zoom.us/s/",
            "occurrence_id", "1648194360000", "Bearer", "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(OAuthTestHost.ServiceClientId + ":")),
            OAuthTestHost.AccountId,
        })
        {
            Assert.That(text, Does.Not.Contain(secret), $"the exported log carries '{secret}'");
        }
    }

    [Test]
    public async Task Query_ByOperationStatusIdentityAndTime_ReturnsOnlyMatches()
    {
        using var host = CreateHost();
        AnswerMeetingWith429Then503Then401ThenOk(host);
        await DriveAsync(host.Time, host.Get<IZoomMeetingsApi>().GetMeetingAsync(MeetingId));
        var store = host.Get<IZoomSupportLogStore>();
        var all = await ReadAllAsync(store);

        Assert.That(await ReadAllAsync(store, new() { Status = 503 }), Has.Count.EqualTo(1));
        Assert.That(await ReadAllAsync(store, new() { Operation = "token:account_credentials" }), Has.Count.EqualTo(2));
        Assert.That(await ReadAllAsync(store, new() { IdentityKey = "service", Operation = "meeting" }), Has.Count.EqualTo(4));
        Assert.That(await ReadAllAsync(store, new() { IdentityKey = ZoomSupportLogIdentity.KeyOf("someone-else") }), Is.Empty);
        Assert.That(await ReadAllAsync(store, new() { From = all[2].Timestamp }), Is.EqualTo(all.Skip(2)));
        Assert.That(await ReadAllAsync(store, new() { To = all[2].Timestamp }), Is.EqualTo(all.Take(2)));
    }

    [Test]
    public async Task Disabled_ByOption_RecordsNothing()
    {
        using var host = CreateHost(o => o.Enabled = false);
        AnswerMeetingWith429Then503Then401ThenOk(host);

        await DriveAsync(host.Time, host.Get<IZoomMeetingsApi>().GetMeetingAsync(MeetingId));

        Assert.That(await ReadAllAsync(host.Get<IZoomSupportLogStore>()), Is.Empty);
    }

    [Test]
    public async Task InMemory_OlderThanRetention_IsGone()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
        var store = new ZoomInMemorySupportLogStore(100, TimeSpan.FromHours(24), time);
        await store.AppendAsync(new ZoomSupportLogEntry { Timestamp = time.GetUtcNow(), Operation = "old" });
        time.Advance(TimeSpan.FromHours(23));
        await store.AppendAsync(new ZoomSupportLogEntry { Timestamp = time.GetUtcNow(), Operation = "young" });

        time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));

        Assert.That((await ReadAllAsync(store)).Select(e => e.Operation), Is.EqualTo(new[] { "young" }));
        Assert.That(store.Count, Is.EqualTo(1), "the expired record is dropped, not only hidden");
    }

    [Test]
    public async Task InMemory_SmallMaxEntries_KeepsOnlyTheNewest()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
        var store = new ZoomInMemorySupportLogStore(5, TimeSpan.FromHours(24), time);

        for (var i = 0; i < 1000; i++)
        {
            await store.AppendAsync(new ZoomSupportLogEntry { Timestamp = time.GetUtcNow(), Attempt = i });
            time.Advance(TimeSpan.FromMilliseconds(1));
        }

        Assert.That(store.Count, Is.EqualTo(5));
        Assert.That((await ReadAllAsync(store)).Select(e => e.Attempt), Is.EqualTo(new[] { 995, 996, 997, 998, 999 }));
    }

    [Test]
    public async Task AddSupportLog_MaxEntriesOption_BoundsTheRegisteredStore()
    {
        using var host = CreateHost(o => o.MaxEntries = 3);
        AnswerMeetingWith429Then503Then401ThenOk(host);

        await DriveAsync(host.Time, host.Get<IZoomMeetingsApi>().GetMeetingAsync(MeetingId));

        var log = await ReadAllAsync(host.Get<IZoomSupportLogStore>());
        Assert.That(log.Select(e => (e.Operation, e.Attempt)), Is.EqualTo(new[] { ("meeting", 3), ("token:account_credentials", 1), ("meeting", 4) }));
    }

    [Test]
    public void Options_InvalidValues_NameTheKeys()
    {
        var result = new ZoomSupportLogOptionsValidator().Validate(null, new ZoomSupportLogOptions
        {
            Retention = TimeSpan.Zero,
            MaxEntries = 0,
            Store = ZoomSupportLogStoreKind.File,
            IdentityHashKey = "short",
        });

        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.Contain("Zoom:SupportLog:Retention")
            .And.Contain("Zoom:SupportLog:MaxEntries")
            .And.Contain("Zoom:SupportLog:Directory")
            .And.Contain("Zoom:SupportLog:IdentityHashKey"));
    }

    [Test]
    public void AddSupportLog_FileStoreWithoutDirectory_FailsAtStartNamingTheKey()
    {
        using var host = CreateHost(o => o.Store = ZoomSupportLogStoreKind.File);

        var ex = Assert.Throws<OptionsValidationException>(() => _ = host.Get<IOptions<ZoomSupportLogOptions>>().Value);
        Assert.That(ex!.Message, Does.Contain("Zoom:SupportLog:Directory"));
    }

    [Test]
    public async Task UserCall_WithExpiredToken_RecordsRefreshAndCallUnderThePseudonymOnly()
    {
        using var host = OAuthTestHost.Create(OAuthTestHost.ConfigureActions, userActions: true, connector: builder => builder.AddSupportLog());
        await host.SeedAsync("alice@example.com", "access-old", "refresh-old", TimeSpan.Zero);
        host.Mock.When(HttpMethod.Get, OAuthTestHost.ApiBase + "users/me").Respond(_ =>
            new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Infrastructure.Fixtures.Read("user.json"), Encoding.UTF8, "application/json") });

        await host.Users.ForUser("alice@example.com").Users.GetUserAsync(ZoomUserIds.Me);

        var log = await ReadAllAsync(host.Get<IZoomSupportLogStore>());
        var alice = ZoomSupportLogIdentity.KeyOf("alice@example.com");
        Assert.That(log.Select(e => (e.Operation, e.IdentityKind, e.IdentityKey, e.Status)), Is.EqualTo(new[]
        {
            ("token:refresh_token", "user", alice, (int?)200),
            ("user", "user", alice, (int?)200),
        }));
        var text = string.Join("\n", log.Select(e => e.ToString()));
        Assert.That(text, Does.Not.Contain("alice").And.Not.Contain("refresh-old").And.Not.Contain("refresh-1").And.Not.Contain("access-1")
            .And.Not.Contain(OAuthTestHost.UserClientSecret));
        Assert.That(await ReadAllAsync(host.Get<IZoomSupportLogStore>(), new() { IdentityKey = alice }), Has.Count.EqualTo(2));
    }

    [Test]
    public void IdentityKey_OfAUserKey_IsStablePseudonymAndNotTheKey()
    {
        var key = ZoomSupportLogIdentity.KeyOf("jane@example.com");

        Assert.That(key, Is.EqualTo(ZoomSupportLogIdentity.KeyOf("jane@example.com")));
        Assert.That(key, Does.StartWith("u-").And.Not.Contain("jane"));
        Assert.That(key, Is.Not.EqualTo(ZoomSupportLogIdentity.KeyOf("john@example.com")));
        Assert.That(key, Is.Not.EqualTo(ZoomSupportLogIdentity.KeyOf("jane@example.com", "a-host-secret-of-16+")));
        Assert.That(ZoomSupportLogIdentity.KeyOf("service"), Is.EqualTo("service"));
    }
}
