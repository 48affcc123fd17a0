using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NUnit.Framework;
using Zoom.Connector.Api;
using Zoom.Connector.Models;
using Zoom.Connector.SupportLog;
using Zoom.Connector.Testing;

namespace Zoom.Connector.AspNetCore.Tests;

/// <summary>
/// <c>MapZoomSupportLog</c> on TestServer: only callers the policy admits read it; filters, limit, JSON lines and the
/// HTML table; hostile values encoded; no token, secret, start URL or passcode in what it shows after real calls.
/// </summary>
[TestFixture]
public sealed class SupportLogEndpointTests
{
    private const string Path = "/zoom/support-log";

    [Test]
    public async Task MapZoomSupportLog_AnonymousCaller_Gets401AndNoRecords()
    {
        await using var app = await StartAsync();
        await AppendAsync(app, Entry(app, TimeSpan.FromMinutes(5)));

        using var response = await app.Client.GetAsync(Path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("meetingCreate"));
    }

    [Test]
    public async Task MapZoomSupportLog_SignedInWithoutThePolicysRole_Gets403()
    {
        await using var app = await StartAsync();
        await AppendAsync(app, Entry(app, TimeSpan.FromMinutes(5)));

        using var response = await app.Client.SendAsync(Get(Path, roles: "sales"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("meetingCreate"));
    }

    [Test]
    public void MapZoomSupportLog_PolicyNotDefined_RefusesToMapNamingIt()
    {
        var error = Assert.ThrowsAsync<InvalidOperationException>(() => TestApp.StartAsync(
            services => services.AddZoomConnector(o => o.Service.AccessToken = "unused").AddSupportLog(),
            app => app.MapZoomSupportLog(configure: o => o.PolicyName = "SupportStaff")));
        Assert.That(error!.Message, Does.Contain("'SupportStaff'").And.Contain("AddPolicy").And.Contain("AllowAnonymous"));
    }

    [Test]
    public void MapZoomSupportLog_WithoutAddSupportLog_RefusesToMap()
    {
        var error = Assert.ThrowsAsync<InvalidOperationException>(() => TestApp.StartAsync(
            services => services.AddZoomConnector(o => o.Service.AccessToken = "unused"),
            app => app.MapZoomSupportLog(configure: o => o.AllowAnonymous = true)));
        Assert.That(error!.Message, Does.Contain("AddSupportLog()"));
    }

    [Test]
    public async Task MapZoomSupportLog_AllowAnonymousOptIn_AnswersWithoutSignIn()
    {
        await using var app = await TestApp.StartAsync(
            services => services.AddZoomConnector(o => o.Service.AccessToken = "unused").AddSupportLog(),
            web => web.MapZoomSupportLog(configure: o => o.AllowAnonymous = true));
        await AppendAsync(app, Entry(app, TimeSpan.FromMinutes(5)));

        using var response = await app.Client.GetAsync(Path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("meetingCreate"));
    }

    [Test]
    public async Task MapZoomSupportLog_Filters_ReturnOnlyMatchingRecordsAsJsonLines()
    {
        await using var app = await StartAsync();
        await AppendAsync(app,
            Entry(app, TimeSpan.FromHours(3), operation: "users", status: 200),
            Entry(app, TimeSpan.FromMinutes(50), operation: "meetingCreate", status: 429, identity: "u-aaaa"),
            Entry(app, TimeSpan.FromMinutes(40), operation: "meetingCreate", status: 201, identity: "u-aaaa"),
            Entry(app, TimeSpan.FromMinutes(30), operation: "meetingCreate", status: 201, identity: "u-bbbb"),
            Entry(app, TimeSpan.FromMinutes(20), operation: "token:refresh_token", status: 200, identity: "u-aaaa"),
            Entry(app, TimeSpan.FromMinutes(10), operation: "meeting", status: 404, identity: "service"));

        var all = await GetLinesAsync(app, Path);
        var lastHour = await GetLinesAsync(app, Path + "?since=1h");
        var window = await GetLinesAsync(app, Path + "?since=45m&until=15m");
        var person = await GetLinesAsync(app, Path + "?identity=u-aaaa&operation=meetingcreate");
        var limited = await GetLinesAsync(app, Path + "?status=201");
        var absolute = await GetLinesAsync(app, Path + "?since=" + Uri.EscapeDataString(app.Time.GetUtcNow().AddMinutes(-25).ToString("O")));

        Assert.Multiple(() =>
        {
            Assert.That(all.Select(e => e.Operation), Is.EqualTo(new[] { "users", "meetingCreate", "meetingCreate", "meetingCreate", "token:refresh_token", "meeting" }), "oldest first");
            Assert.That(lastHour, Has.Count.EqualTo(5));
            Assert.That(window.Select(e => e.Operation), Is.EqualTo(new[] { "meetingCreate", "meetingCreate", "token:refresh_token" }));
            Assert.That(person.Select(e => e.Status), Is.EqualTo(new int?[] { 429, 201 }));
            Assert.That(limited.Select(e => e.IdentityKey), Is.EqualTo(new[] { "u-aaaa", "u-bbbb" }));
            Assert.That(absolute.Select(e => e.Operation), Is.EqualTo(new[] { "token:refresh_token", "meeting" }));
        });
    }

    [Test]
    public async Task MapZoomSupportLog_MoreMatchesThanTheLimit_AnswersTheNewestAndSaysSo()
    {
        await using var app = await StartAsync(o => o.MaxLimit = 5);
        for (var i = 20; i >= 1; i--)
        {
            await AppendAsync(app, Entry(app, TimeSpan.FromMinutes(i), operation: "op" + i));
        }

        using var response = await app.Client.SendAsync(Get(Path + "?limit=3"));
        var lines = await LinesAsync(response);
        using var tooMany = await app.Client.SendAsync(Get(Path + "?limit=6"));
        var refusal = await tooMany.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/x-ndjson"));
            Assert.That(lines.Select(e => e.Operation), Is.EqualTo(new[] { "op3", "op2", "op1" }));
            Assert.That(response.Headers.GetValues("X-Zoom-Support-Log-Matched").Single(), Is.EqualTo("20"));
            Assert.That(response.Headers.GetValues("X-Zoom-Support-Log-Truncated").Single(), Is.EqualTo("true"));
            Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
            Assert.That(tooMany.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(refusal, Does.Contain("limit must be a whole number from 1 to 5"));
        });
    }

