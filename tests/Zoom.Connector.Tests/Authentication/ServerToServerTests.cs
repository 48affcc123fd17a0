using System.Net;
using NUnit.Framework;
using Zoom.Connector.Api;
using Zoom.Connector.Authentication;
using Zoom.Connector.Http;

namespace Zoom.Connector.Tests.Authentication;

public sealed class ServerToServerTests
{
    [Test]
    public async Task ServiceApi_FirstCall_SendsAccountCredentialsGrantWithBasicHeader()
    {
        using var host = OAuthTestHost.ServerToServer();
        var seen = host.AnswerUsersMe(_ => true);

        var user = await host.Get<IZoomUsersApi>().GetUserAsync("me");

        Assert.That(user.Email, Is.EqualTo("jchill@example.com"));
        var request = host.OAuth.Requests.Single();
        Assert.That(request.Path, Is.EqualTo("/oauth/token"));
        Assert.That(request.Authorization, Is.EqualTo(TokenRequest.Basic(OAuthTestHost.ServiceClientId, OAuthTestHost.ServiceClientSecret)));
        Assert.That(request.ContentType, Is.EqualTo("application/x-www-form-urlencoded"));
        Assert.That(request.Form, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["grant_type"] = "account_credentials",
            ["account_id"] = OAuthTestHost.AccountId,
        }));
        Assert.That(seen, Is.EqualTo(new[] { "s2s-access-1" }));
    }

    [Test]
    public async Task GetAccessToken_UntilExpiryBuffer_UsesCacheThenRequestsNewToken()
    {
        using var host = OAuthTestHost.ServerToServer();
        var tokens = host.ServiceTokens;

        var first = await tokens.GetAccessTokenAsync(forceRefresh: false);
        Assert.That(first.ExpiresAt, Is.EqualTo(host.Time.GetUtcNow().AddSeconds(3600)));

        // 60 s buffer: still cached 1 s before the buffer starts.
        host.Time.Advance(TimeSpan.FromSeconds(3600 - 60 - 1));
        var cached = await tokens.GetAccessTokenAsync(forceRefresh: false);
        Assert.That(cached.Value, Is.EqualTo("s2s-access-1"));
        Assert.That(host.OAuth.Count("account_credentials"), Is.EqualTo(1));

        host.Time.Advance(TimeSpan.FromSeconds(2));
        var renewed = await tokens.GetAccessTokenAsync(forceRefresh: false);
        Assert.That(renewed.Value, Is.EqualTo("s2s-access-2"));
        Assert.That(host.OAuth.Count("account_credentials"), Is.EqualTo(2));
    }

    [Test]
    public async Task GetAccessToken_1000ConcurrentCallersWithExpiredToken_OneTokenRequest()
    {
        using var host = OAuthTestHost.ServerToServer();
        var tokens = host.ServiceTokens;
        await tokens.GetAccessTokenAsync(forceRefresh: false);
        host.Time.Advance(TimeSpan.FromHours(2));
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.OAuth.BeforeAnswer = _ => release.Task;

        // The token answer is held back, so all 1,000 callers wait at the same time.
        var callers = Enumerable.Range(0, 1000).Select(_ => tokens.GetAccessTokenAsync(forceRefresh: false).AsTask()).ToArray();
        Assert.That(callers.Count(c => c.IsCompleted), Is.Zero);
        release.SetResult();
        var results = await Task.WhenAll(callers);

        Assert.That(host.OAuth.Count("account_credentials"), Is.EqualTo(2), "one initial request and one renewal for all 1,000 callers");
        Assert.That(results.Select(t => t.Value).Distinct(), Is.EqualTo(new[] { "s2s-access-2" }));
    }

    [Test]
    public async Task GetAccessToken_1000CallersOnThreadPoolWithExpiredToken_OneTokenRequest()
    {
        using var host = OAuthTestHost.ServerToServer();
        var tokens = host.ServiceTokens;
        await tokens.GetAccessTokenAsync(forceRefresh: false);
        host.Time.Advance(TimeSpan.FromHours(2));

        var results = await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => Task.Run(async () => await tokens.GetAccessTokenAsync(forceRefresh: false))));

        Assert.That(host.OAuth.Count("account_credentials"), Is.EqualTo(2));
        Assert.That(results.Select(t => t.Value).Distinct(), Is.EqualTo(new[] { "s2s-access-2" }));
    }

    [Test]
    public async Task ServiceApi_401_RefreshesOnceAndResendsOnce()
    {
        using var host = OAuthTestHost.ServerToServer();
        var seen = host.AnswerUsersMe(bearer => bearer != "s2s-access-1");

        var user = await host.Get<IZoomUsersApi>().GetUserAsync("me");

        Assert.That(user.Email, Is.EqualTo("jchill@example.com"));
        Assert.That(seen, Is.EqualTo(new[] { "s2s-access-1", "s2s-access-2" }));
        Assert.That(host.OAuth.Count("account_credentials"), Is.EqualTo(2));
    }

    [Test]
    public void ServiceApi_Second401_SurfacesAsZoomApiException()
    {
        using var host = OAuthTestHost.ServerToServer();
        var seen = host.AnswerUsersMe(_ => false);

        var ex = Assert.ThrowsAsync<ZoomApiException>(() => host.Get<IZoomUsersApi>().GetUserAsync("me"));

        Assert.That(ex!.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(ex.ZoomCode, Is.EqualTo(124));
        Assert.That(seen, Has.Count.EqualTo(2), "one send and exactly one resend");
        Assert.That(host.OAuth.Count("account_credentials"), Is.EqualTo(2));
    }

    [Test]
    public async Task ServiceApi_Concurrent401sWithSameToken_RenewOnce()
    {
        using var host = OAuthTestHost.ServerToServer();
        var seen = host.AnswerUsersMe(bearer => bearer != "s2s-access-1");
        var users = host.Get<IZoomUsersApi>();
        await host.ServiceTokens.GetAccessTokenAsync(forceRefresh: false);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => users.GetUserAsync("me"))));

        Assert.That(host.OAuth.Count("account_credentials"), Is.EqualTo(2), "the refused token is renewed once, not once per request");
        Assert.That(seen.Count(b => b == "s2s-access-2"), Is.EqualTo(20));
    }

    [Test]
    public void ServiceApi_TokenEndpointRefusesClient_ThrowsOAuthExceptionWithoutSecret()
    {
        using var host = OAuthTestHost.ServerToServer();
        host.OAuth.FailWith = (HttpStatusCode.BadRequest, "OAuth/error-invalid-client.json");

        var ex = Assert.ThrowsAsync<ZoomOAuthException>(() => host.Get<IZoomUsersApi>().GetUserAsync("me"));

        Assert.That(ex!.Error, Is.EqualTo("invalid_client"));
        Assert.That(ex.GrantType, Is.EqualTo("account_credentials"));
        Assert.That(ex.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(ex.Message, Does.Contain("invalid_client").And.Not.Contain(OAuthTestHost.ServiceClientSecret));
        Assert.That(ex, Is.InstanceOf<ZoomAuthenticationException>());
    }
}
