using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Zoom.Connector.Api;
using Zoom.Connector.Authentication;
using Zoom.Connector.Clients;
using Zoom.Connector.Http;
using Zoom.Connector.Tests.Authentication;

namespace Zoom.Connector.Tests.Clients;

public sealed class UserActionsTests
{
    [Test]
    public async Task ForUser_SignedIn_CallsUsersMeWithThatPersonsToken_ServiceKeepsItsOwn()
    {
        using var host = OAuthTestHost.WithUserActions();
        var seen = host.AnswerUsersMe(_ => true);
        var request = host.Flow.CreateAuthorizationRequest("alice@example.com");
        await host.Flow.CompleteAuthorizationAsync(request.State, "code-1");

        var me = await host.Users.ForUser("alice@example.com").Users.GetUserAsync(ZoomUserIds.Me);
        await host.Get<IZoomUsersApi>().GetUserAsync("me");

        Assert.That(me.Email, Is.EqualTo("jchill@example.com"));
        Assert.That(seen, Is.EqualTo(new[] { "access-1", OAuthTestHost.FixedServiceToken }));
    }

    [Test]
    public async Task ForUser_TwoConcurrentRefreshesOfRotatingToken_OneRefreshBothGetNewToken()
    {
        using var host = OAuthTestHost.WithUserActions();
        await host.SeedAsync("alice", "access-old", "refresh-old", TimeSpan.FromSeconds(30));
        var seen = host.AnswerUsersMe(bearer => bearer == "access-1");
        var refreshStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.OAuth.BeforeAnswer = _ =>
        {
            refreshStarted.TrySetResult();
            return release.Task;
        };
        var alice = host.Users.ForUser("alice");

        var first = alice.Users.GetUserAsync("me");
        await refreshStarted.Task.WaitAsync(TimeSpan.FromSeconds(30)); // bounded: a refresh that never starts fails here
        var second = alice.Users.GetUserAsync("me");
        release.SetResult();
        await Task.WhenAll(first, second);

        Assert.That(host.OAuth.Count("refresh_token"), Is.EqualTo(1));
        Assert.That(seen, Is.EqualTo(new[] { "access-1", "access-1" }), "both callers sent the new token");
        var stored = await host.Store.GetAsync("alice");
        Assert.That(stored!.Entry.RefreshToken, Is.EqualTo("refresh-1"), "the rotated refresh token is stored");
        Assert.That(stored.Entry.AccessToken, Is.EqualTo("access-1"));
    }

    [Test]
    public async Task ForUser_ManyConcurrentCallersWithExpiredToken_OneRefresh()
    {
        using var host = OAuthTestHost.WithUserActions();
        await host.SeedAsync("alice", "access-old", "refresh-old", TimeSpan.Zero);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.OAuth.BeforeAnswer = _ => release.Task;
        var tokens = host.Get<ZoomUserTokenProviders>();

        var callers = Enumerable.Range(0, 100).Select(_ => tokens.ForUser("alice").GetAccessTokenAsync(forceRefresh: false).AsTask()).ToArray();
        Assert.That(callers.Count(c => c.IsCompleted), Is.Zero);
        release.SetResult();
        var results = await Task.WhenAll(callers);

        Assert.That(host.OAuth.Count("refresh_token"), Is.EqualTo(1));
        Assert.That(results.Select(r => r.Value).Distinct(), Is.EqualTo(new[] { "access-1" }));
    }

