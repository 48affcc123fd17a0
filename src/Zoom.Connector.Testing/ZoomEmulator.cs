using System.Collections.Specialized;
using System.Globalization;
using System.Net;
using System.Text;
using System.Web;
using Zoom.Connector.Models;

namespace Zoom.Connector.Testing;

/// <summary>
/// An in-process, stateful stand-in for Zoom: the REST API v2 (users, meetings, past meetings, registrants, cloud
/// recordings) and the OAuth server (<c>/oauth/token</c>, <c>/oauth/authorize</c>, <c>/oauth/revoke</c>), served by the
/// handler from <see cref="CreateHandler"/> for any host. It keeps Zoom's rules where a client can tell: error bodies
/// and codes, paging tokens bound to their query and expiring, the account rate budget, the daily meeting-write cap,
/// token lifetimes and refresh-token rotation. Thread-safe.
/// </summary>
/// <remarks>
/// Data is generated from <see cref="ZoomEmulatorOptions.Seed"/>: the same seed gives the same account. Time comes
/// from the <see cref="TimeProvider"/> given to the constructor, so a fake one drives token and page-token expiry and
/// the daily reset. Tests can read the state (<see cref="Users"/>, <see cref="Meetings"/>, <see cref="Recordings"/>),
/// change it directly (<see cref="AddUser"/>, <see cref="UpdateMeeting"/>, ...), inject faults (<see cref="Faults"/>)
/// and inspect every request (<see cref="Requests"/>).
/// </remarks>
public sealed partial class ZoomEmulator
{
    private readonly Lock _gate = new();
    private readonly ZoomEmulatorOptions _options;
    private readonly TimeProvider _time;
    private Random _random;
    private DateTimeOffset _seedEpoch;
    private readonly List<UserState> _users = [];
    private readonly Dictionary<string, UserState> _usersById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UserState> _usersByEmail = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<long, MeetingState> _meetings = [];
    private readonly List<RecordingState> _recordings = [];
    private readonly Dictionary<string, AccessGrant> _accessTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RefreshGrant> _refreshTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AuthorizationCode> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PageCursor> _pageTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<(string HostId, DateOnly Day), int> _dailyWrites = [];
    private readonly List<EmulatorRequest> _requests = [];
    private long _rateWindowSecond = long.MinValue;
    private int _rateWindowCount;

    /// <summary>Creates an emulator with its generated account.</summary>
    /// <param name="options">Size, seed and limits; <see langword="null"/> for the defaults.</param>
    /// <param name="timeProvider">The clock; <see langword="null"/> for <see cref="TimeProvider.System"/>.</param>
    public ZoomEmulator(ZoomEmulatorOptions? options = null, TimeProvider? timeProvider = null)
    {
        _options = options ?? new ZoomEmulatorOptions();
        _options.Validate();
        _time = timeProvider ?? TimeProvider.System;
        _random = NewRandom(0);
        var names = new SeedNames(_options.Seed);
        ServiceAccountId = names.Token("acct", 22);
        ClientId = names.Token("s2s", 22);
        ClientSecret = names.Token("s2s-secret", 32);
        OAuthClientId = names.Token("oauth", 22);
        OAuthClientSecret = names.Token("oauth-secret", 32);
        AdminAccessToken = "emu_admin_" + names.Token("admin-token", 40);
        AdminUserId = SeedData.CreateUser(_options.Seed, 0, ServiceAccountId, DateTimeOffset.UnixEpoch).Id!;
        Faults = new EmulatorFaults();
        if (_options.DataPath is { Length: > 0 } dataPath)
        {
            _store = new EmulatorStore(dataPath);
            using var held = _store.Lock();
            if (_store.Load() is { } snapshot)
            {
                Restore(snapshot);
            }
            else
            {
                GenerateAccount();
                Save();
            }
        }
        else
        {
            GenerateAccount();
        }
    }

    /// <summary>Generates the seeded account afresh (users now; their meetings and recordings when first touched).</summary>
    private void GenerateAccount()
    {
        ClearState();
        _seedEpoch = _time.GetUtcNow();
        for (var i = 0; i < _options.UserCount; i++)
        {
            AddUserState(new UserState(i, SeedData.CreateUser(_options.Seed, i, ServiceAccountId, _seedEpoch)));
        }

        _accessTokens[AdminAccessToken] = new AccessGrant(AdminUserId, AccountLevel: true, ClientId, DateTimeOffset.MaxValue, SeedData.AdminScopes);
    }

