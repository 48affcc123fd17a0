using System.Net;
using NUnit.Framework;

namespace Zoom.Connector.Emulator.Tests;

/// <summary><c>--redirect-uri</c>: the user-managed OAuth app's registered callback, for a web app on another port.</summary>
[TestFixture]
public sealed class RedirectUriOptionTests
{
    private const string Callback = "http://127.0.0.1:5123/zoom/oauth/callback";

    [Test]
    public async Task RedirectUri_IsPrintedAndIsTheOnlyOneTheAuthorizePageAccepts()
    {
        await using var server = await RunningEmulatorServer.StartAsync("--redirect-uri", Callback);
        Assert.That(server.EnvironmentLines, Does.Contain("Zoom__Actions__RedirectUri=" + Callback));

        using var client = server.Client();
        var clientId = Uri.EscapeDataString(server.Emulator.OAuthClientId);
        var user = Uri.EscapeDataString(server.Emulator.AdminUserId);
        using var accepted = await client.GetAsync($"/oauth/authorize?response_type=code&client_id={clientId}&redirect_uri={Uri.EscapeDataString(Callback)}&state=s1&login_hint={user}");
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        Assert.That(accepted.Headers.Location!.GetLeftPart(UriPartial.Path), Is.EqualTo(Callback));

        // The default callback (port 5000) is no longer registered: Zoom matches the redirect URI exactly.
        using var refused = await client.GetAsync($"/oauth/authorize?response_type=code&client_id={clientId}&redirect_uri={Uri.EscapeDataString("http://localhost:5000/zoom/oauth/callback")}&state=s1&login_hint={user}");
        Assert.That(refused.StatusCode, Is.Not.EqualTo(HttpStatusCode.Found));
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("redirect_uri"));
    }

    [Test]
    public void RedirectUri_KeepsWhatWasTyped()
    {
        var settings = EmulatorServerSettings.Parse(["--redirect-uri", "http://localhost:5080/zoom/oauth/callback"]);

        Assert.That(settings.RedirectUri?.OriginalString, Is.EqualTo("http://localhost:5080/zoom/oauth/callback"));
        Assert.That(EmulatorServerSettings.Parse([]).RedirectUri, Is.Null, "without the option the emulator's default stays");
    }

    [TestCase("zoom/oauth/callback")]
    [TestCase("ftp://localhost/zoom/oauth/callback")]
    [TestCase("http://localhost:5000/zoom/oauth/callback#top")]
    public void RedirectUri_NotAnHttpUrl_NamesTheOption(string value)
    {
        Assert.That(() => EmulatorServerSettings.Parse(["--redirect-uri", value]), Throws.ArgumentException.With.Message.Contains("--redirect-uri"));
    }

    [Test]
    public void Usage_DescribesRedirectUri()
    {
        Assert.That(EmulatorServerSettings.Usage, Does.Contain("--redirect-uri URL"));
    }
}
