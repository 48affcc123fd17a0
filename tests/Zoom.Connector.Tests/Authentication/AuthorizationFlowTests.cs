using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Zoom.Connector.Api;
using Zoom.Connector.Authentication;
using Zoom.Connector.Http;

namespace Zoom.Connector.Tests.Authentication;

public sealed class AuthorizationFlowTests
{
    private static IReadOnlyDictionary<string, string> Query(Uri uri) => FakeZoomOAuthServer.ParseForm(uri.Query.TrimStart('?'));

    [Test]
    public void CreateAuthorizationRequest_UserKey_BuildsAuthorizeUrlWithExactRedirectUriAndS256()
    {
        using var host = OAuthTestHost.WithUserActions();

        var request = host.Flow.CreateAuthorizationRequest("alice@example.com");

        var uri = request.AuthorizationUri;
        Assert.That(uri.GetLeftPart(UriPartial.Path), Is.EqualTo("https://zoom.us/oauth/authorize"));
        var query = Query(uri);
        Assert.That(query.Keys, Is.EquivalentTo(new[] { "response_type", "client_id", "redirect_uri", "state", "code_challenge", "code_challenge_method", "scope" }));
        Assert.That(query["response_type"], Is.EqualTo("code"));
        Assert.That(query["client_id"], Is.EqualTo(OAuthTestHost.UserClientId));
        Assert.That(query["redirect_uri"], Is.EqualTo(OAuthTestHost.RedirectUri), "exactly as configured, trailing slash included");
        Assert.That(query["state"], Is.EqualTo(request.State));
        Assert.That(query["code_challenge_method"], Is.EqualTo("S256"));
        Assert.That(query["scope"], Is.EqualTo("meeting:write:meeting user:read:user"));
        Assert.That(request.IdentityKey, Is.EqualTo("alice@example.com"));
        Assert.That(request.ExpiresAt, Is.EqualTo(host.Time.GetUtcNow().AddMinutes(10)));
    }

    [Test]
    public void CreateAuthorizationRequest_EachState_IsFreshAndUnguessable()
    {
        using var host = OAuthTestHost.WithUserActions();

        var states = Enumerable.Range(0, 50).Select(_ => host.Flow.CreateAuthorizationRequest("alice").State).ToArray();

        Assert.That(states.Distinct().Count(), Is.EqualTo(50));
        Assert.That(states, Has.All.Length.GreaterThanOrEqualTo(43), "at least 256 bits, base64url");
        Assert.That(states, Has.All.Match("^[A-Za-z0-9_-]+$"));
    }

    [Test]
    public async Task CompleteAuthorization_ExchangesCodeWithVerifierMatchingS256Challenge_AndStoresTokens()
    {
        using var host = OAuthTestHost.WithUserActions();
        var request = host.Flow.CreateAuthorizationRequest("alice@example.com");

        var result = await host.Flow.CompleteAuthorizationAsync(request.State, "auth-code-Xy1");

        var exchange = host.OAuth.Requests.Single();
        Assert.That(exchange.Path, Is.EqualTo("/oauth/token"));
        Assert.That(exchange.Authorization, Is.EqualTo(TokenRequest.Basic(OAuthTestHost.UserClientId, OAuthTestHost.UserClientSecret)));
        Assert.That(exchange.ContentType, Is.EqualTo("application/x-www-form-urlencoded"));
        Assert.That(exchange.Form.Keys, Is.EquivalentTo(new[] { "grant_type", "code", "redirect_uri", "code_verifier" }));
        Assert.That(exchange.Form["grant_type"], Is.EqualTo("authorization_code"));
        Assert.That(exchange.Form["code"], Is.EqualTo("auth-code-Xy1"));
        Assert.That(exchange.Form["redirect_uri"], Is.EqualTo(OAuthTestHost.RedirectUri));

        // RFC 7636: challenge = BASE64URL(SHA256(ASCII(verifier))), computed here independently.
        var verifier = exchange.Form["code_verifier"];
        Assert.That(verifier, Has.Length.InRange(43, 128));
        var expected = Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Assert.That(Query(request.AuthorizationUri)["code_challenge"], Is.EqualTo(expected));

        Assert.That(result.IdentityKey, Is.EqualTo("alice@example.com"));
        Assert.That(result.Scopes, Is.EqualTo(new[] { "meeting:write:meeting", "user:read:user" }));
        var stored = await host.Store.GetAsync("alice@example.com");
        Assert.That(stored!.Entry.AccessToken, Is.EqualTo("access-1"));
        Assert.That(stored.Entry.RefreshToken, Is.EqualTo("refresh-1"));
        Assert.That(stored.Entry.ExpiresAt, Is.EqualTo(host.Time.GetUtcNow().AddSeconds(3599)));
    }