    /// <summary>The account id of the emulator's Server-to-Server OAuth app (<c>account_credentials</c> grant).</summary>
    public string ServiceAccountId { get; }

    /// <summary>The client id of the Server-to-Server OAuth app.</summary>
    public string ClientId { get; }

    /// <summary>The client secret of the Server-to-Server OAuth app. A secret: never log it.</summary>
    public string ClientSecret { get; }

    /// <summary>The client id of the emulator's user-managed OAuth app (authorization-code and refresh-token grants).</summary>
    public string OAuthClientId { get; }

    /// <summary>The client secret of the user-managed OAuth app. A secret: never log it.</summary>
    public string OAuthClientSecret { get; }

    /// <summary>The redirect URI registered on the user-managed OAuth app (<see cref="ZoomEmulatorOptions.OAuthRedirectUri"/>).</summary>
    public string OAuthRedirectUri => _options.OAuthRedirectUri;

    /// <summary>
    /// A long-lived account-level token for the account owner (<see cref="AdminUserId"/>): <c>me</c> resolves to the
    /// owner and any user id or email may be used. <c>UseZoomEmulator</c> configures it when no service identity is set.
    /// </summary>
    public string AdminAccessToken { get; }

    /// <summary>The id of the account owner, the first generated user.</summary>
    public string AdminUserId { get; }

    /// <summary>
    /// The user (id or email) who "signs in" when a browser reaches <c>/oauth/authorize</c>. Default: the account owner.
    /// A <c>login_hint</c> query parameter on the authorize request takes precedence.
    /// </summary>
    public string? AuthorizingUser { get; set; }

    /// <summary>Injects faults into the next matching requests.</summary>
    public EmulatorFaults Faults { get; }

    /// <summary>The emulator's clock.</summary>
    public TimeProvider TimeProvider => _time;

    /// <summary>Every request received so far, oldest first.</summary>
    public IReadOnlyList<EmulatorRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Forgets the requests received so far.</summary>
    public void ClearRequests()
    {
        lock (_gate)
        {
            _requests.Clear();
        }
    }

    /// <summary>A handler that serves Zoom's REST API (paths under <c>/v2/</c>) and OAuth endpoints (<c>/oauth/...</c>) for any host.</summary>
    public HttpMessageHandler CreateHandler() => new EmulatorHandler(this);

    /// <summary>
    /// Issues an access token for <paramref name="userId"/> as the token endpoint would (valid for
    /// <see cref="ZoomEmulatorOptions.AccessTokenLifetime"/> unless <paramref name="lifetime"/> says otherwise).
    /// </summary>
    /// <param name="userId">The user's id or email.</param>
    /// <param name="accountLevel">
    /// <see langword="true"/> for an account-level token (any user id or email may be used); <see langword="false"/>
    /// (default) for a user-level token that may only use <c>me</c> or the user's own id.
    /// </param>
    /// <param name="lifetime">How long the token stays valid.</param>
    public string IssueAccessToken(string userId, bool accountLevel = false, TimeSpan? lifetime = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        using (Write())
        {
            var user = FindUserState(userId) ?? throw new ArgumentException($"The emulator has no user '{userId}'.", nameof(userId));
            if (user.User.Id is null)
            {
                throw new ArgumentException($"User '{userId}' is pending and cannot sign in.", nameof(userId));
            }

            return NewAccessToken(user.User.Id, accountLevel, accountLevel ? ClientId : OAuthClientId, SeedData.UserScopes, lifetime ?? _options.AccessTokenLifetime);
        }
    }

