using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NUnit.Framework;
using Zoom.Connector.Http;

namespace Zoom.Connector.Testing.Tests;

[TestFixture]
public sealed class FaultsAndLimitsTests
{
    private const string MeetingBody = """{"topic":"Fault test","type":2,"start_time":"2026-12-01T09:00:00","duration":30}""";

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Test]
    public async Task RateBudget_OverThePerSecondLimit_Returns429WithHeaders_AndTheNextSecondIsFine()
    {
        using var host = EmulatorHost.Create(o => o.RequestsPerSecond = 3);
        using var api = host.Raw();
        for (var i = 0; i < 3; i++)
        {
            using var ok = await api.GetAsync("users/me");
            Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var limited = await api.GetAsync("users");
        var mapped = (ZoomRateLimitException)(await ZoomErrorMapper.CreateAsync(limited))!;
        host.Time.Advance(TimeSpan.FromSeconds(1));
        using var later = await api.GetAsync("users/me");

        Assert.That((int)limited.StatusCode, Is.EqualTo(429));
        Assert.That(limited.Headers.GetValues("X-RateLimit-Category").Single(), Is.EqualTo("Medium"));
        Assert.That(limited.Headers.GetValues("X-RateLimit-Type").Single(), Is.EqualTo("QPS"));
        Assert.That(limited.Headers.GetValues("X-RateLimit-Limit").Single(), Is.EqualTo("3"));
        Assert.That(limited.Headers.GetValues("X-RateLimit-Remaining").Single(), Is.EqualTo("0"));
        Assert.That(limited.Headers.GetValues("Retry-After").Single(), Is.EqualTo("1"));
        Assert.That(mapped.LimitType, Is.EqualTo(ZoomRateLimitType.PerSecond));
        Assert.That(later.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task RateBudget_Default_IsOff()
    {
        using var host = EmulatorHost.Create();
        using var api = host.Raw();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 120; i++)
        {
            using var response = await api.GetAsync("users/me");
            statuses.Add(response.StatusCode);
        }

        Assert.That(statuses, Has.All.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ServerError_NextMatchingRequest_Gets503AndNothingIsApplied()
    {
        using var host = EmulatorHost.Create();
        using var api = host.Raw();
        var before = host.Emulator.Meetings.Count;
        host.Emulator.Faults.ServerError(EmulatorFaults.Matching(HttpMethod.Post, "/users/me/meetings"));

        using var failed = await api.PostAsync("users/me/meetings", Json(MeetingBody));
        using var unaffected = await api.GetAsync("users/me");
        using var retried = await api.PostAsync("users/me/meetings", Json(MeetingBody));

        Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(unaffected.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(retried.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(host.Emulator.Meetings, Has.Count.EqualTo(before + 1));
        Assert.That(host.Emulator.Faults.Pending, Is.Zero);
    }

    [Test]
    public void DropBeforeApplying_ThrowsHttpRequestException_AndNothingChanges()
    {
        using var host = EmulatorHost.Create();
        using var api = host.Raw();
        var before = host.Emulator.Meetings.Count;
        host.Emulator.Faults.DropBeforeApplying(EmulatorFaults.Matching(HttpMethod.Post, "/users/me/meetings"));

        Assert.ThrowsAsync<HttpRequestException>(() => api.PostAsync("users/me/meetings", Json(MeetingBody)));
        Assert.That(host.Emulator.Meetings, Has.Count.EqualTo(before));
    }

    [Test]
    public void DropAfterApplying_ThrowsHttpRequestException_ButTheMeetingExists()
    {
        using var host = EmulatorHost.Create();
        var before = host.Emulator.Meetings.Count;
        host.Emulator.Faults.DropAfterApplying(EmulatorFaults.Matching(HttpMethod.Post, "/users/me/meetings"));

        Assert.ThrowsAsync<HttpRequestException>(() => host.Meetings.CreateMeetingAsync("me", new Models.MeetingCreateRequest { Topic = "Ghost", StartTime = new DateTime(2026, 12, 1, 9, 0, 0) }));
        Assert.That(host.Emulator.Meetings, Has.Count.EqualTo(before + 1));
        Assert.That(host.Emulator.Meetings.Select(m => m.Topic), Does.Contain("Ghost"));
        Assert.That(host.Emulator.Requests[^1].Fault, Is.EqualTo(EmulatorFaultKind.DropAfterApplying));
        Assert.That(host.Emulator.Requests[^1].StatusCode, Is.EqualTo(201));
    }

    [Test]
    public async Task Delay_WaitsOnTheEmulatorsClock()
    {
        using var host = EmulatorHost.Create();
        using var api = host.Raw();
        host.Emulator.Faults.Delay(TimeSpan.FromSeconds(30));

        var pending = api.GetAsync("users/me");
        await Task.Yield();
        var doneEarly = pending.IsCompleted;
        host.Time.Advance(TimeSpan.FromSeconds(30));
        using var response = await pending;

        Assert.That(doneEarly, Is.False);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Requests_Log_RecordsMethodPathIdentityAndStatus_WithoutSecrets()
    {
        using var host = EmulatorHost.Create();
        var person = host.Emulator.Users.First(u => u.Id is not null && u.Id != host.Emulator.AdminUserId);
        using var api = host.Raw(host.Emulator.IssueAccessToken(person.Id!));
        host.Emulator.ClearRequests();

        using var me = await api.GetAsync("users/me?login_type=100");
        _ = await host.Users.GetUserAsync("nobody@example.com").ContinueWith(t => t.Exception, TaskScheduler.Default);
        using var oauth = new HttpClient(host.Emulator.CreateHandler());
        using var token = await oauth.PostAsync("https://zoom.us/oauth/token?grant_type=refresh_token&refresh_token=secret-value", null);

        var log = host.Emulator.Requests;
        Assert.That(log, Has.Count.EqualTo(3));
        Assert.That(log[0], Is.EqualTo(new EmulatorRequest("GET", "/v2/users/me?login_type=100", person.Id, 200, null, EmulatorHost.Start)));
        Assert.That(log[1].Identity, Is.EqualTo(host.Emulator.AdminUserId));
        Assert.That(log[1].StatusCode, Is.EqualTo(404));
        Assert.That(log[2].PathAndQuery, Is.EqualTo("/oauth/token?grant_type=refresh_token&refresh_token=***"));
    }

    [Test]
    public async Task ConcurrentCreates_FromManyThreads_AllLandWithDistinctIds()
    {
        using var host = EmulatorHost.Create();
        var before = host.Emulator.Meetings.Count;

        var created = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() =>
            host.Meetings.CreateMeetingAsync("me", new Models.MeetingCreateRequest { Topic = $"Parallel {i}", StartTime = new DateTime(2026, 12, 1, 9, 0, 0) }))));

        Assert.That(created.Select(m => m.Id).Distinct().Count(), Is.EqualTo(40));
        Assert.That(host.Emulator.Meetings, Has.Count.EqualTo(before + 40));
        Assert.That(host.Emulator.MeetingWritesToday(host.Emulator.AdminUserId), Is.EqualTo(40));
    }

    [Test]
    public void UseZoomEmulator_NoServiceIdentity_UsesTheAdminToken()
    {
        using var host = EmulatorHost.Create();
        var options = host.Services.GetRequiredService<IOptions<ZoomConnectorOptions>>().Value;

        Assert.That(options.Service.AccessToken, Is.EqualTo(host.Emulator.AdminAccessToken));
    }

    [Test]
    public void UseZoomEmulator_ServerToServerCredentialsOption_FillsInTheEmulatorsApps()
    {
        using var host = EmulatorHost.Create(o => o.UseServerToServerCredentials = true);
        var options = host.Services.GetRequiredService<IOptions<ZoomConnectorOptions>>().Value;

        Assert.That(options.Service.AccessToken, Is.Null);
        Assert.That(options.Service.AccountId, Is.EqualTo(host.Emulator.ServiceAccountId));
        Assert.That(options.Service.ClientId, Is.EqualTo(host.Emulator.ClientId));
        Assert.That(options.Service.ClientSecret, Is.EqualTo(host.Emulator.ClientSecret));
        Assert.That(options.Actions.ClientId, Is.EqualTo(host.Emulator.OAuthClientId));
        Assert.That(options.Actions.RedirectUri, Is.EqualTo(host.Emulator.OAuthRedirectUri));
    }

    [Test]
    public void UseZoomEmulator_ServerToServerConfigured_LeavesTheIdentityAlone()
    {
        var services = new ServiceCollection();
        services.AddZoomConnector(o =>
        {
            o.Service.AccountId = "acct";
            o.Service.ClientId = "client";
            o.Service.ClientSecret = "secret";
        }).UseZoomEmulator();
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<ZoomConnectorOptions>>().Value;
        Assert.That(options.Service.AccessToken, Is.Null);
        Assert.That(options.Service.AccountId, Is.EqualTo("acct"));
    }
}