    [Test]
    public async Task CompleteAuthorization_EachSignIn_HasItsOwnVerifier()
    {
        using var host = OAuthTestHost.WithUserActions();
        var a = host.Flow.CreateAuthorizationRequest("alice");
        var b = host.Flow.CreateAuthorizationRequest("bob");

        await host.Flow.CompleteAuthorizationAsync(a.State, "code-a");
        await host.Flow.CompleteAuthorizationAsync(b.State, "code-b");

        var verifiers = host.OAuth.Requests.Select(r => r.Form["code_verifier"]).ToArray();
        Assert.That(verifiers.Distinct().Count(), Is.EqualTo(2));
        Assert.That(Query(a.AuthorizationUri)["code_challenge"], Is.Not.EqualTo(Query(b.AuthorizationUri)["code_challenge"]));
    }

    [Test]
    public async Task CompleteAuthorization_ReusedState_IsRefusedWithoutExchange()
    {
        using var host = OAuthTestHost.WithUserActions();
        var request = host.Flow.CreateAuthorizationRequest("alice");
        await host.Flow.CompleteAuthorizationAsync(request.State, "code-1");

        var ex = Assert.ThrowsAsync<ZoomAuthorizationStateException>(() => host.Flow.CompleteAuthorizationAsync(request.State, "code-2"));

        Assert.That(ex!.Problem, Is.EqualTo(ZoomAuthorizationStateProblem.Reused));
        Assert.That(ex.Message, Does.Contain("already been used").And.Not.Contain(request.State).And.Not.Contain("code-2"));
        Assert.That(host.OAuth.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public void CompleteAuthorization_UnknownState_IsRefusedWithoutExchange()
    {
        using var host = OAuthTestHost.WithUserActions();
        host.Flow.CreateAuthorizationRequest("alice");

        var ex = Assert.ThrowsAsync<ZoomAuthorizationStateException>(() => host.Flow.CompleteAuthorizationAsync("forged-state-value", "code-1"));

        Assert.That(ex!.Problem, Is.EqualTo(ZoomAuthorizationStateProblem.Unknown));
        Assert.That(host.OAuth.Requests, Is.Empty);
    }

    [Test]
    public void CompleteAuthorization_ExpiredState_IsRefusedAndStaysUnusable()
    {
        using var host = OAuthTestHost.WithUserActions();
        var request = host.Flow.CreateAuthorizationRequest("alice");
        host.Time.Advance(TimeSpan.FromMinutes(10));

        var ex = Assert.ThrowsAsync<ZoomAuthorizationStateException>(() => host.Flow.CompleteAuthorizationAsync(request.State, "code-1"));

        Assert.That(ex!.Problem, Is.EqualTo(ZoomAuthorizationStateProblem.Expired));
        Assert.That(ex.Message, Does.Contain("expired"));
        Assert.That(host.OAuth.Requests, Is.Empty);
        Assert.That(() => host.Flow.CompleteAuthorizationAsync(request.State, "code-1"), Throws.InstanceOf<ZoomAuthorizationStateException>());
    }

    [Test]
    public async Task CompleteAuthorization_JustBeforeExpiry_IsAccepted()
    {
        using var host = OAuthTestHost.WithUserActions();
        var request = host.Flow.CreateAuthorizationRequest("alice");
        host.Time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));

        var result = await host.Flow.CompleteAuthorizationAsync(request.State, "code-1");

        Assert.That(result.IdentityKey, Is.EqualTo("alice"));
    }

