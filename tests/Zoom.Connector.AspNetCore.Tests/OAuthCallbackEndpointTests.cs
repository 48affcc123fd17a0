using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Zoom.Connector.Authentication;
using Zoom.Connector.Testing;
using Zoom.Connector.Api;
using Zoom.Connector.Clients;

namespace Zoom.Connector.AspNetCore.Tests;

/// <summary>
/// The OAuth callback end to end: the connector's sign-in flow, the Zoom emulator as Zoom's authorize and token
/// endpoints (primary handler of the back channel), and the callback on ASP.NET Core's TestServer.
/// </summary>
[TestFixture]
public sealed class OAuthCallbackEndpointTests
{
    private const string UserKey = "alice@example.com";

    private static Task<TestApp> StartAsync(Action<ZoomOAuthCallbackOptions>? configure = null)
        => TestApp.StartAsync(
            services => services.AddZoomConnector(_ => { }).UseZoomEmulator(o => o.Seed = 11).AddUserActions(),
            app =>
            {
                app.MapZoomSignIn("/zoom/oauth/signin", o => o.IdentityKey = _ => UserKey);
                app.MapZoomOAuthCallback("/zoom/oauth/callback", configure ?? (o => o.SuccessPath = "/settings?zoom=connected"));
            });

    /// <summary>Sends the browser to the emulator's /oauth/authorize and returns where it redirects back to.</summary>
    private static async Task<Uri> AuthorizeAtEmulatorAsync(TestApp app, Uri authorizationUri)
    {
        using var zoom = new HttpClient(app.Get<ZoomEmulator>().CreateHandler());
        using var answer = await zoom.GetAsync(authorizationUri);
        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the emulator issues a code");
        return answer.Headers.Location!;
    }

    /// <summary>Starts the sign-in in the test browser (which keeps the binding cookie) and returns Zoom's authorize URL.</summary>
    private static async Task<Uri> StartSignInAsync(TestApp app)
    {
        using var start = await app.Client.GetAsync("/zoom/oauth/signin");
        Assert.That(start.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the sign-in start redirects to Zoom");
        return start.Headers.Location!;
    }

    private static async Task<(Uri Callback, string Code)> SignInAsync(TestApp app)
    {
        var callback = await AuthorizeAtEmulatorAsync(app, await StartSignInAsync(app));
        var code = System.Web.HttpUtility.ParseQueryString(callback.Query)["code"]!;
        return (callback, code);
    }

    [Test]
    public async Task MapZoomOAuthCallback_CodeFromEmulator_StoresTokensAndRedirectsToSuccessPath()
    {
        await using var app = await StartAsync();
        var (callback, _) = await SignInAsync(app);

        using var response = await app.Client.GetAsync(callback.PathAndQuery);

        Assert.That(callback.AbsolutePath, Is.EqualTo("/zoom/oauth/callback"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.OriginalString, Is.EqualTo("/settings?zoom=connected"));
        Assert.That(response.Headers.CacheControl!.NoStore, Is.True);
        var stored = await app.Get<IZoomTokenStore>().GetAsync(UserKey);
        Assert.That(stored, Is.Not.Null);
        var me = await app.Get<IZoomUserClientFactory>().ForUser(UserKey).Users.GetUserAsync(ZoomUserIds.Me);
        Assert.That(me.Id, Is.EqualTo(app.Get<ZoomEmulator>().AdminUserId));
    }

    [Test]
    public async Task MapZoomOAuthCallback_ReplayedCallback_Answers400WithoutCodeOrToken()
    {
        await using var app = await StartAsync();
        var (callback, code) = await SignInAsync(app);
        using var first = await app.Client.GetAsync(callback.PathAndQuery);

        using var replay = await app.Client.GetAsync(callback.PathAndQuery);
        var text = await replay.Content.ReadAsStringAsync();

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(replay.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(text, Does.Contain("already been used"));
        Assert.That(text, Does.Not.Contain(code));
        var stored = await app.Get<IZoomTokenStore>().GetAsync(UserKey);
        Assert.That(text, Does.Not.Contain(stored!.Entry.AccessToken));
    }

    [Test]
    public async Task MapZoomOAuthCallback_ExpiredState_Answers400AndStoresNothing()
    {
        await using var app = await StartAsync();
        var (callback, code) = await SignInAsync(app);
        app.Time.Advance(TimeSpan.FromMinutes(11));

        using var response = await app.Client.GetAsync(callback.PathAndQuery);
        var text = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(text, Does.Contain("expired"));
        Assert.That(text, Does.Not.Contain(code));
        Assert.That(text, Does.Not.Contain(UserKey));
        Assert.That(await app.Get<IZoomTokenStore>().GetAsync(UserKey), Is.Null);
    }

    [Test]
    public async Task MapZoomOAuthCallback_ForgedState_Answers400AndStoresNothing()
    {
        await using var app = await StartAsync();
        var (_, code) = await SignInAsync(app);

        using var response = await app.Client.GetAsync($"/zoom/oauth/callback?code={code}&state=forged-state-123");
        var text = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(text, Does.Contain("not started by this application"));
        Assert.That(text, Does.Not.Contain(code).And.Not.Contain("forged-state-123"));
        Assert.That(await app.Get<IZoomTokenStore>().GetAsync(UserKey), Is.Null);
    }

    [Test]
    public async Task MapZoomOAuthCallback_CodeRefusedByZoom_Answers400NamingZoomsErrorOnly()
    {
        await using var app = await StartAsync();
        var state = System.Web.HttpUtility.ParseQueryString((await StartSignInAsync(app)).Query)["state"]!;

        using var response = await app.Client.GetAsync($"/zoom/oauth/callback?code=bogus-code-77&state={Uri.EscapeDataString(state)}");
        var text = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(text, Does.Contain("Zoom refused"));
        Assert.That(text, Does.Not.Contain("bogus-code-77").And.Not.Contain(state));
    }

    [Test]
    public async Task MapZoomOAuthCallback_OtherSessionUser_Answers400()
    {
        await using var app = await StartAsync(o => o.ExpectedIdentityKey = _ => "mallory@example.com");
        var (callback, _) = await SignInAsync(app);

        using var response = await app.Client.GetAsync(callback.PathAndQuery);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("another user"));
        Assert.That(await app.Get<IZoomTokenStore>().GetAsync(UserKey), Is.Null);
    }

    [TestCase("/zoom/oauth/callback?error=access_denied&state=s", "access_denied")]
    [TestCase("/zoom/oauth/callback?error=%3Cscript%3E&state=s", "'unknown'")]
    [TestCase("/zoom/oauth/callback?state=only-state", "'code' and 'state'")]
    [TestCase("/zoom/oauth/callback?code=only-code", "'code' and 'state'")]
    public async Task MapZoomOAuthCallback_CancelledOrIncomplete_Answers400(string path, string expected)
    {
        await using var app = await StartAsync();

        using var response = await app.Client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(text, Does.Contain(expected));
        Assert.That(text, Does.Not.Contain("<script>").And.Not.Contain("only-code"));
    }

    [TestCase("https://evil.example.com/")]
    [TestCase("//evil.example.com/")]
    [TestCase("/\\evil.example.com")]
    [TestCase("settings")]
    public void MapZoomOAuthCallback_SuccessPathNotLocal_IsRefusedAtMapping(string successPath)
    {
        var ex = Assert.ThrowsAsync<ArgumentException>(async () =>
        {
            await using var app = await StartAsync(o => o.SuccessPath = successPath);
        })!;

        Assert.That(ex.Message, Does.Contain("SuccessPath"));
    }
}
