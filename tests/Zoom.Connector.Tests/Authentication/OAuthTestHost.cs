using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Zoom.Connector.Authentication;
using Zoom.Connector.Tests.Infrastructure;
using Zoom.Connector.Clients;
using Zoom.Connector.Http;

namespace Zoom.Connector.Tests.Authentication;

/// <summary>One request the fake OAuth server received.</summary>
public sealed record TokenRequest(string Path, string? Authorization, string? ContentType, IReadOnlyDictionary<string, string> Form)
{
    public string? GrantType => Form.GetValueOrDefault("grant_type");

    public static string Basic(string id, string secret) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{id}:{secret}"));
}

/// <summary>
/// A stateful stand-in for Zoom's token and revoke endpoints behind MockHttp: issues numbered tokens, rotates refresh
/// tokens (a spent one answers 400 invalid_grant, as Zoom does) and records every request.
/// </summary>
public sealed class FakeZoomOAuthServer
{
    private readonly ConcurrentQueue<TokenRequest> _requests = new();
    private readonly HashSet<string> _liveRefreshTokens = [];
    private readonly Lock _gate = new();
    private int _issued;

    public FakeZoomOAuthServer(MockHttpMessageHandler mock, string tokenUrl = "https://zoom.us/oauth/token", string revokeUrl = "https://zoom.us/oauth/revoke")
    {
        mock.When(HttpMethod.Post, tokenUrl).Respond(request => HandleAsync(request, revoke: false));
        mock.When(HttpMethod.Post, revokeUrl).Respond(request => HandleAsync(request, revoke: true));
    }

    /// <summary>Runs before each answer, e.g. to hold it back until a test releases it.</summary>
    public Func<TokenRequest, Task>? BeforeAnswer { get; set; }

    /// <summary>When set, every revoke request is answered with this status and fixture.</summary>
    public (HttpStatusCode Status, string Fixture)? RevokeFailWith { get; set; }

    /// <summary>When set, every token request is answered with this status and fixture.</summary>
    public (HttpStatusCode Status, string Fixture)? FailWith { get; set; }

    public IReadOnlyList<TokenRequest> Requests => _requests.ToArray();

    public int Count(string grantType) => _requests.Count(r => r.GrantType == grantType);

    public IReadOnlyList<TokenRequest> Revokes => _requests.Where(r => r.Path.EndsWith("/revoke", StringComparison.Ordinal)).ToArray();

    /// <summary>Marks a refresh token as valid (as if issued by an earlier sign-in).</summary>
    public void AcceptRefreshToken(string refreshToken)
    {
        lock (_gate)
        {
            _liveRefreshTokens.Add(refreshToken);
        }
    }

