using System.Net;
using System.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using Zoom.Connector.Authentication;
using Zoom.Connector.Testing;
using Zoom.Connector.Tests.Authentication;

namespace Zoom.Connector.Tests.Security;

/// <summary>
/// Sign-out ends the grant at Zoom, not only the local copy: the refresh token is revoked (it outlives an expired
/// access token), and a revoke that failed for a reason that may pass keeps the tokens so the host can retry.
/// </summary>
public sealed class SignOutTests
{
    [Test]
    public async Task SignOut_AccessTokenExpired_RevokesTheRefreshToken()
    {
        using var host = OAuthTestHost.WithUserActions();
        await host.SeedAsync("alice", "access-expired", "refresh-live", TimeSpan.FromMinutes(-5));

        await host.Flow.SignOutAsync("alice");

        Assert.That(host.OAuth.Revokes.Select(r => r.Form["token"]), Is.EqualTo(new[] { "refresh-live" }));
        Assert.That(await host.Store.GetAsync("alice"), Is.Null);
    }

    [TestCase(HttpStatusCode.ServiceUnavailable)]
    [TestCase(HttpStatusCode.InternalServerError)]
    [TestCase((HttpStatusCode)429)]
    public async Task SignOut_RevokeFailsTransiently_KeepsTokensAndSaysRetry(HttpStatusCode status)
    {
        using var host = OAuthTestHost.WithUserActions();
        await host.SeedAsync("alice", "access-1x", "refresh-1x", TimeSpan.FromMinutes(30));
        host.OAuth.RevokeFailWith = (status, "OAuth/error-unavailable.json");

        var error = Assert.ThrowsAsync<ZoomSignOutIncompleteException>(() => host.Flow.SignOutAsync("alice"));

        Assert.That(error!.IdentityKey, Is.EqualTo("alice"));
        Assert.That(error.Message, Does.Contain("alice").And.Contain(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .And.Not.Contain("refresh-1x").And.Not.Contain("access-1x"));
        Assert.That((await host.Store.GetAsync("alice"))!.Entry.RefreshToken, Is.EqualTo("refresh-1x"), "the tokens stay for a retry");
    }

    [Test]
    public async Task SignOut_ZoomSaysInvalidToken_CountsAsRevokedAndDeletes()
    {
        using var host = OAuthTestHost.WithUserActions();
        await host.SeedAsync("alice", "access-1x", "refresh-1x", TimeSpan.FromMinutes(-1));
        host.OAuth.RevokeFailWith = (HttpStatusCode.BadRequest, "OAuth/error-invalid-request-token.json");

        await host.Flow.SignOutAsync("alice");

        Assert.That(await host.Store.GetAsync("alice"), Is.Null);
        Assert.That(host.OAuth.Revokes.Select(r => r.Form["token"]), Is.EqualTo(new[] { "refresh-1x" }), "an expired access token is not tried");
    }

    [Test]
    public async Task SignOut_AgainstEmulator_AccessTokenExpired_RefreshGrantIsDeadAtZoom()
    {
        await using var zoom = await EmulatorSignInAsync("alice");
        var refreshToken = (await zoom.Store.GetAsync("alice"))!.Entry.RefreshToken!;
        zoom.Time.Advance(TimeSpan.FromHours(2));             // the access token has expired; the refresh grant has not

        await zoom.Flow.SignOutAsync("alice");

        Assert.That(await zoom.RefreshAsync(refreshToken), Does.Contain("invalid_grant"), "the grant must be dead at Zoom, not only deleted here");
        Assert.That(await zoom.Store.GetAsync("alice"), Is.Null);
    }

    [Test]
    public async Task SignOut_AgainstEmulator_ConnectionDrops_KeepsTokensThenRetryEndsTheGrant()
    {
        await using var zoom = await EmulatorSignInAsync("alice");
        var refreshToken = (await zoom.Store.GetAsync("alice"))!.Entry.RefreshToken!;
        zoom.Emulator.Faults.DropBeforeApplying(EmulatorFaults.Matching(HttpMethod.Post, "/oauth/revoke"));

        var error = Assert.ThrowsAsync<ZoomSignOutIncompleteException>(() => zoom.Flow.SignOutAsync("alice"));
        Assert.That(error!.InnerException, Is.InstanceOf<HttpRequestException>());
        Assert.That((await zoom.Store.GetAsync("alice"))!.Entry.RefreshToken, Is.EqualTo(refreshToken), "kept, so the grant can still be revoked");

        await zoom.Flow.SignOutAsync("alice");

        Assert.That(await zoom.Store.GetAsync("alice"), Is.Null);
        Assert.That(await zoom.RefreshAsync(refreshToken), Does.Contain("invalid_grant"));
    }

    private static async Task<EmulatorZoom> EmulatorSignInAsync(string userKey)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddZoomConnector(_ => { }).UseZoomEmulator();
        var zoom = new EmulatorZoom(services.BuildServiceProvider(validateScopes: true), time);
        var request = zoom.Flow.CreateAuthorizationRequest(userKey);
        using var redirect = await zoom.Http.GetAsync(request.AuthorizationUri);
        var query = HttpUtility.ParseQueryString(redirect.Headers.Location!.Query);
        await zoom.Flow.CompleteAuthorizationAsync(query["state"]!, query["code"]!);
        return zoom;
    }

    /// <summary>The connector on the emulator, a fake clock, and a raw client for Zoom's OAuth endpoints.</summary>
    private sealed class EmulatorZoom(ServiceProvider provider, FakeTimeProvider time) : IAsyncDisposable
    {
        public FakeTimeProvider Time { get; } = time;

        public ZoomEmulator Emulator { get; } = provider.GetRequiredService<ZoomEmulator>();

        public IZoomAuthorizationFlow Flow { get; } = provider.GetRequiredService<IZoomAuthorizationFlow>();

        public IZoomTokenStore Store { get; } = provider.GetRequiredService<IZoomTokenStore>();

        public HttpClient Http { get; } = new(provider.GetRequiredService<ZoomEmulator>().CreateHandler()) { BaseAddress = new Uri("https://zoom.us/") };

        /// <summary>Tries the refresh grant directly at the emulator; returns the answer's body.</summary>
        public async Task<string> RefreshAsync(string refreshToken)
        {
            using var refresh = new HttpRequestMessage(HttpMethod.Post, "oauth/token")
            {
                Content = new FormUrlEncodedContent([new("grant_type", "refresh_token"), new("refresh_token", refreshToken)]),
            };
            refresh.Headers.Authorization = new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Emulator.OAuthClientId + ":" + Emulator.OAuthClientSecret)));
            using var answer = await Http.SendAsync(refresh);
            return await answer.Content.ReadAsStringAsync();
        }

        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            await provider.DisposeAsync();
        }
    }
}
