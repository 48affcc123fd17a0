using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Zoom.Connector.Authentication;
using Zoom.Connector.Testing;

namespace Zoom.Connector.AspNetCore.Tests;

/// <summary>
/// A sign-in is bound to the browser that started it: MapZoomSignIn sets a __Host- cookie with a hash of the state,
/// and MapZoomOAuthCallback refuses a state this browser did not start, so a link started by one person cannot store
/// another person's Zoom tokens under the first one's key.
/// </summary>
[TestFixture]
public sealed class SignInBindingTests
{
    private const string UserHeader = "X-Test-User";

    private static Task<TestApp> StartAsync(Action<ZoomOAuthCallbackOptions>? callback = null)
        => TestApp.StartAsync(
            services => services.AddZoomConnector(_ => { }).UseZoomEmulator(o => o.Seed = 11).AddUserActions(),
            app =>
            {
                app.MapZoomSignIn("/zoom/oauth/signin", o => o.IdentityKey = SessionUser);
                app.MapZoomOAuthCallback("/zoom/oauth/callback", callback ?? (_ => { }));
            });

    /// <summary>The "session" of these tests: who the browser says it is.</summary>
    private static string? SessionUser(HttpContext context)
        => context.Request.Headers.TryGetValue(UserHeader, out var user) ? user.ToString() : null;

    private static HttpClient Browser(TestApp app, string? user)
    {
        var client = new HttpClient(new CookieJarHandler(app.App.GetTestServer().CreateHandler())) { BaseAddress = new Uri("https://localhost/") };
        if (user is not null)
        {
            client.DefaultRequestHeaders.Add(UserHeader, user);
        }

        return client;
    }

    private static async Task<Uri> StartSignInAsync(HttpClient browser)
    {
        using var start = await browser.GetAsync("/zoom/oauth/signin");
        Assert.That(start.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        return start.Headers.Location!;
    }

    /// <summary>The person approves at Zoom (the emulator), which redirects back with code and state.</summary>
    private static async Task<string> ApproveAtZoomAsync(TestApp app, Uri authorize)
    {
        using var zoom = new HttpClient(app.Get<ZoomEmulator>().CreateHandler());
        using var answer = await zoom.GetAsync(authorize);
        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        return answer.Headers.Location!.PathAndQuery;
    }

    [Test]
    public async Task MapZoomSignIn_SignedInSession_SetsHostCookieWithStateHashAndRedirectsToZoom()
    {
        await using var app = await StartAsync();
        using var browser = Browser(app, "alice@example.com");

        using var start = await browser.GetAsync("/zoom/oauth/signin");

        Assert.That(start.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var authorize = start.Headers.Location!;
        Assert.That(authorize.AbsoluteUri, Does.StartWith(app.Get<Microsoft.Extensions.Options.IOptions<Zoom.Connector.Http.ZoomConnectorOptions>>().Value.AuthorizeUrl));
        var state = System.Web.HttpUtility.ParseQueryString(authorize.Query)["state"]!;
        var cookie = start.Headers.GetValues("Set-Cookie").Single();
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(state))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Assert.That(cookie, Does.StartWith($"{ZoomSignInBinding.CookieName}={hash};"));
        Assert.That(cookie.ToLowerInvariant(), Does.Contain("secure").And.Contain("httponly").And.Contain("samesite=lax").And.Contain("path=/"));
        Assert.That(cookie.ToLowerInvariant(), Does.Not.Contain("domain="));
        Assert.That(cookie, Does.Not.Contain(state));
        Assert.That(start.Headers.CacheControl!.NoStore, Is.True);
    }

    [Test]
    public async Task MapZoomSignIn_NoSessionIdentity_Answers401AndStartsNothing()
    {
        await using var app = await StartAsync();
        using var browser = Browser(app, user: null);

        using var start = await browser.GetAsync("/zoom/oauth/signin");

        Assert.That(start.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(start.Headers.Contains("Set-Cookie"), Is.False);
    }

    [Test]
    public void MapZoomSignIn_WithoutIdentityKey_IsRefusedAtMapping()
    {
        var ex = Assert.ThrowsAsync<ArgumentException>(async () =>
        {
            await using var app = await TestApp.StartAsync(
                services => services.AddZoomConnector(_ => { }).UseZoomEmulator().AddUserActions(),
                app => app.MapZoomSignIn());
        })!;

        Assert.That(ex.Message, Does.Contain("IdentityKey"));
    }

    [Test]
    public async Task MapZoomOAuthCallback_SameBrowser_CompletesSignIn()
    {
        await using var app = await StartAsync();
        using var alice = Browser(app, "alice@example.com");
        var callback = await ApproveAtZoomAsync(app, await StartSignInAsync(alice));

        using var response = await alice.GetAsync(callback);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await app.Get<IZoomTokenStore>().GetAsync("alice@example.com"), Is.Not.Null);
    }

    [Test]
    public async Task MapZoomOAuthCallback_LinkStartedByAttackerCompletedByVictim_Answers400AndStoresNothing()
    {
        await using var app = await StartAsync();
        using var mallory = Browser(app, "mallory@example.com");
        using var victim = Browser(app, user: null);
        // Mallory starts a sign-in for her own key and sends the authorize link to the victim, who approves it at Zoom.
        var link = await StartSignInAsync(mallory);
        await StartSignInAsync(Browser(app, "victim@example.com")); // other sign-ins in flight change nothing
        var callback = await ApproveAtZoomAsync(app, link);

        using var response = await victim.GetAsync(callback);
        var text = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(text, Does.Contain("not started by this application in this browser"));
        Assert.That(await app.Get<IZoomTokenStore>().GetAsync("mallory@example.com"), Is.Null);
    }

    [Test]
    public async Task MapZoomOAuthCallback_VictimHasOwnSignInCookie_StillRefusesAttackersState()
    {
        await using var app = await StartAsync();
        using var mallory = Browser(app, "mallory@example.com");
        using var victim = Browser(app, "victim@example.com");
        var link = await StartSignInAsync(mallory);
        await StartSignInAsync(victim);
        var callback = await ApproveAtZoomAsync(app, link);

        using var response = await victim.GetAsync(callback);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await app.Get<IZoomTokenStore>().GetAsync("mallory@example.com"), Is.Null);
    }

