using System.Collections.Specialized;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Zoom.Connector.Models;

namespace Zoom.Connector.Testing;

public sealed partial class ZoomEmulator
{
    private (Reply Reply, string? Identity) HandleOAuth(HttpRequestMessage request, string path, NameValueCollection query, string body, DateTimeOffset now)
    {
        var parameters = new NameValueCollection(query);
        if (request.Content?.Headers.ContentType?.MediaType == "application/x-www-form-urlencoded")
        {
            parameters.Add(ParseForm(body));
        }

        switch (path.TrimEnd('/').ToLowerInvariant())
        {
            case "/oauth/authorize" when request.Method == HttpMethod.Get:
                return (Authorize(parameters, now), parameters["client_id"]);
            case "/oauth/token" when request.Method == HttpMethod.Post:
            {
                var client = ReadClient(request);
                return (Token(client, parameters, now), client?.Id);
            }

            case "/oauth/revoke" when request.Method == HttpMethod.Post:
            {
                var client = ReadClient(request);
                return (Revoke(client, parameters, now), client?.Id);
            }

            default:
                return (Reply.Error(HttpStatusCode.NotFound, 404, "Not Found."), null);
        }
    }

    private sealed record Client(string Id, string Secret);

    private static Client? ReadClient(HttpRequestMessage request)
    {
        var header = request.Headers.Authorization;
        if (header is null || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
        {
            return null;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? null : new Client(text[..colon], text[(colon + 1)..]);
        }
        catch (FormatException)
        {
            // Not base64: treated like a missing header, which the caller reports as invalid_client.
            return null;
        }
    }

    private static bool IsClient(Client? client, string id, string secret)
        => client is not null
           && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(client.Id), Encoding.UTF8.GetBytes(id))
           && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(client.Secret), Encoding.UTF8.GetBytes(secret));

    private Reply Authorize(NameValueCollection parameters, DateTimeOffset now)
    {
        if (parameters["response_type"] != "code")
        {
            return Reply.OAuth("unsupported_response_type", "Unsupported response type");
        }

        if (parameters["client_id"] != OAuthClientId)
        {
            return Reply.OAuth("invalid_client", "Invalid client_id");
        }

        var redirect = parameters["redirect_uri"];
        if (redirect != _options.OAuthRedirectUri)
        {
            return Reply.OAuth("invalid_request", "Invalid redirect_uri: it must match the app's redirect URL exactly");
        }

        var challenge = parameters["code_challenge"];
        var method = parameters["code_challenge_method"] ?? "plain";
        if (challenge is not null && method is not ("S256" or "plain"))
        {
            return Reply.OAuth("invalid_request", "Invalid code_challenge_method");
        }

        var who = parameters["login_hint"] ?? AuthorizingUser ?? AdminUserId;
        var user = FindUserState(who);
        if (user?.User.Id is null || user.User.Status != UserStatus.Active)
        {
            return Reply.OAuth("access_denied", "The user cannot authorize this app");
        }

        var code = NewSecret(32);
        _codes[code] = new AuthorizationCode(user.User.Id, OAuthClientId, redirect, challenge, method, now + _options.AuthorizationCodeLifetime, SeedData.UserScopes);
        var location = new StringBuilder(redirect).Append(redirect.Contains('?', StringComparison.Ordinal) ? '&' : '?')
            .Append("code=").Append(Uri.EscapeDataString(code));
        if (parameters["state"] is { } state)
        {
            location.Append("&state=").Append(Uri.EscapeDataString(state));
        }

        return Reply.Redirect(new Uri(location.ToString()));
    }

    private Reply Token(Client? client, NameValueCollection parameters, DateTimeOffset now)
    {
        var grantType = parameters["grant_type"];
        switch (grantType)
        {
            case "account_credentials":
            {
                if (!IsClient(client, ClientId, ClientSecret))
                {
                    return Reply.OAuth("invalid_client", "Invalid client_id or client_secret");
                }

                if (parameters["account_id"] != ServiceAccountId)
                {
                    return Reply.OAuth("invalid_request", "Invalid account_id");
                }

                var access = NewAccessToken(AdminUserId, accountLevel: true, ClientId, SeedData.AdminScopes, _options.AccessTokenLifetime);
                if (_options.InvalidateOlderServerToServerTokens)
                {
                    // As Zoom does: a new S2S token for the same app (and index) invalidates the earlier ones.
                    var index = parameters["index"] ?? string.Empty;
                    foreach (var older in _serverToServerIndex.Where(p => p.Value == index).Select(p => p.Key).ToList())
                    {
                        _accessTokens.Remove(older);
                        _serverToServerIndex.Remove(older);
                    }

                    _serverToServerIndex[access] = index;
                }

                return TokenReply(access, null, SeedData.AdminScopes);
            }

            case "authorization_code":
            {
                if (!IsClient(client, OAuthClientId, OAuthClientSecret))
                {
                    return Reply.OAuth("invalid_client", "Invalid client_id or client_secret");
                }

                var codeText = parameters["code"];
                if (codeText is null || !_codes.Remove(codeText, out var code))
                {
                    return Reply.OAuth("invalid_request", "Invalid authorization code");
                }

                if (code.ExpiresAt <= now)
                {
                    return Reply.OAuth("invalid_request", "Authorization code is expired");
                }

                if (parameters["redirect_uri"] != code.RedirectUri)
                {
                    return Reply.OAuth("invalid_request", "Redirect URI mismatch");
                }

                if (code.Challenge is not null && !VerifyPkce(code, parameters["code_verifier"]))
                {
                    return Reply.OAuth("invalid_grant", "Invalid code_verifier");
                }

                // A new authorization replaces earlier ones of the same user and app: only the latest stays valid.
                foreach (var old in _refreshTokens.Where(p => p.Value.UserId == code.UserId && p.Value.ClientId == code.ClientId).Select(p => p.Key).ToList())
                {
                    _refreshTokens.Remove(old);
                }

                return IssueUserTokens(code.UserId, code.ClientId, code.Scope);
            }

            case "refresh_token":
            {
                if (!IsClient(client, OAuthClientId, OAuthClientSecret))
                {
                    return Reply.OAuth("invalid_client", "Invalid client_id or client_secret");
                }

                var refresh = parameters["refresh_token"];
                if (refresh is null || !_refreshTokens.TryGetValue(refresh, out var grant) || grant.ClientId != client!.Id)
                {
                    return Reply.OAuth("invalid_grant", "Invalid Token!");
                }

                if (!_usersById.ContainsKey(grant.UserId))
                {
                    return Reply.OAuth("invalid_grant", "Invalid Token!");
                }

                _refreshTokens.Remove(refresh);
                return IssueUserTokens(grant.UserId, grant.ClientId, grant.Scope);
            }

            case null or "":
                return Reply.OAuth("invalid_request", "Missing grant_type");
            default:
                return Reply.OAuth("unsupported_grant_type", "unsupported grant type");
        }
    }

    private Reply IssueUserTokens(string userId, string clientId, string scope)
    {
        var access = NewAccessToken(userId, accountLevel: false, clientId, scope, _options.AccessTokenLifetime);
        var refresh = "emu_rt_" + NewSecret(40);
        _refreshTokens[refresh] = new RefreshGrant(userId, clientId, scope);
        return TokenReply(access, refresh, scope);
    }

    private Reply TokenReply(string access, string? refresh, string scope)
        => Reply.Ok(
            new EmulatorTokenResponse(access, "bearer", (int)_options.AccessTokenLifetime.TotalSeconds, scope, refresh, "https://api.zoom.us"),
            EmulatorJsonContext.Default.EmulatorTokenResponse);

    private static bool VerifyPkce(AuthorizationCode code, string? verifier)
    {
        if (string.IsNullOrEmpty(verifier))
        {
            return false;
        }

        var expected = code.ChallengeMethod == "S256"
            ? Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_')
            : verifier;
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(code.Challenge!));
    }

    private Reply Revoke(Client? client, NameValueCollection parameters, DateTimeOffset now)
    {
        if (client is null || !(IsClient(client, OAuthClientId, OAuthClientSecret) || IsClient(client, ClientId, ClientSecret)))
        {
            return Reply.OAuth("invalid_client", "Invalid client_id or client_secret");
        }

        var token = parameters["token"];
        if (string.IsNullOrEmpty(token))
        {
            return Reply.OAuth("invalid_request", "Missing token");
        }

        // As Zoom: a live access token or refresh token ends the whole grant; an expired access token is no longer a
        // credential, so it ends nothing (the refresh token stays live) and is refused like an unknown one.
        string? userId = null;
        if (_accessTokens.TryGetValue(token, out var access) && access.ClientId == client.Id && token != AdminAccessToken && access.ExpiresAt > now)
        {
            userId = access.UserId;
        }
        else if (_refreshTokens.TryGetValue(token, out var refresh) && refresh.ClientId == client.Id)
        {
            userId = refresh.UserId;
        }

        if (userId is null)
        {
            return Reply.OAuth("invalid_request", "Invalid Token!");
        }

        foreach (var key in _accessTokens.Where(p => p.Value.UserId == userId && p.Value.ClientId == client.Id && p.Key != AdminAccessToken).Select(p => p.Key).ToList())
        {
            _accessTokens.Remove(key);
        }

        foreach (var key in _refreshTokens.Where(p => p.Value.UserId == userId && p.Value.ClientId == client.Id).Select(p => p.Key).ToList())
        {
            _refreshTokens.Remove(key);
        }

        return Reply.Ok(new EmulatorRevokeResponse("success"), EmulatorJsonContext.Default.EmulatorRevokeResponse);
    }

    private string NewAccessToken(string userId, bool accountLevel, string clientId, string scope, TimeSpan lifetime)
    {
        var now = _time.GetUtcNow();
        foreach (var expired in _accessTokens.Where(p => p.Value.ExpiresAt <= now).Select(p => p.Key).ToList())
        {
            _accessTokens.Remove(expired);
        }

        var token = "emu_at_" + NewSecret(40);
        var expires = lifetime == TimeSpan.MaxValue ? DateTimeOffset.MaxValue : now + lifetime;
        _accessTokens[token] = new AccessGrant(userId, accountLevel, clientId, expires, scope);
        return token;
    }
}
