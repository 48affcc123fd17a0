using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Web;
using NUnit.Framework;

namespace Zoom.Connector.Emulator.Tests;

[TestFixture]
public sealed class ServerTests
{
    private RunningEmulatorServer _server = null!;

    [SetUp]
    public async Task SetUp() => _server = await RunningEmulatorServer.StartAsync("--users", "12", "--seed", "3");

    [TearDown]
    public async Task TearDown() => await _server.DisposeAsync();

    private static async Task<JsonObject> JsonAsync(HttpResponseMessage response)
        => JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    private HttpClient Api()
    {
        var client = _server.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _server.Emulator.AdminAccessToken);
        return client;
    }

    [Test]
    public async Task Health_Started_AnswersOkWithOptions()
    {
        using var client = _server.Client();

        var body = await JsonAsync(await client.GetAsync("/__emulator/health"));

        Assert.That(body["status"]!.GetValue<string>(), Is.EqualTo("ok"));
        Assert.That(body["users"]!.GetValue<int>(), Is.EqualTo(12));
        Assert.That(_server.Address.Host, Is.EqualTo("127.0.0.1"));
    }

    [Test]
    public void EnvironmentLines_Started_NameEverySettingAndTheRealPort()
    {
        var lines = _server.EnvironmentLines;
        var root = $"http://127.0.0.1:{_server.Address.Port}";

        Assert.That(lines, Does.Contain($"Zoom__BaseUrl={root}/v2/"));
        Assert.That(lines, Does.Contain($"Zoom__TokenUrl={root}/oauth/token"));
        Assert.That(lines, Does.Contain($"Zoom__AuthorizeUrl={root}/oauth/authorize"));
        Assert.That(lines, Does.Contain($"Zoom__Service__AccountId={_server.Emulator.ServiceAccountId}"));
        Assert.That(lines, Does.Contain($"Zoom__Service__ClientId={_server.Emulator.ClientId}"));
        Assert.That(lines, Does.Contain($"Zoom__Service__ClientSecret={_server.Emulator.ClientSecret}"));
        Assert.That(lines, Does.Contain($"Zoom__Actions__ClientId={_server.Emulator.OAuthClientId}"));
        Assert.That(lines, Does.Contain($"Zoom__Actions__ClientSecret={_server.Emulator.OAuthClientSecret}"));
        Assert.That(lines, Does.Contain($"Zoom__Actions__RedirectUri={_server.Emulator.OAuthRedirectUri}"));
    }

    [Test]
    public async Task Api_DoubleEncodedUuid_ReachesTheEmulatorUnchanged()
    {
        var uuid = _server.Emulator.Recordings.Select(r => r.Uuid!).First(u => u.StartsWith('/'));
        using var client = Api();

        var twice = await client.GetAsync("/v2/meetings/" + Uri.EscapeDataString(Uri.EscapeDataString(uuid)) + "/recordings");
        var once = await client.GetAsync("/v2/meetings/" + Uri.EscapeDataString(uuid) + "/recordings");

        Assert.That(twice.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await JsonAsync(twice))["uuid"]!.GetValue<string>(), Is.EqualTo(uuid));
        Assert.That(once.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Faults_ServerErrorForOnePath_HitsOnlyThatPathOnce()
    {
        using var client = Api();
        var rule = new StringContent("""{"kind":"server_error","method":"GET","path":"/users/me","times":1,"status":502}""", Encoding.UTF8, "application/json");

        var added = await client.PostAsync("/__emulator/faults", rule);
        var other = await client.GetAsync("/v2/users");
        var hit = await client.GetAsync("/v2/users/me");
        var after = await client.GetAsync("/v2/users/me");

        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(hit.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Faults_DropBeforeApplying_ResetsTheConnectionAndCreatesNothing()
    {
        using var client = Api();
        await client.PostAsync("/__emulator/faults", new StringContent("""{"kind":"drop_before_applying","method":"POST","path":"/users/me/meetings"}""", Encoding.UTF8, "application/json"));
        var before = _server.Emulator.Meetings.Count;

        Assert.That(
            async () => await client.PostAsync("/v2/users/me/meetings", new StringContent("""{"topic":"Dropped","type":2,"start_time":"2030-01-01T10:00:00Z"}""", Encoding.UTF8, "application/json")),
            Throws.InstanceOf<HttpRequestException>());
        Assert.That(_server.Emulator.Meetings, Has.Count.EqualTo(before));
    }

    [Test]
    public async Task Faults_BadRule_AnswersBadRequestNamingTheField()
    {
        using var client = _server.Client();

        var response = await client.PostAsync("/__emulator/faults", new StringContent("""{"kind":"explode"}""", Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await JsonAsync(response))["error"]!.GetValue<string>(), Does.Contain("'kind'").And.Contain("explode"));
    }

    [Test]
    public async Task Requests_AfterTokenGrant_ListedWithoutSecrets()
    {
        using var client = _server.Client();
        var token = new HttpRequestMessage(HttpMethod.Post, "/oauth/token?grant_type=account_credentials&account_id=" + _server.Emulator.ServiceAccountId)
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(_server.Emulator.ClientId + ":" + _server.Emulator.ClientSecret))) },
        };
        var granted = await JsonAsync(await client.SendAsync(token));

        var log = await client.GetStringAsync("/__emulator/requests");

        Assert.That(granted["access_token"]!.GetValue<string>(), Is.Not.Empty);
        Assert.That(log, Does.Contain("/oauth/token"));
        Assert.That(log, Does.Not.Contain(granted["access_token"]!.GetValue<string>()));
        Assert.That(log, Does.Not.Contain(_server.Emulator.ClientSecret));
        Assert.That((await client.DeleteAsync("/__emulator/requests")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(_server.Emulator.Requests, Is.Empty);
    }

    [Test]
    public async Task Reset_AfterChange_ForgetsIt()
    {
        using var client = _server.Client();
        var user = _server.Emulator.AddUser("temp@example.com", "Temp", "User");

        var response = await client.PostAsync("/__emulator/reset", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(_server.Emulator.FindUser(user.Id!), Is.Null);
    }

    [Test]
    public async Task Authorize_Browser_ShowsEncodedPageThenRedirectsWithCodeAndState()
    {
        using var client = _server.Client();
        var emulator = _server.Emulator;
        var query = $"response_type=code&client_id={emulator.OAuthClientId}&redirect_uri={Uri.EscapeDataString(emulator.OAuthRedirectUri)}&state={Uri.EscapeDataString("s<t>\"1")}";

        var page = await client.GetStringAsync("/oauth/authorize?" + query);
        var chosen = emulator.Users[1];
        var redirect = await client.GetAsync("/oauth/authorize?" + query + "&login_hint=" + Uri.EscapeDataString(chosen.Email!));

        Assert.That(page, Does.Contain("<form").And.Contain(HtmlAttribute(chosen.Email!)).And.Contain("s&lt;t&gt;&quot;1"));
        Assert.That(page, Does.Not.Contain("s<t>"));
        Assert.That(redirect.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        var location = redirect.Headers.Location!;
        Assert.That(location.GetLeftPart(UriPartial.Path), Is.EqualTo(emulator.OAuthRedirectUri));
        var parameters = HttpUtility.ParseQueryString(location.Query);
        Assert.That(parameters["state"], Is.EqualTo("s<t>\"1"));
        Assert.That(parameters["code"], Is.Not.Empty);
    }

    private static string HtmlAttribute(string value) => System.Text.Encodings.Web.HtmlEncoder.Default.Encode(value);

    [Test]
    public void Parse_BadOptions_NameTheOption()
    {
        Assert.That(() => EmulatorServerSettings.Parse(["--port", "99999"]), Throws.ArgumentException.With.Message.Contains("--port"));
        Assert.That(() => EmulatorServerSettings.Parse(["--users"]), Throws.ArgumentException.With.Message.Contains("--users needs a value"));
        Assert.That(() => EmulatorServerSettings.Parse(["--reset"]), Throws.ArgumentException.With.Message.Contains("--data"));
        Assert.That(() => EmulatorServerSettings.Parse(["--webhook-url", "http://localhost:1/hook"]), Throws.ArgumentException.With.Message.Contains("--webhook-secret"));
        Assert.That(() => EmulatorServerSettings.Parse(["--colour"]), Throws.ArgumentException.With.Message.Contains("'--colour'"));
    }

    [Test]
    public void Parse_AllOptions_Bound()
    {
        var settings = EmulatorServerSettings.Parse(["--port", "9080", "--data", "d", "--seed", "7", "--users", "40", "--rate-limit", "55", "--bind", "0.0.0.0"]);

        Assert.That(settings, Is.EqualTo(new EmulatorServerSettings { Port = 9080, DataPath = "d", Seed = 7, Users = 40, RateLimit = 55, Bind = IPAddress.Any }));
    }
}