    [Test]
    public async Task CompleteAuthorization_StateIssuedForAnotherUser_IsRefused()
    {
        using var host = OAuthTestHost.WithUserActions();
        var request = host.Flow.CreateAuthorizationRequest("alice");

        var ex = Assert.ThrowsAsync<ZoomAuthorizationStateException>(() => host.Flow.CompleteAuthorizationAsync(request.State, "code-1", expectedIdentityKey: "mallory"));

        Assert.That(ex!.Problem, Is.EqualTo(ZoomAuthorizationStateProblem.IdentityMismatch));
        Assert.That(host.OAuth.Requests, Is.Empty);
        Assert.That(await host.Store.GetAsync("alice"), Is.Null);
        Assert.That(await host.Store.GetAsync("mallory"), Is.Null);
    }

    [Test]
    public async Task SignOut_SignedIn_RevokesAndClearsStore()
    {
        using var host = OAuthTestHost.WithUserActions();
        var request = host.Flow.CreateAuthorizationRequest("alice");
        await host.Flow.CompleteAuthorizationAsync(request.State, "code-1");

        await host.Flow.SignOutAsync("alice");

        var revoke = host.OAuth.Revokes.Single();
        Assert.That(revoke.Path, Is.EqualTo("/oauth/revoke"));
        Assert.That(revoke.Authorization, Is.EqualTo(TokenRequest.Basic(OAuthTestHost.UserClientId, OAuthTestHost.UserClientSecret)));
        Assert.That(revoke.ContentType, Is.EqualTo("application/x-www-form-urlencoded"));
        Assert.That(revoke.Form, Is.EquivalentTo(new Dictionary<string, string> { ["token"] = "refresh-1" }), "the refresh token ends the grant even once the access token expired");
        Assert.That(await host.Store.GetAsync("alice"), Is.Null);
    }

    [Test]
    public async Task SignOut_CustomTokenUrl_DerivesRevokeUrl()
    {
        using var host = OAuthTestHost.Create(OAuthTestHost.ConfigureActions, userActions: true,
            tokenUrl: "http://localhost:5099/oauth/token", revokeUrl: "http://localhost:5099/oauth/revoke");
        var request = host.Flow.CreateAuthorizationRequest("alice");
        await host.Flow.CompleteAuthorizationAsync(request.State, "code-1");

        await host.Flow.SignOutAsync("alice");

        Assert.That(host.OAuth.Revokes, Has.Count.EqualTo(1));
        Assert.That(await host.Store.GetAsync("alice"), Is.Null);
    }

