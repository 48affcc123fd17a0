using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Web;
using NUnit.Framework;

namespace Zoom.Connector.Testing.Tests;

[TestFixture]
public sealed class OAuthTests
{
    private EmulatorHost _host = null!;
    private HttpClient _oauth = null!;

    [SetUp]
    public void SetUp()
    {
        _host = EmulatorHost.Create();
        _oauth = new HttpClient(_host.Emulator.CreateHandler(), disposeHandler: true) { BaseAddress = new Uri("https://zoom.us/") };
    }

    [TearDown]
    public void TearDown()
    {
        _oauth.Dispose();
        _host.Dispose();
    }

    private async Task<HttpResponseMessage> TokenAsync(string clientId, string secret, params (string Name, string Value)[] form)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "oauth/token")
        {
            Content = new FormUrlEncodedContent(form.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))),
        };
        request.Headers.Authorization = EmulatorHost.Basic(clientId, secret);
        return await _oauth.SendAsync(request);
    }

    private async Task<string> AuthorizeAsync(string? challenge = null, string state = "xyz-state", string? loginHint = null)
    {
        var emulator = _host.Emulator;
        var url = $"oauth/authorize?response_type=code&client_id={emulator.OAuthClientId}&redirect_uri={Uri.EscapeDataString(emulator.OAuthRedirectUri)}&state={state}";
        if (challenge is not null)
        {
            url += $"&code_challenge={challenge}&code_challenge_method=S256";
        }

        if (loginHint is not null)
        {
            url += "&login_hint=" + Uri.EscapeDataString(loginHint);
        }

        using var response = await _oauth.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        var location = response.Headers.Location!;
        Assert.That(location.GetLeftPart(UriPartial.Path), Is.EqualTo(emulator.OAuthRedirectUri));
        var query = HttpUtility.ParseQueryString(location.Query);
        Assert.That(query["state"], Is.EqualTo(state));
        return query["code"]!;
    }

    private static string Challenge(string verifier)
        => Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [Test]
    public async Task Token_AccountCredentials_IssuesOneHourBearerTokenThatWorks()
    {
        var emulator = _host.Emulator;
        using var response = await TokenAsync(emulator.ClientId, emulator.ClientSecret, ("grant_type", "account_credentials"), ("account_id", emulator.ServiceAccountId));
        var body = await EmulatorHost.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((string?)body["token_type"], Is.EqualTo("bearer"));
        Assert.That((int?)body["expires_in"], Is.EqualTo(3600));
        Assert.That(body.ContainsKey("refresh_token"), Is.False);
        using var api = _host.Raw((string)body["access_token"]!);
        using var me = await api.GetAsync("users/me");
        Assert.That((string?)(await EmulatorHost.ReadJsonAsync(me))["id"], Is.EqualTo(emulator.AdminUserId));
    }

    [Test]
    public async Task Token_WrongClientSecret_ReturnsInvalidClient()
    {
        var emulator = _host.Emulator;
        using var response = await TokenAsync(emulator.ClientId, "wrong", ("grant_type", "account_credentials"), ("account_id", emulator.ServiceAccountId));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((string?)(await EmulatorHost.ReadJsonAsync(response))["error"], Is.EqualTo("invalid_client"));
    }

    [Test]
    public async Task Token_UnknownGrantType_ReturnsUnsupportedGrantType()
    {
        var emulator = _host.Emulator;
        using var response = await TokenAsync(emulator.ClientId, emulator.ClientSecret, ("grant_type", "password"));

        Assert.That((string?)(await EmulatorHost.ReadJsonAsync(response))["error"], Is.EqualTo("unsupported_grant_type"));
    }

    [Test]
    public async Task AuthorizationCode_WithPkceS256_IssuesTokensForTheSignedInUser()
    {
        var emulator = _host.Emulator;
        var person = emulator.Users.First(u => u.Id is not null && u.Id != emulator.AdminUserId && u.Status == Models.UserStatus.Active);
        const string verifier = "a-very-long-code-verifier-with-enough-entropy-0123456789";
        var code = await AuthorizeAsync(Challenge(verifier), loginHint: person.Email);

        using var response = await TokenAsync(emulator.OAuthClientId, emulator.OAuthClientSecret,
            ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", emulator.OAuthRedirectUri), ("code_verifier", verifier));
        var body = await EmulatorHost.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((string?)body["refresh_token"], Is.Not.Empty);
        using var api = _host.Raw((string)body["access_token"]!);
        using var me = await api.GetAsync("users/me");
        Assert.That((string?)(await EmulatorHost.ReadJsonAsync(me))["id"], Is.EqualTo(person.Id));
    }

    [Test]
    public async Task AuthorizationCode_WrongVerifier_ReturnsInvalidGrant()
    {
        var emulator = _host.Emulator;
        var code = await AuthorizeAsync(Challenge("the-right-verifier-the-right-verifier-1234"));

        using var response = await TokenAsync(emulator.OAuthClientId, emulator.OAuthClientSecret,
            ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", emulator.OAuthRedirectUri), ("code_verifier", "another-verifier-another-verifier-5678"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((string?)(await EmulatorHost.ReadJsonAsync(response))["error"], Is.EqualTo("invalid_grant"));
    }

    [Test]
    public async Task AuthorizationCode_UsedTwice_SecondExchangeFails()
    {
        var emulator = _host.Emulator;
        var code = await AuthorizeAsync();
        (string, string)[] form = [("grant_type", "authorization_code"), ("code", code), ("redirect_uri", emulator.OAuthRedirectUri)];
        using var first = await TokenAsync(emulator.OAuthClientId, emulator.OAuthClientSecret, form);
        using var second = await TokenAsync(emulator.OAuthClientId, emulator.OAuthClientSecret, form);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task AuthorizationCode_AfterFiveMinutes_IsExpired()
    {
        var emulator = _host.Emulator;
        var code = await AuthorizeAsync();
        _host.Time.Advance(TimeSpan.FromMinutes(5));

        using var response = await TokenAsync(emulator.OAuthClientId, emulator.OAuthClientSecret,
            ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", emulator.OAuthRedirectUri));

        Assert.That((string?)(await EmulatorHost.ReadJsonAsync(response))["reason"], Does.Contain("expired"));
    }

    [Test]
    public async Task Authorize_RedirectUriNotRegistered_Returns400()
    {
        var emulator = _host.Emulator;
        using var response = await _oauth.GetAsync($"oauth/authorize?response_type=code&client_id={emulator.OAuthClientId}&redirect_uri={Uri.EscapeDataString("https://evil.example.com/cb")}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task RefreshToken_Rotates_OldRefreshTokenGetsInvalidGrant()
    {
        var emulator = _host.Emulator;
        var code = await AuthorizeAsync();
        using var exchanged = await TokenAsync(emulator.OAuthClientId, emulator.OAuthClientSecret,
            ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", emulator.OAuthRedirectUri));
        var first = (string)(await EmulatorHost.ReadJsonAsync(exchanged))["refresh_token"]!;

        using var refreshed = await TokenAsync(emulator.OAuthClientId, emulator.OAuthClientSecret, ("grant_type", "refresh_token"), ("refresh_token", first));
        var second = (string)(await EmulatorHost.ReadJsonAsync(refreshed))["refresh_token"]!;
        using var reused = await TokenAsync(emulator.OAuthClientId, emulator.OAuthClientSecret, ("grant_type", "refresh_token"), ("refresh_token", first));

        Assert.That(second, Is.Not.EqualTo(first));
        Assert.That(reused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await reused.Content.ReadAsStringAsync(), Is.EqualTo("{\"reason\":\"Invalid Token!\",\"error\":\"invalid_grant\"}"));
        using var again = await TokenAsync(emulator.OAuthClientId, emulator.OAuthClientSecret, ("grant_type", "refresh_token"), ("refresh_token", second));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task AccessToken_AfterOneHour_Returns401Code124()
    {
        var token = _host.Emulator.IssueAccessToken(_host.Emulator.AdminUserId);
        using var api = _host.Raw(token);
        using var before = await api.GetAsync("users/me");
        _host.Time.Advance(TimeSpan.FromHours(1));
        using var after = await api.GetAsync("users/me");
        var body = await EmulatorHost.ReadJsonAsync(after);

        Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((int?)body["code"], Is.EqualTo(124));
        Assert.That((string?)body["message"], Is.EqualTo("Invalid access token."));
    }

    [Test]
    public async Task Revoke_AccessToken_TokenStopsWorking()
    {
        var emulator = _host.Emulator;
        var code = await AuthorizeAsync();
        using var exchanged = await TokenAsync(emulator.OAuthClientId, emulator.OAuthClientSecret,
            ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", emulator.OAuthRedirectUri));
        var access = (string)(await EmulatorHost.ReadJsonAsync(exchanged))["access_token"]!;
        using var revoke = new HttpRequestMessage(HttpMethod.Post, "oauth/revoke") { Content = new FormUrlEncodedContent([new("token", access)]) };
        revoke.Headers.Authorization = EmulatorHost.Basic(emulator.OAuthClientId, emulator.OAuthClientSecret);

        using var revoked = await _oauth.SendAsync(revoke);
        using var api = _host.Raw(access);
        using var me = await api.GetAsync("users/me");

        Assert.That((string?)(await EmulatorHost.ReadJsonAsync(revoked))["status"], Is.EqualTo("success"));
        Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Revoke_RefreshToken_EndsTheWholeGrant()
    {
        var (access, refresh) = await SignInAsync();

        using var revoked = await RevokeAsync(refresh);
        using var refreshed = await TokenAsync(_host.Emulator.OAuthClientId, _host.Emulator.OAuthClientSecret, ("grant_type", "refresh_token"), ("refresh_token", refresh));
        using var api = _host.Raw(access);
        using var me = await api.GetAsync("users/me");

        Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((string?)(await EmulatorHost.ReadJsonAsync(refreshed))["error"], Is.EqualTo("invalid_grant"));
        Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Revoke_ExpiredAccessToken_AnswersInvalidTokenAndEndsNothing()
    {
        var (access, refresh) = await SignInAsync();
        _host.Time.Advance(TimeSpan.FromHours(2));

        using var revoked = await RevokeAsync(access);
        using var refreshed = await TokenAsync(_host.Emulator.OAuthClientId, _host.Emulator.OAuthClientSecret, ("grant_type", "refresh_token"), ("refresh_token", refresh));

        Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((string?)(await EmulatorHost.ReadJsonAsync(revoked))["reason"], Is.EqualTo("Invalid Token!"));
        Assert.That(refreshed.StatusCode, Is.EqualTo(HttpStatusCode.OK), "an expired access token is no credential: the refresh grant lives on");
    }

    private async Task<(string Access, string Refresh)> SignInAsync()
    {
        var emulator = _host.Emulator;
        var code = await AuthorizeAsync();
        using var exchanged = await TokenAsync(emulator.OAuthClientId, emulator.OAuthClientSecret,
            ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", emulator.OAuthRedirectUri));
        var json = await EmulatorHost.ReadJsonAsync(exchanged);
        return ((string)json["access_token"]!, (string)json["refresh_token"]!);
    }

    private async Task<HttpResponseMessage> RevokeAsync(string token)
    {
        using var revoke = new HttpRequestMessage(HttpMethod.Post, "oauth/revoke") { Content = new FormUrlEncodedContent([new("token", token)]) };
        revoke.Headers.Authorization = EmulatorHost.Basic(_host.Emulator.OAuthClientId, _host.Emulator.OAuthClientSecret);
        return await _oauth.SendAsync(revoke);
    }

    [Test]
    public async Task UserLevelToken_OtherUsersId_Returns1001()
    {
        var emulator = _host.Emulator;
        var person = emulator.Users.First(u => u.Id is not null && u.Id != emulator.AdminUserId);
        using var api = _host.Raw(emulator.IssueAccessToken(person.Id!));

        using var own = await api.GetAsync("users/me");
        using var other = await api.GetAsync($"users/{emulator.AdminUserId}");

        Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((int?)(await EmulatorHost.ReadJsonAsync(other))["code"], Is.EqualTo(1001));
    }

    [Test]
    public async Task Api_NoBearerToken_Returns401Code124()
    {
        using var api = _host.Raw(anonymous: true);
        using var response = await api.GetAsync("users");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((int?)(await EmulatorHost.ReadJsonAsync(response))["code"], Is.EqualTo(124));
    }
}