    [Test]
    public async Task MapZoomOAuthCallback_ConfiguredIdentityCheckYieldsNull_Answers400AndStoresNothing()
    {
        // Binding off, so only the identity check stands between an anonymous browser and the attacker's state.
        await using var app = await StartAsync(o =>
        {
            o.RequireBrowserBinding = false;
            o.ExpectedIdentityKey = SessionUser;
        });
        using var mallory = Browser(app, "mallory@example.com");
        using var anonymous = Browser(app, user: null);
        var callback = await ApproveAtZoomAsync(app, await StartSignInAsync(mallory));

        using var response = await anonymous.GetAsync(callback);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("signed-in user who started it"));
        Assert.That(await app.Get<IZoomTokenStore>().GetAsync("mallory@example.com"), Is.Null);
    }

    [Test]
    public async Task MapZoomOAuthCallback_ConfiguredIdentityCheckYieldsNullWithBinding_Answers400()
    {
        await using var app = await StartAsync(o => o.ExpectedIdentityKey = _ => null);
        using var alice = Browser(app, "alice@example.com");
        var callback = await ApproveAtZoomAsync(app, await StartSignInAsync(alice));

        using var response = await alice.GetAsync(callback);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await app.Get<IZoomTokenStore>().GetAsync("alice@example.com"), Is.Null);
    }

    [Test]
    public async Task CompleteAuthorizationAsync_BlankExpectedIdentity_IsRefusedAsMismatch()
    {
        await using var app = await StartAsync();
        var flow = app.Get<IZoomAuthorizationFlow>();
        var request = flow.CreateAuthorizationRequest("alice@example.com");

        var ex = Assert.ThrowsAsync<ZoomAuthorizationStateException>(() => flow.CompleteAuthorizationAsync(request.State, "code-1", " "))!;

        Assert.That(ex.Problem, Is.EqualTo(ZoomAuthorizationStateProblem.IdentityMismatch));
    }
}