    internal async Task<HttpResponseMessage> HandleAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var fault = Faults.Take(request);
        if (fault is { Kind: EmulatorFaultKind.Delay })
        {
            await Task.Delay(fault.Delay, _time, cancellationToken).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var now = _time.GetUtcNow();
        var pathAndQuery = Redact(request.RequestUri);
        if (fault is { Kind: EmulatorFaultKind.ServerError or EmulatorFaultKind.DropBeforeApplying })
        {
            lock (_gate)
            {
                _requests.Add(new EmulatorRequest(request.Method.Method, pathAndQuery, null, fault.Kind == EmulatorFaultKind.ServerError ? (int)fault.Status : 0, fault.Kind, now));
            }

            if (fault.Kind == EmulatorFaultKind.DropBeforeApplying)
            {
                throw new HttpRequestException(HttpRequestError.ConnectionError, "The emulator dropped the connection before applying the request (injected fault).");
            }

            return Reply.Error(fault.Status, (int)fault.Status, "The service is temporarily unavailable (injected fault).").ToResponse(request);
        }

        Reply reply;
        string? identity;
        using (ChangesState(request) ? Write() : Read())
        {
            (reply, identity) = Dispatch(request, body, now);
            _requests.Add(new EmulatorRequest(request.Method.Method, pathAndQuery, identity, (int)reply.Status, fault?.Kind, now));
        }

        SendPendingWebhooks();
        if (fault is { Kind: EmulatorFaultKind.DropAfterApplying })
        {
            throw new HttpRequestException(HttpRequestError.ConnectionError, "The emulator dropped the connection after applying the request (injected fault).");
        }

        return reply.ToResponse(request);
    }

    /// <summary>Whether a request may change what is kept (everything but API reads; OAuth issues codes and tokens).</summary>
    private static bool ChangesState(HttpRequestMessage request)
        => (request.Method != HttpMethod.Get && request.Method != HttpMethod.Head)
           || (request.RequestUri?.OriginalString.Contains("/oauth/", StringComparison.OrdinalIgnoreCase) ?? false);

    private (Reply Reply, string? Identity) Dispatch(HttpRequestMessage request, string body, DateTimeOffset now)
    {
        var uri = request.RequestUri ?? throw new InvalidOperationException("The request has no URI.");
        if (!uri.IsAbsoluteUri)
        {
            uri = new Uri(new Uri("https://api.zoom.us/"), uri);
        }

        var path = uri.AbsolutePath;
        var query = HttpUtility.ParseQueryString(uri.Query);
        if (path.StartsWith("/oauth/", StringComparison.OrdinalIgnoreCase))
        {
            return HandleOAuth(request, path, query, body, now);
        }

        if (path.StartsWith("/rec/", StringComparison.OrdinalIgnoreCase))
        {
            return HandleDownload(request, uri, path, query, now);
        }

        var v2 = path.IndexOf("/v2/", StringComparison.Ordinal);
        if (v2 < 0)
        {
            return (Reply.Error(HttpStatusCode.NotFound, 404, "Not Found."), null);
        }

        var grant = Authenticate(request, now);
        if (grant is null)
        {
            return (Reply.InvalidToken(), null);
        }

        var raw = path[(v2 + 4)..].Split('/', StringSplitOptions.RemoveEmptyEntries);
        var segments = raw.Select(DecodeSegment).ToArray();
        var api = new ApiRequest(request.Method, segments, raw, query, body, grant);
        var category = SeedData.Category(request.Method, segments);
        var limited = CheckRateBudget(now, category);
        if (limited is not null)
        {
            return (limited, grant.UserId);
        }

        Reply reply;
        try
        {
            // Recording download URLs point back at whichever host served the API (zoom.us, or a local server).
            _origin = IsZoomHost(uri) ? null : uri.GetLeftPart(UriPartial.Authority);
            var before = Before(api);
            reply = Route(api, now);
            Announce(api, before, reply, now);
        }
        catch (System.Text.Json.JsonException exception)
        {
            // Zoom names the offending field; System.Text.Json reports it as a JSON path such as $.settings.audio.
            var field = exception.Path is { Length: > 2 } jsonPath && jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : "body";
            reply = Reply.Validation(new ZoomFieldError(field, "Invalid field."));
        }
        finally
        {
            _origin = null;
        }

        if (_options.RequestsPerSecond is { } limit)
        {
            reply.WithHeader("X-RateLimit-Category", category)
                .WithHeader("X-RateLimit-Type", "QPS")
                .WithHeader("X-RateLimit-Limit", limit.ToString(CultureInfo.InvariantCulture))
                .WithHeader("X-RateLimit-Remaining", Math.Max(0, limit - _rateWindowCount).ToString(CultureInfo.InvariantCulture));
        }

        return (reply, grant.UserId);
    }