    [Test]
    public async Task AdminServiceIdentity_SignInThenServiceClients_UseStoredTokenAndRotateOnRefresh()
    {
        using var host = OAuthTestHost.AdminAuthorizationCode();
        var seen = host.AnswerUsersMe(_ => true);
        var request = host.Flow.CreateAuthorizationRequest(ZoomTokenKeys.Service);
        Assert.That(FakeZoomOAuthServer.ParseForm(request.AuthorizationUri.Query.TrimStart('?'))["redirect_uri"], Is.EqualTo(OAuthTestHost.ServiceRedirectUri));
        await host.Flow.CompleteAuthorizationAsync(request.State, "admin-code");

        await host.Get<IZoomUsersApi>().GetUserAsync("me");
        host.Time.Advance(TimeSpan.FromHours(1));
        await host.Get<IZoomUsersApi>().GetUserAsync("me");

        Assert.That(seen, Is.EqualTo(new[] { "access-1", "access-2" }));
        var refresh = host.OAuth.Requests.Single(r => r.GrantType == "refresh_token");
        Assert.That(refresh.Authorization, Is.EqualTo(TokenRequest.Basic(OAuthTestHost.ServiceClientId, OAuthTestHost.ServiceClientSecret)));
        Assert.That(refresh.Form, Is.EquivalentTo(new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = "refresh-1" }));
        Assert.That((await host.Store.GetAsync(ZoomTokenKeys.Service))!.Entry.RefreshToken, Is.EqualTo("refresh-2"));
    }

    [Test]
    public void AdminServiceIdentity_NotSignedIn_SaysSignInNamingServiceKey()
    {
        using var host = OAuthTestHost.AdminAuthorizationCode();

        var ex = Assert.ThrowsAsync<ZoomReauthorizationRequiredException>(() => host.Get<IZoomUsersApi>().GetUserAsync("me"));

        Assert.That(ex!.IdentityKey, Is.EqualTo(ZoomTokenKeys.Service));
    }

    [Test]
    public void CreateAuthorizationRequest_UserWithoutActionsApp_NamesMissingKeys()
    {
        using var host = OAuthTestHost.AdminAuthorizationCode();

        var ex = Assert.Throws<ZoomAuthenticationException>(() => host.Flow.CreateAuthorizationRequest("alice"));

        Assert.That(ex!.Message, Does.Contain("Zoom:Actions:ClientId").And.Contain("Zoom:Actions:ClientSecret"));
    }

    [Test]
    public void CompleteAuthorization_ZoomEchoesTheCode_ExceptionMasksIt()
    {
        using var host = OAuthTestHost.WithUserActions();
        host.OAuth.FailWith = (HttpStatusCode.BadRequest, "OAuth/error-invalid-code-echo.json");
        var request = host.Flow.CreateAuthorizationRequest("alice");

        var ex = Assert.ThrowsAsync<ZoomOAuthException>(() => host.Flow.CompleteAuthorizationAsync(request.State, "echo-code-5521"));

        Assert.That(ex!.GrantType, Is.EqualTo("authorization_code"));
        Assert.That(ex.Error, Is.EqualTo("invalid_request"));
        Assert.That(ex.RequiresReauthorization, Is.False);
        Assert.That(ex.Message, Does.Contain("Invalid authorization code ***").And.Not.Contain("echo-code-5521"));
        Assert.That(ex.Reason, Does.Not.Contain("echo-code-5521"));
    }

    [Test]
    public async Task SignOut_TokenAlreadyRefusedByZoom_StillClearsStore()
    {
        using var host = OAuthTestHost.WithUserActions();
        await host.SeedAsync("alice", "access-dead", "refresh-dead", TimeSpan.FromMinutes(30));
        host.OAuth.RevokeFailWith = (HttpStatusCode.BadRequest, "OAuth/error-invalid-grant.json");

        await host.Flow.SignOutAsync("alice");

        // The refresh token is refused; the access token is still live, so it is revoked too (both refused: revoked).
        Assert.That(host.OAuth.Revokes.Select(r => r.Form["token"]), Is.EqualTo(new[] { "refresh-dead", "access-dead" }));
        Assert.That(await host.Store.GetAsync("alice"), Is.Null);
    }

    [Test]
    public async Task SignOut_RevokeRefusedOtherwise_ClearsStoreAndReportsTheFailure()
    {
        using var host = OAuthTestHost.WithUserActions();
        await host.SeedAsync("alice", "access-1x", "refresh-1x", TimeSpan.FromMinutes(30));
        host.OAuth.RevokeFailWith = (HttpStatusCode.BadRequest, "OAuth/error-invalid-client.json");

        var ex = Assert.ThrowsAsync<ZoomOAuthException>(() => host.Flow.SignOutAsync("alice"));

        Assert.That(ex!.GrantType, Is.EqualTo("revoke"));
        Assert.That(ex.Error, Is.EqualTo("invalid_client"));
        Assert.That(await host.Store.GetAsync("alice"), Is.Null);
    }

    [Test]
    public void ServiceRedirectUri_NotAbsolute_FailsAtStartNamingTheKey()
    {
        var services = new ServiceCollection();
        services.AddZoomConnector(o =>
        {
            o.Service.ClientId = "id";
            o.Service.ClientSecret = "secret-value-77";
            o.Service.RedirectUri = "/relative/callback";
        });
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => _ = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<ZoomConnectorOptions>>().Value);

        Assert.That(ex!.Message, Does.Contain("Zoom:Service:RedirectUri must be an absolute http(s) URL").And.Not.Contain("secret-value-77"));
    }
}