    public static IReadOnlyDictionary<string, string> ParseForm(string body)
        => body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => Decode(p[0]), p => Decode(p.Length > 1 ? p[1] : string.Empty));

    private static string Decode(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));

    private async Task<HttpResponseMessage> HandleAsync(HttpRequestMessage request, bool revoke)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync();
        var captured = new TokenRequest(request.RequestUri!.AbsolutePath, request.Headers.Authorization?.ToString(),
            request.Content?.Headers.ContentType?.MediaType, ParseForm(body));
        _requests.Enqueue(captured);
        if (BeforeAnswer is { } before)
        {
            await before(captured);
        }

        if (revoke && RevokeFailWith is { } revokeFailure)
        {
            return Json(revokeFailure.Status, Fixtures.Read(revokeFailure.Fixture));
        }

        if (revoke)
        {
            return Json(HttpStatusCode.OK, Fixtures.Read("OAuth/revoke-success.json"));
        }

        if (FailWith is { } failure)
        {
            return Json(failure.Status, Fixtures.Read(failure.Fixture));
        }

        var n = Interlocked.Increment(ref _issued);
        switch (captured.GrantType)
        {
            case "account_credentials":
                return Json(HttpStatusCode.OK, Fill("OAuth/token-s2s.json", $"s2s-access-{n}", null));
            case "authorization_code":
                lock (_gate)
                {
                    _liveRefreshTokens.Add($"refresh-{n}");
                }

                return Json(HttpStatusCode.OK, Fill("OAuth/token-user.json", $"access-{n}", $"refresh-{n}"));
            case "refresh_token":
                lock (_gate)
                {
                    // Rotation: the presented token is spent whether or not it was valid.
                    if (!_liveRefreshTokens.Remove(captured.Form["refresh_token"]))
                    {
                        return Json(HttpStatusCode.BadRequest, Fixtures.Read("OAuth/error-invalid-grant.json"));
                    }

                    _liveRefreshTokens.Add($"refresh-{n}");
                }

                return Json(HttpStatusCode.OK, Fill("OAuth/token-user.json", $"access-{n}", $"refresh-{n}"));
            default:
                return Json(HttpStatusCode.BadRequest, "{\"reason\":\"unsupported grant type\",\"error\":\"unsupported_grant_type\"}");
        }
    }

    private static string Fill(string fixture, string accessToken, string? refreshToken)
        => Fixtures.Read(fixture).Replace("{{access_token}}", accessToken, StringComparison.Ordinal)
            .Replace("{{refresh_token}}", refreshToken ?? string.Empty, StringComparison.Ordinal);

    private static HttpResponseMessage Json(HttpStatusCode status, string json)
        => new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}

/// <summary>Keeps every formatted log line (and exception text) at every level.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => _lines.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}"))
                : string.Empty;
            lines.Enqueue($"{logLevel} {category} [{eventId.Id}] {formatter(state, exception)} | {properties} | {exception}");
        }
    }
}

/// <summary>The connector through its real DI registration, with MockHttp, the fake OAuth server, fake time and captured logs.</summary>
public sealed class OAuthTestHost : IDisposable
{
    public const string ServiceClientId = "svc-client-id";
    public const string ServiceClientSecret = "svc-client-secret-7Qx";
    public const string AccountId = "acct-42";
    public const string UserClientId = "user-client-id";
    public const string UserClientSecret = "user-client-secret-9Kp";
    public const string RedirectUri = "https://app.example.com/zoom/callback/";
    public const string ServiceRedirectUri = "https://app.example.com/zoom/admin-callback";
    public const string FixedServiceToken = "fixed-service-token-1Zt";
    public const string ApiBase = "https://api.zoom.us/v2/";

    private OAuthTestHost(ServiceProvider services, MockHttpMessageHandler mock, FakeZoomOAuthServer oauth, FakeTimeProvider time, CapturingLoggerProvider logs)
    {
        Services = services;
        Mock = mock;
        OAuth = oauth;
        Time = time;
        Logs = logs;
    }

    public ServiceProvider Services { get; }

    public MockHttpMessageHandler Mock { get; }

    public FakeZoomOAuthServer OAuth { get; }

    public FakeTimeProvider Time { get; }

    public CapturingLoggerProvider Logs { get; }

    public IZoomTokenStore Store => Services.GetRequiredService<IZoomTokenStore>();

    public IZoomAuthorizationFlow Flow => Services.GetRequiredService<IZoomAuthorizationFlow>();

    public IZoomUserClientFactory Users => Services.GetRequiredService<IZoomUserClientFactory>();

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public IZoomAccessTokenProvider ServiceTokens => Services.GetRequiredKeyedService<IZoomAccessTokenProvider>(ZoomIdentityKeys.Service);

    /// <summary>Server-to-Server service identity, no per-user actions.</summary>
    public static OAuthTestHost ServerToServer() => Create(o =>
    {
        o.Service.AccountId = AccountId;
        o.Service.ClientId = ServiceClientId;
        o.Service.ClientSecret = ServiceClientSecret;
    }, userActions: false);

    /// <summary>A fixed service token plus per-user actions.</summary>
    public static OAuthTestHost WithUserActions() => Create(ConfigureActions, userActions: true);

