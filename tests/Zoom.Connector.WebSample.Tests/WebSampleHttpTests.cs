using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace Zoom.Connector.WebSample.Tests;

/// <summary>What every answer of the app promises, checked over plain HTTP against the app on Kestrel (no browser).</summary>
[TestFixture]
public sealed class WebSampleHttpTests
{
    private WebSampleServer _server = null!;
    private HttpClient _http = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _server = await WebSampleServer.StartAsync();
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _server.Address, Timeout = TimeSpan.FromSeconds(30) };
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _http?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Test]
    public async Task Pages_SendACspWithoutInlineScript_AndTheOtherSecurityHeaders()
    {
        using var response = await _http.GetAsync("/signin");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.That(csp, Does.Contain("script-src 'none'").And.Contain("frame-ancestors 'none'").And.Contain("form-action 'self'"));
        Assert.That(csp, Does.Not.Contain("unsafe-inline"));
        Assert.That(response.Headers.GetValues("X-Frame-Options"), Is.EqualTo(new[] { "DENY" }));
        Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        Assert.That(response.Headers.GetValues("Referrer-Policy"), Is.EqualTo(new[] { "no-referrer" }));
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(html, Does.Not.Contain("<script").And.Not.Contain("style=\""), "no inline script or style for the CSP to allow");
        Assert.That(html, Does.Contain("<label").Or.Contain("<button"));
    }

    [Test]
    public async Task SignInForm_WithoutTheAntiforgeryToken_IsRefused()
    {
        using var content = new FormUrlEncodedContent([]);
        using var response = await _http.PostAsync("/signin", content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("__Host-websample=", StringComparison.Ordinal)), Is.False,
            "no session is started for a forged form");
    }

    [Test]
    public async Task PersonPages_RedirectToSignIn_WhenNobodyIsSignedIn()
    {
        foreach (var path in new[] { "/meetings/new", "/meetings", "/recordings", "/sync", "/meetings/123", "/meetings/123/calendar.ics" })
        {
            using var response = await _http.GetAsync(path);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), path);
            Assert.That(response.Headers.Location!.AbsolutePath, Is.EqualTo("/signin"), path);
        }
    }

    [Test]
    public async Task LibrarySignIn_WithoutASession_StartsNothing()
    {
        using var response = await _http.GetAsync("/zoom/oauth/signin");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task EmulatorSignInPage_RefusesARedirectOtherThanTheRegisteredCallback()
    {
        using var response = await _http.GetAsync("/emulator/oauth/authorize?response_type=code&client_id=x&redirect_uri=https%3A%2F%2Fevil.example%2F&state=s&login_hint="
            + Uri.EscapeDataString(_server.Emulator.Users[0].Email!));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the page explains the refusal instead of redirecting");
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("The emulator refused the sign-in"));
    }

    [Test]
    public async Task Stylesheet_IsServedFromTheAssembly()
    {
        using var response = await _http.GetAsync("/site.css");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/css"));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("@media"));
        _ = _server.Services.GetRequiredService<WebSampleEnvironment>();
    }
}