    [Test]
    public async Task ForUser_RefreshedToken_IsStoredBeforeTheApiCallUsesIt()
    {
        using var host = OAuthTestHost.WithUserActions();
        await host.SeedAsync("alice", "access-old", "refresh-old", TimeSpan.Zero);
        string? storedWhenApiCalled = null;
        host.Mock.When(HttpMethod.Get, OAuthTestHost.ApiBase + "users/me").Respond(async _ =>
        {
            storedWhenApiCalled = (await host.Store.GetAsync("alice"))?.Entry.RefreshToken;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Infrastructure.Fixtures.Read("user.json")) };
        });

        await host.Users.ForUser("alice").Users.GetUserAsync("me");

        Assert.That(storedWhenApiCalled, Is.EqualTo("refresh-1"));
    }

    [Test]
    public async Task ForUser_NewSignInWhileRefreshing_NewerEntryWinsTheCompareAndSwap()
    {
        using var host = OAuthTestHost.WithUserActions();
        await host.SeedAsync("alice", "access-old", "refresh-old", TimeSpan.Zero);
        var seen = host.AnswerUsersMe(_ => true);
        host.OAuth.BeforeAnswer = async _ =>
        {
            // Another instance (or a new sign-in) writes newer tokens while this refresh is on the wire.
            var current = await host.Store.GetAsync("alice");
            var newer = new ZoomTokenEntry { AccessToken = "access-signin", RefreshToken = "refresh-signin", ExpiresAt = host.Time.GetUtcNow().AddHours(1) };
            Assert.That(await host.Store.TrySetAsync("alice", newer, current!.Version), Is.Not.Null);
        };

        await host.Users.ForUser("alice").Users.GetUserAsync("me");

        Assert.That(seen, Is.EqualTo(new[] { "access-signin" }));
        var stored = await host.Store.GetAsync("alice");
        Assert.That(stored!.Entry.RefreshToken, Is.EqualTo("refresh-signin"), "the refresher did not overwrite the newer entry");
    }

    [Test]
    public async Task ForUser_Api401_RefreshesRotatingTokenOnceAndResendsOnce()
    {
        using var host = OAuthTestHost.WithUserActions();
        await host.SeedAsync("alice", "access-revoked", "refresh-0", TimeSpan.FromMinutes(30));
        var seen = host.AnswerUsersMe(bearer => bearer != "access-revoked");

        await host.Users.ForUser("alice").Users.GetUserAsync("me");

        Assert.That(seen, Is.EqualTo(new[] { "access-revoked", "access-1" }));
        var refresh = host.OAuth.Requests.Single();
        Assert.That(refresh.Path, Is.EqualTo("/oauth/token"));
        Assert.That(refresh.Authorization, Is.EqualTo(TokenRequest.Basic(OAuthTestHost.UserClientId, OAuthTestHost.UserClientSecret)));
        Assert.That(refresh.ContentType, Is.EqualTo("application/x-www-form-urlencoded"));
        Assert.That(refresh.Form, Is.EquivalentTo(new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = "refresh-0" }));
        Assert.That((await host.Store.GetAsync("alice"))!.Entry.RefreshToken, Is.EqualTo("refresh-1"));
    }

    [TestCase("OAuth/error-invalid-grant.json", "invalid_grant")]
    [TestCase("OAuth/error-invalid-request-token.json", "invalid_request")]
    public async Task ForUser_RefreshRefused_ClearsKeyAndThrowsReauthorizationRequired(string fixture, string error)
    {
        using var host = OAuthTestHost.WithUserActions();
        await host.SeedAsync("bob", "access-old", "refresh-spent", TimeSpan.Zero);
        await host.SeedAsync("carol", "access-carol", "refresh-carol", TimeSpan.FromHours(1));
        host.OAuth.FailWith = (HttpStatusCode.BadRequest, fixture);

        var ex = Assert.ThrowsAsync<ZoomReauthorizationRequiredException>(() => host.Users.ForUser("bob").Meetings.ListMeetingsAsync("me"));

        Assert.That(ex!.IdentityKey, Is.EqualTo("bob"));
        Assert.That(ex.Message, Does.Contain("'bob'").And.Contain("Sign in again").And.Not.Contain("refresh-spent"));
        Assert.That(ex.InnerException, Is.InstanceOf<ZoomOAuthException>().With.Property(nameof(ZoomOAuthException.Error)).EqualTo(error));
        Assert.That(ex, Is.InstanceOf<ZoomAuthenticationException>());
        Assert.That(await host.Store.GetAsync("bob"), Is.Null, "the key is cleared");
        Assert.That(await host.Store.GetAsync("carol"), Is.Not.Null, "other identities are untouched");
    }

    [Test]
    public async Task ForUser_SpentRefreshTokenAgainstRotatingServer_ThrowsReauthorizationRequired()
    {
        using var host = OAuthTestHost.WithUserActions();
        var entry = new ZoomTokenEntry { AccessToken = "a", RefreshToken = "never-issued", ExpiresAt = host.Time.GetUtcNow() };
        await host.Store.TrySetAsync("dave", entry, 0);

        var ex = Assert.ThrowsAsync<ZoomReauthorizationRequiredException>(() => host.Users.ForUser("dave").Users.GetUserAsync("me"));

        Assert.That(ex!.IdentityKey, Is.EqualTo("dave"));
        Assert.That(await host.Store.GetAsync("dave"), Is.Null);
    }

    [Test]
    public void ForUser_NotSignedIn_ThrowsReauthorizationRequiredAndSendsNothing()
    {
        using var host = OAuthTestHost.WithUserActions();

        var ex = Assert.ThrowsAsync<ZoomReauthorizationRequiredException>(() => host.Users.ForUser("erin").Users.GetUserAsync("me"));

        Assert.That(ex!.IdentityKey, Is.EqualTo("erin"));
        Assert.That(host.OAuth.Requests, Is.Empty);
    }

    [Test]
    public void ForUser_ServiceKey_IsRefused()
    {
        using var host = OAuthTestHost.WithUserActions();

        Assert.That(() => host.Users.ForUser(ZoomTokenKeys.Service), Throws.ArgumentException.With.Message.Contain("service identity"));
    }

    [Test]
    public void ActionsClient_NoUserKey_FailsWithoutSending()
    {
        using var host = OAuthTestHost.WithUserActions();
        var http = host.Get<IHttpClientFactory>().CreateClient(ZoomHttpClientNames.Actions);

        Assert.That(() => http.GetAsync(new Uri(OAuthTestHost.ApiBase + "users/me")), Throws.InstanceOf<ZoomAuthenticationException>().With.Message.Contain("no user key"));
    }

    [Test]
    public void AddUserActions_MissingActionsSettings_FailsAtStartNamingKeys()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Zoom:Service:AccessToken"] = "t",
            ["Zoom:Actions:ClientSecret"] = "super-secret-value",
            ["Zoom:Actions:RedirectUri"] = "http://app.example.com/callback",
        }).Build();
        var services = new ServiceCollection();
        services.AddZoomConnector(configuration.GetSection("Zoom")).AddUserActions();
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<ZoomConnectorOptions>>().Value);

        Assert.That(ex!.Message, Does.Contain("Zoom:Actions:ClientId is required"));
        Assert.That(ex.Message, Does.Contain("Zoom:Actions:RedirectUri must use https"));
        Assert.That(ex.Message, Does.Not.Contain("super-secret-value"));
    }

    [Test]
    public void AddZoomConnector_WithoutUserActions_ActionsSettingsNotRequired()
    {
        var services = new ServiceCollection();
        services.AddZoomConnector(o => o.Service.AccessToken = "t");
        using var provider = services.BuildServiceProvider();

        Assert.That(provider.GetRequiredService<IOptions<ZoomConnectorOptions>>().Value.Actions.ClientId, Is.Null);
        Assert.That(provider.GetService<IZoomUserClientFactory>(), Is.Null);
    }

    [Test]
    public async Task ConfigureHttpClient_PerUserClient_HandlerRuns()
    {
        using var host = OAuthTestHost.Create(OAuthTestHost.ConfigureActions, userActions: true,
            connector: builder => builder.ConfigureHttpClient(http => http.AddHttpMessageHandler(() => new AuditHandler())));
        string? audit = null;
        host.Mock.When(HttpMethod.Get, OAuthTestHost.ApiBase + "users/me").Respond(request =>
        {
            audit = request.Headers.TryGetValues("X-Audit", out var values) ? values.Single() : null;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Infrastructure.Fixtures.Read("user.json")) };
        });
        await host.SeedAsync("alice", "access-a", "refresh-a", TimeSpan.FromHours(1));

        await host.Users.ForUser("alice").Users.GetUserAsync("me");

        Assert.That(audit, Is.EqualTo("seen"));
    }

    private sealed class AuditHandler : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add("X-Audit", "seen");
            return base.SendAsync(request, cancellationToken);
        }
    }
}
