using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NUnit.Framework;
using Zoom.Connector.Authentication;
using Zoom.Connector.Models;
using Zoom.Connector.WebSample.Hosting;

namespace Zoom.Connector.WebSample.Tests;

/// <summary>
/// The web sample against the standalone emulator (docs/websample.md, "On the standalone emulator"): the server runs
/// on its own loopback port, the web sample is configured with nothing but the lines the server prints, and Chromium
/// signs in on the server's real <c>/oauth/authorize</c> page.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class StandaloneEmulatorBrowserTests : BrowserFixture
{
    private readonly RecordingTokenStore _tokens = new();
    private RunningEmulatorServer? _emulator;
    private IBrowserContext? _context;

    private RunningEmulatorServer Emulator => _emulator!;

    /// <summary>
    /// Starts the server with <c>--redirect-uri</c> naming the web sample's address, then the web sample at that address
    /// with the printed settings, as docs/websample.md tells a user to. The port is chosen first (free a moment ago);
    /// should another process take it in between, both start again on another.
    /// </summary>
    protected override async Task<WebSampleServer> StartServerAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            var webSample = $"http://127.0.0.1:{RunningEmulatorServer.FreeLoopbackPort().ToString(CultureInfo.InvariantCulture)}";
            _emulator = await RunningEmulatorServer.StartAsync("--users", "12", "--redirect-uri", webSample + "/zoom/oauth/callback");
            var settings = _emulator.Settings;
            try
            {
                return await WebSampleServer.StartAsync(builder =>
                {
                    builder.Configuration.AddInMemoryCollection(settings);
                    builder.Services.AddSingleton<IZoomTokenStore>(_tokens);
                }, webSample);
            }
            catch (IOException) when (attempt < 3)
            {
                await _emulator.DisposeAsync();
                _emulator = null;
            }
        }
    }

    protected override async ValueTask StopDependenciesAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    [TearDown]
    public async Task CloseContextAsync()
    {
        if (_context is not null)
        {
            await _context.CloseAsync().WaitAsync(TimeSpan.FromSeconds(30));
            _context = null;
        }
    }

    [Test]
    public void WebSample_IsConfiguredWithThePrintedSettings_AndTheCallbackIsItsOwnAddress()
    {
        var environment = Server.Services.GetRequiredService<WebSampleEnvironment>();
        Assert.That(environment.UsesEmulator, Is.False, "the printed Zoom__Service__* lines turn the in-process emulator off");
        Assert.That(environment.AuthorizeUrl, Is.EqualTo(new Uri(Emulator.Address, "/oauth/authorize")));
        Assert.That(environment.ZoomDescription, Is.EqualTo($"127.0.0.1:{Emulator.Address.Port.ToString(CultureInfo.InvariantCulture)} (standalone emulator)"));
        Assert.That(Emulator.EnvironmentLines, Does.Contain($"Zoom__Actions__RedirectUri={Server.Address}zoom/oauth/callback"));
    }

    [Test]
    public async Task SignInOnTheServersPage_CreateOneTimeMeeting_IsAtTheServerWithThatHost_AndSignOutEndsTheGrant()
    {
        _context = await Browser.NewContextAsync(Chromium, Server.Address);
        var page = await _context.NewPageAsync();
        var person = Emulator.Emulator.Users.First(u => u.Status == UserStatus.Active && u.Id is not null && u.Id != Emulator.Emulator.AdminUserId);

        // Sign in: the app sends the browser to the server's own authorize page, which names the app's callback.
        await page.GotoAsync("/meetings/new");
        Assert.That(new Uri(page.Url).AbsolutePath, Is.EqualTo("/signin"));
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Sign in with Zoom" }).ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(new Uri(Emulator.Address, "/oauth/authorize").AbsoluteUri + "?", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to the Zoom emulator" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync($"{Server.Address}zoom/oauth/callback");
        await page.GetByRole(AriaRole.Button, new() { Name = person.Email!, Exact = false }).First.ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(Server.Address.AbsoluteUri, StringComparison.Ordinal) && new Uri(url).AbsolutePath == "/meetings/new");
        await Assertions.Expect(page.GetByText("Signed in as")).ToContainTextAsync(person.Email!);

        // A one-time meeting with a passcode.
        var topic = "Standalone check-in " + Guid.NewGuid().ToString("N")[..6];
        var date = DateTime.UtcNow.Date.AddDays(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.GetByLabel("Topic").FillAsync(topic);
        await page.GetByLabel("Date", new() { Exact = true }).FillAsync(date);
        await page.GetByLabel("Time", new() { Exact = true }).FillAsync("10:30");
        await Assertions.Expect(page.GetByRole(AriaRole.Contentinfo)).ToHaveTextAsync($"Connected to Zoom at {Emulator.Address.Authority} (standalone emulator).");
        await page.GetByLabel("Time zone").FillAsync("europe/berlin");
        await page.GetByLabel("Duration (minutes)").FillAsync("30");
        await page.GetByLabel("How often").SelectOptionAsync("once");
        await page.GetByLabel("Passcode (optional)").FillAsync("Emu_42");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create meeting" }).ClickAsync();

        await page.WaitForURLAsync(new Regex(@"/meetings/\d+/created$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Meeting scheduled", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("dl.details")).ToContainTextAsync(topic);
        await Assertions.Expect(page.Locator("dl.details")).ToContainTextAsync("Europe/Berlin");
        var meetingId = long.Parse(Regex.Match(page.Url, @"/meetings/(\d+)/created").Groups[1].Value, CultureInfo.InvariantCulture);

        await page.GetByRole(AriaRole.Link, new() { Name = "View the invitation" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/meetings/{meetingId}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = topic, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#passcode")).ToHaveTextAsync("Emu_42");
        await Assertions.Expect(page.Locator("dl.details").First).ToContainTextAsync(MeetingText.MeetingId(meetingId));

        // The meeting is at the server, hosted by the person who signed in: asked over its REST API with the printed
        // Server-to-Server app.
        using var http = Emulator.Client();
        var meeting = await GetJsonAsync(http, $"/v2/meetings/{meetingId}", await ServiceTokenAsync(http));
        Assert.That((string?)meeting["host_id"], Is.EqualTo(person.Id));
        Assert.That((string?)meeting["topic"], Is.EqualTo(topic));
        Assert.That((int?)meeting["type"], Is.EqualTo((int)MeetingType.Scheduled));
        Assert.That((string?)meeting["timezone"], Is.EqualTo("Europe/Berlin"));

        // The person's grant is live before signing out.
        var personTokens = _tokens.LastWritten.Where(p => !ZoomTokenKeys.IsReserved(p.Key)).Select(p => p.Value).Single();
        using (var me = await SendAsync(http, HttpMethod.Get, "/v2/users/me", new AuthenticationHeaderValue("Bearer", personTokens.AccessToken)))
        {
            Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((string?)JsonNode.Parse(await me.Content.ReadAsStringAsync())!["id"], Is.EqualTo(person.Id));
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/signin\\?signedOut=true"));
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("You are signed out");

        // The server's request log has the revocation, and the grant's tokens no longer work there.
        var log = (await GetJsonAsync(http, "/__emulator/requests", bearer: null))["requests"]!.AsArray();
        Assert.That(log.Any(r => (string?)r!["method"] == "POST" && (string?)r["path"] == "/oauth/revoke" && (int?)r["status"] == 200), Is.True,
            "sign-out revoked the grant at the server");
        using (var me = await SendAsync(http, HttpMethod.Get, "/v2/users/me", new AuthenticationHeaderValue("Bearer", personTokens.AccessToken)))
        {
            Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the access token ended with the grant");
        }

        var settings = Emulator.Settings;
        using (var refresh = await SendAsync(http, HttpMethod.Post, "/oauth/token", Basic(settings["Zoom:Actions:ClientId"]!, settings["Zoom:Actions:ClientSecret"]!),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = personTokens.RefreshToken! })))
        {
            Assert.That(refresh.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "the refresh token ended with the grant");
            Assert.That(await refresh.Content.ReadAsStringAsync(), Does.Contain("invalid_grant"));
        }

        await page.GotoAsync("/meetings/new");
        Assert.That(new Uri(page.Url).AbsolutePath, Is.EqualTo("/signin"), "the app's session ended too");
    }

    /// <summary>A Server-to-Server token from the server, with the printed <c>Zoom__Service__*</c> app.</summary>
    private async Task<string> ServiceTokenAsync(HttpClient http)
    {
        var settings = Emulator.Settings;
        using var response = await SendAsync(http, HttpMethod.Post, "/oauth/token", Basic(settings["Zoom:Service:ClientId"]!, settings["Zoom:Service:ClientSecret"]!),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "account_credentials", ["account_id"] = settings["Zoom:Service:AccountId"]! }));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the printed Server-to-Server app gets a token");
        return (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["access_token"]!;
    }

    private static async Task<JsonNode> GetJsonAsync(HttpClient http, string path, string? bearer)
    {
        using var response = await SendAsync(http, HttpMethod.Get, path, bearer is null ? null : new AuthenticationHeaderValue("Bearer", bearer));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"GET {path}");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, AuthenticationHeaderValue? authorization, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = authorization;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await http.SendAsync(request, timeout.Token);
    }

    private static AuthenticationHeaderValue Basic(string clientId, string clientSecret)
        => new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}")));
}