    [TestCase("since=yesterday", "since must be")]
    [TestCase("until=99999999d", "until must be")]
    [TestCase("since=10m&until=1h", "since must be before until")]
    [TestCase("status=abc", "status must be an HTTP status code")]
    [TestCase("status=99", "status must be an HTTP status code")]
    [TestCase("limit=0", "limit must be")]
    [TestCase("format=xml", "format must be json or html")]
    public async Task MapZoomSupportLog_BadParameter_Answers400NamingIt(string query, string expected)
    {
        await using var app = await StartAsync();

        using var response = await app.Client.SendAsync(Get(Path + "?" + query));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(expected));
    }

    [Test]
    public async Task MapZoomSupportLog_Html_EncodesHostileValues()
    {
        const string Script = "<script>alert('x')</script>";
        const string Image = "\"><img src=x onerror=alert(1)>";
        await using var app = await StartAsync();
        await AppendAsync(app, Entry(app, TimeSpan.FromMinutes(5)) with
        {
            Path = "/v2/users/" + Script + "/meetings",
            Operation = "op&" + Image,
            ZoomMessage = Script + Image,
            ZoomTrackingId = Image,
        });

        using var byAccept = Get(Path);
        byAccept.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var response = await app.Client.SendAsync(byAccept);
        var html = await response.Content.ReadAsStringAsync();
        using var byQuery = await app.Client.SendAsync(Get(Path + "?format=html&operation=" + Uri.EscapeDataString("op&" + Image)));
        var filtered = await byQuery.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.StartWith("default-src 'none'"));
            Assert.That(html, Does.Contain("<table>").And.Contain("<th scope=\"col\">Operation</th>").And.Contain("<caption>"));
            Assert.That(html, Does.Contain(HtmlEncoder.Default.Encode(Script)).And.Contain(HtmlEncoder.Default.Encode(Image)));
            Assert.That(html, Does.Not.Contain("<script").And.Not.Contain("<img").And.Not.Contain("op&\""));
            Assert.That(byQuery.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            Assert.That(filtered, Does.Contain("1 record(s)").And.Not.Contain("<img").And.Not.Contain("<script"), "the echoed filter is encoded too");
        });
    }

    [Test]
    public async Task MapZoomSupportLog_AfterRealCalls_ShowsTokenRequestAndCallsButNoSecret()
    {
        var captured = new CapturedSecrets();
        await using var app = await StartAsync(configureConnector: services => services.AddZoomConnector(_ => { })
            .UseZoomEmulator(o => o.UseServerToServerCredentials = true)
            .ConfigureHttpClient(client => client.AddHttpMessageHandler(() => new CaptureHandler(captured)))
            .AddSupportLog());
        var emulator = app.Get<ZoomEmulator>();
        var meetings = app.Get<IZoomMeetingsApi>();
        var created = await meetings.CreateMeetingAsync("me", new MeetingCreateRequest
        {
            Topic = "Support check",
            Type = MeetingType.Scheduled,
            StartTime = app.Time.GetUtcNow().UtcDateTime.AddDays(1),
            Duration = 30,
            Password = "Pa55w0rd9",
        });
        await meetings.GetMeetingAsync(created.Id);
        Assert.That(created.StartUrl, Is.Not.Null.And.Not.Empty, "Zoom's answer carried a start URL");
        Assert.That(captured.Tokens, Is.Not.Empty, "the calls carried a bearer token");

        var json = await GetTextAsync(app, Path, html: false);
        var html = await GetTextAsync(app, Path + "?format=html", html: true);

        Assert.Multiple(() =>
        {
            Assert.That(json, Does.Contain("\"operation\":\"token:account_credentials\"").And.Contain("\"operation\":\"meetingCreate\"").And.Contain("\"operation\":\"meeting\""));
            Assert.That(html, Does.Contain("token:account_credentials").And.Contain("meetingCreate"));
            foreach (var secret in captured.Tokens.Concat([emulator.ClientSecret, emulator.OAuthClientSecret, created.StartUrl!, "Pa55w0rd9", "zak=", "Bearer", "access_token"]))
            {
                Assert.That(json, Does.Not.Contain(secret), "JSON lines carry a secret");
                Assert.That(html, Does.Not.Contain(secret).And.Not.Contain(HtmlEncoder.Default.Encode(secret)), "the HTML table carries a secret");
            }
        });
    }

    private static async Task<TestApp> StartAsync(Action<ZoomSupportLogEndpointOptions>? configure = null, Action<IServiceCollection>? configureConnector = null)
        => await TestApp.StartAsync(
            services =>
            {
                if (configureConnector is null)
                {
                    services.AddZoomConnector(o => o.Service.AccessToken = "unused").AddSupportLog();
                }
                else
                {
                    configureConnector(services);
                }

                services.AddAuthentication(HeaderAuthentication.Name).AddScheme<AuthenticationSchemeOptions, HeaderAuthentication>(HeaderAuthentication.Name, null);
                services.AddAuthorizationBuilder().AddPolicy(ZoomSupportLogEndpointOptions.DefaultPolicyName, p => p.RequireRole("support"));
            },
            app =>
            {
                app.UseAuthentication();
                app.UseAuthorization();
                app.MapZoomSupportLog(configure: configure);
            });

    private static HttpRequestMessage Get(string path, string roles = "support")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(HeaderAuthentication.Header, roles);
        return request;
    }

    private static async Task<List<ZoomSupportLogEntry>> GetLinesAsync(TestApp app, string path)
    {
        using var response = await app.Client.SendAsync(Get(path));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await LinesAsync(response);
    }

    private static async Task<List<ZoomSupportLogEntry>> LinesAsync(HttpResponseMessage response)
        => (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => ZoomSupportLogExport.ParseJsonLine(line) ?? throw new AssertionException("not a record: " + line))
            .ToList();

    private static async Task<string> GetTextAsync(TestApp app, string path, bool html)
    {
        using var response = await app.Client.SendAsync(Get(path));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(html ? "text/html" : "application/x-ndjson"));
        return await response.Content.ReadAsStringAsync();
    }

    private static ZoomSupportLogEntry Entry(TestApp app, TimeSpan ago, string operation = "meetingCreate", int status = 201, string identity = "service")
        => new()
        {
            Timestamp = app.Time.GetUtcNow() - ago,
            IdentityKind = identity == "service" ? ZoomSupportLogIdentity.Service : ZoomSupportLogIdentity.User,
            IdentityKey = identity,
            Operation = operation,
            Kind = operation.StartsWith("token:", StringComparison.Ordinal) ? ZoomSupportLogKinds.Token : ZoomSupportLogKinds.Api,
            Method = "POST",
            Path = "/v2/users/me/meetings",
            Status = status,
            DurationMs = 12,
        };

    private static async Task AppendAsync(TestApp app, params ZoomSupportLogEntry[] entries)
    {
        var store = app.Get<IZoomSupportLogStore>();
        foreach (var entry in entries)
        {
            await store.AppendAsync(entry);
        }
    }

    /// <summary>Signs a request in when it carries <c>X-Test-Roles</c> (its value: the caller's roles, comma-separated).</summary>
    private sealed class HeaderAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public const string Name = "TestHeader";
        public const string Header = "X-Test-Roles";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (!Request.Headers.TryGetValue(Header, out var roles))
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            var claims = new List<Claim> { new(ClaimTypes.Name, "support.person") };
            claims.AddRange(roles.ToString().Split(',').Select(role => new Claim(ClaimTypes.Role, role.Trim())));
            var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Name));
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, Name)));
        }
    }

    private sealed class CapturedSecrets
    {
        private readonly HashSet<string> _tokens = [];

        public IReadOnlyCollection<string> Tokens
        {
            get
            {
                lock (_tokens)
                {
                    return [.. _tokens];
                }
            }
        }

        public void Add(string token)
        {
            lock (_tokens)
            {
                _tokens.Add(token);
            }
        }
    }

    /// <summary>Sits next to the support log's handler on the API clients and keeps every bearer token sent.</summary>
    private sealed class CaptureHandler(CapturedSecrets captured) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Headers.Authorization?.Parameter is { Length: > 0 } token)
            {
                captured.Add(token);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