    private Reply Route(ApiRequest request, DateTimeOffset now)
    {
        var s = request.Segments;
        var m = request.Method;
        if (s.Length == 0)
        {
            return NotFound();
        }

        switch (s[0])
        {
            case "users":
                return RouteUsers(request, now);
            case "meetings" when s.Length >= 2:
                if (s.Length >= 3 && s[2] == "recordings")
                {
                    return RouteRecordings(request, now);
                }

                return RouteMeetings(request, now);
            case "past_meetings" when s.Length >= 2 && m == HttpMethod.Get:
                return RoutePastMeetings(request);
            default:
                return NotFound();
        }
    }

    private static Reply NotFound() => Reply.Error(HttpStatusCode.NotFound, 404, "The requested resource was not found.");

    private static Reply MethodNotAllowed() => Reply.Error(HttpStatusCode.MethodNotAllowed, 405, "Method not allowed.");

    private static string DecodeSegment(string raw)
    {
        var once = Uri.UnescapeDataString(raw);
        return once.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(once) : once;
    }

    private AccessGrant? Authenticate(HttpRequestMessage request, DateTimeOffset now)
    {
        var header = request.Headers.Authorization;
        if (header is null || !string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase) || string.IsNullOrEmpty(header.Parameter))
        {
            return null;
        }

        if (!_accessTokens.TryGetValue(header.Parameter, out var grant))
        {
            return null;
        }

        if (grant.ExpiresAt <= now)
        {
            _accessTokens.Remove(header.Parameter);
            return null;
        }