    /// <summary>An admin authorization-code service identity (no account id).</summary>
    public static OAuthTestHost AdminAuthorizationCode() => Create(o =>
    {
        o.Service.ClientId = ServiceClientId;
        o.Service.ClientSecret = ServiceClientSecret;
        o.Service.RedirectUri = ServiceRedirectUri;
    }, userActions: false);

    public static void ConfigureActions(ZoomConnectorOptions o)
    {
        o.Service.AccessToken = FixedServiceToken;
        o.Actions.ClientId = UserClientId;
        o.Actions.ClientSecret = UserClientSecret;
        o.Actions.RedirectUri = RedirectUri;
        o.Actions.Scopes = ["meeting:write:meeting", "user:read:user"];
    }

    public static OAuthTestHost Create(
        Action<ZoomConnectorOptions> configure,
        bool userActions,
        string tokenUrl = "https://zoom.us/oauth/token",
        string revokeUrl = "https://zoom.us/oauth/revoke",
        Action<ZoomConnectorBuilder>? connector = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
        var mock = new MockHttpMessageHandler();
        mock.Fallback.Respond(request =>
        {
            Assert.Fail($"Unexpected request: {request.Method} {request.RequestUri}");
            return new HttpResponseMessage(HttpStatusCode.NotImplemented);
        });
        var oauth = new FakeZoomOAuthServer(mock, tokenUrl, revokeUrl);
        var logs = new CapturingLoggerProvider();

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        var builder = services.AddZoomConnector(o =>
            {
                o.TokenUrl = tokenUrl;
                configure(o);
            })
            .ConfigurePrimaryHandler(_ => mock);
        if (userActions)
        {
            builder.AddUserActions();
        }

        connector?.Invoke(builder);

        services.AddSingleton<TimeProvider>(time);
        return new OAuthTestHost(services.BuildServiceProvider(validateScopes: true), mock, oauth, time, logs);
    }

    /// <summary>Stores tokens for an identity as if it had signed in, and makes the fake server accept its refresh token.</summary>
    public async Task SeedAsync(string identityKey, string accessToken, string refreshToken, TimeSpan validFor)
    {
        OAuth.AcceptRefreshToken(refreshToken);
        var entry = new ZoomTokenEntry
        {
            AccessToken = accessToken,
            RefreshToken = refreshToken,
            ExpiresAt = Time.GetUtcNow() + validFor,
            Scopes = ["meeting:write:meeting"],
        };
        var current = await Store.GetAsync(identityKey);
        Assert.That(await Store.TrySetAsync(identityKey, entry, current?.Version ?? 0), Is.Not.Null);
    }

    /// <summary>Answers GET /users/me with the user fixture when the bearer token is accepted, 401 (code 124) otherwise.</summary>
    public ConcurrentQueue<string?> AnswerUsersMe(Func<string?, bool> accepts)
    {
        var seen = new ConcurrentQueue<string?>();
        Mock.When(HttpMethod.Get, ApiBase + "users/me").Respond(request =>
        {
            var bearer = request.Headers.Authorization?.Parameter;
            seen.Enqueue(bearer);
            return accepts(bearer)
                ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Fixtures.Read("user.json"), Encoding.UTF8, "application/json") }
                : new HttpResponseMessage(HttpStatusCode.Unauthorized) { Content = new StringContent("{\"code\":124,\"message\":\"Invalid access token.\"}", Encoding.UTF8, "application/json") };
        });
        return seen;
    }

    /// <summary>
    /// Disposes the connector while moving the fake clock (see <see cref="FakeClock.DisposeWhileAdvancing"/>): a test
    /// may put the request pipeline on <see cref="Time"/>, and a call still in flight then ends instead of hanging.
    /// </summary>
    public void Dispose() => FakeClock.DisposeWhileAdvancing(Time, () =>
    {
        Services.Dispose();
        Mock.Dispose();
    });
}