        return _usersById.ContainsKey(grant.UserId) ? grant : null;
    }

    private Reply? CheckRateBudget(DateTimeOffset now, string category)
    {
        if (_options.RequestsPerSecond is not { } limit)
        {
            return null;
        }

        var second = now.ToUnixTimeSeconds();
        if (second != _rateWindowSecond)
        {
            _rateWindowSecond = second;
            _rateWindowCount = 0;
        }

        if (_rateWindowCount >= limit)
        {
            return Reply.Error((HttpStatusCode)429, 429, "You have reached the maximum per-second rate limit for this API. Try again later.")
                .WithHeader("X-RateLimit-Category", category)
                .WithHeader("X-RateLimit-Type", "QPS")
                .WithHeader("X-RateLimit-Limit", limit.ToString(CultureInfo.InvariantCulture))
                .WithHeader("X-RateLimit-Remaining", "0")
                .WithHeader("Retry-After", "1");
        }

        _rateWindowCount++;
        return null;
    }

    /// <summary>Zoom's daily 429 when <paramref name="hostId"/> has used up today's meeting creates/updates, else <see langword="null"/>.</summary>
    private Reply? DailyWriteExceeded(string hostId, DateTimeOffset now)
    {
        var day = DateOnly.FromDateTime(now.UtcDateTime);
        _dailyWrites.TryGetValue((hostId, day), out var used);
        var limit = _options.DailyMeetingWritesPerHost;
        if (used < limit)
        {
            return null;
        }

        var reset = new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return Reply.Error((HttpStatusCode)429, 429,
                string.Create(CultureInfo.InvariantCulture, $"You have exceeded the daily rate limit ({limit}) of Meeting Create/Update API requests permitted for this particular user. You may resume these requests at GMT 00:00:00."))
            .WithHeader("X-RateLimit-Category", "Light")
            .WithHeader("X-RateLimit-Type", "Daily-limit")
            .WithHeader("X-RateLimit-Limit", limit.ToString(CultureInfo.InvariantCulture))
            .WithHeader("X-RateLimit-Remaining", "0")
            .WithHeader("Retry-After", reset.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
    }

    /// <summary>Counts one successful meeting create/update against the host's daily cap (resets at 00:00 UTC).</summary>
    private void CountDailyWrite(string hostId, DateTimeOffset now)
    {
        var key = (hostId, DateOnly.FromDateTime(now.UtcDateTime));
        _dailyWrites[key] = _dailyWrites.GetValueOrDefault(key) + 1;
    }

    /// <summary>Meeting creates plus updates <paramref name="hostId"/> has made today (UTC), as counted against the daily cap.</summary>
    /// <param name="hostId">The host's user id.</param>
    public int MeetingWritesToday(string hostId)
    {
        using (Read())
        {
            return _dailyWrites.TryGetValue((hostId, DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime)), out var used) ? used : 0;
        }
    }

    /// <summary>
    /// Cuts one page from <paramref name="items"/>, honouring <c>page_size</c> (default 30, at most 300),
    /// <c>next_page_token</c> (bound to the rest of the query, expiring) and the legacy <c>page_number</c>.
    /// </summary>
    private Reply? Page<T>(ApiRequest request, IReadOnlyList<T> items, DateTimeOffset now, out List<T> page, out string nextToken, out int pageSize, out int pageNumber)
    {
        page = [];
        nextToken = string.Empty;
        pageSize = 30;
        pageNumber = 1;
        if (request.Q("page_size") is { } sizeText)
        {
            if (!int.TryParse(sizeText, NumberStyles.Integer, CultureInfo.InvariantCulture, out pageSize) || pageSize < 1)
            {
                return Reply.Validation(new ZoomFieldError("page_size", "Invalid field."));
            }

            pageSize = Math.Min(pageSize, 300);
        }

        var key = QueryKey(request);
        var offset = 0;
        if (request.Q("next_page_token") is { } token)
        {
            if (!_pageTokens.TryGetValue(token, out var cursor) || cursor.QueryKey != key || cursor.ExpiresAt <= now)
            {
                return Reply.Invalid("The next page token is invalid or expired.");
            }

            offset = cursor.Offset;
        }
        else if (request.Q("page_number") is { } numberText)
        {
            if (!int.TryParse(numberText, NumberStyles.Integer, CultureInfo.InvariantCulture, out pageNumber) || pageNumber < 1)
            {
                return Reply.Validation(new ZoomFieldError("page_number", "Invalid field."));
            }

            offset = (pageNumber - 1) * pageSize;
        }

        pageNumber = (offset / pageSize) + 1;
        page = items.Skip(offset).Take(pageSize).ToList();
        var next = offset + page.Count;
        if (next < items.Count)
        {
            foreach (var expired in _pageTokens.Where(p => p.Value.ExpiresAt <= now).Select(p => p.Key).ToList())
            {
                _pageTokens.Remove(expired);
            }

            nextToken = NewSecret(32);
            _pageTokens[nextToken] = new PageCursor(key, next, now + _options.PageTokenLifetime);
        }

        return null;
    }

    private static string QueryKey(ApiRequest request)
    {
        var builder = new StringBuilder(request.Method.Method).Append(' ').Append(string.Join('/', request.Segments));
        foreach (var name in request.Query.AllKeys.Where(k => k is not null && k != "next_page_token" && k != "page_number").Order(StringComparer.Ordinal))
        {
            builder.Append('&').Append(name).Append('=').Append(request.Query[name]);
        }

        return builder.ToString();
    }

    private string NewSecret(int length)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        return string.Create(length, _random, static (span, random) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[random.Next(alphabet.Length)];
            }
        });
    }

    private static readonly string[] SecretQueryNames = ["code", "refresh_token", "code_verifier", "token", "client_secret", "access_token", "password"];

    private static string Redact(Uri? uri)
    {
        if (uri is null)
        {
            return string.Empty;
        }

        var path = uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString.Split('?')[0];
        var query = uri.IsAbsoluteUri ? uri.Query : (uri.OriginalString.Contains('?', StringComparison.Ordinal) ? uri.OriginalString[uri.OriginalString.IndexOf('?', StringComparison.Ordinal)..] : string.Empty);
        if (query.Length <= 1)
        {
            return path;
        }

        var parts = query[1..].Split('&').Select(part =>
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var name = eq < 0 ? part : part[..eq];
            return eq >= 0 && SecretQueryNames.Contains(Uri.UnescapeDataString(name), StringComparer.OrdinalIgnoreCase) ? name + "=***" : part;
        });
        return path + "?" + string.Join('&', parts);
    }

    private sealed class EmulatorHandler(ZoomEmulator emulator) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => emulator.HandleAsync(request, cancellationToken);
    }

    private static NameValueCollection ParseForm(string body) => HttpUtility.ParseQueryString(body);

    /// <summary>The <c>action</c> of a status body such as <c>{"action":"recover"}</c>, or <see langword="null"/>.</summary>
    private static string? ReadAction(string body)
        => (System.Text.Json.Nodes.JsonNode.Parse(body) as System.Text.Json.Nodes.JsonObject)?["action"] is System.Text.Json.Nodes.JsonValue value
           && value.TryGetValue<string>(out var action) ? action : null;
}
