using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zoom.Connector.Http;

namespace Zoom.Connector.Authentication;

/// <summary>
/// OAuth sign-in (authorization code with PKCE S256) for the identities whose tokens live in the
/// <see cref="IZoomTokenStore"/>: a person's action identity (any user key; app <c>Zoom:Actions</c>) and the admin
/// authorization-code service identity (key <see cref="ZoomTokenKeys.Service"/>; app <c>Zoom:Service</c>).
/// </summary>
public interface IZoomAuthorizationFlow
{
    /// <summary>
    /// Starts a sign-in: returns the URL to send the person's browser to. The <c>state</c> in it is unguessable,
    /// single-use, bound to <paramref name="identityKey"/>, and expires after <see cref="StateLifetime"/>.
    /// </summary>
    /// <param name="identityKey">The person's user key (the host's choice, e.g. an e-mail), or <see cref="ZoomTokenKeys.Service"/>.</param>
    ZoomAuthorizationRequest CreateAuthorizationRequest(string identityKey);

    /// <summary>
    /// Completes a sign-in on the redirect: checks <paramref name="state"/> (unknown, reused or expired states are
    /// refused with <see cref="ZoomAuthorizationStateException"/> before anything is sent), exchanges
    /// <paramref name="code"/> with the sign-in's PKCE verifier, and stores the tokens under the identity key the state
    /// was issued for.
    /// </summary>
    /// <param name="state">The <c>state</c> query parameter of the redirect.</param>
    /// <param name="code">The <c>code</c> query parameter of the redirect. A secret.</param>
    /// <param name="expectedIdentityKey">
    /// When given, the state must have been issued for this key (e.g. the user of the current web session); otherwise
    /// it is refused with <see cref="ZoomAuthorizationStateProblem.IdentityMismatch"/>.
    /// </param>
    /// <param name="cancellationToken">Cancels the exchange.</param>
    Task<ZoomAuthorizationResult> CompleteAuthorizationAsync(string state, string code, string? expectedIdentityKey = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Signs an identity out: revokes its grant at Zoom (<c>/oauth/revoke</c> with the refresh token, which ends the
    /// grant even when the access token has expired) and clears its stored tokens. A token Zoom no longer knows counts
    /// as revoked. When the revoke fails for a reason that may pass (HTTP 5xx or 429, a network failure, a timeout) the
    /// tokens are kept and <see cref="ZoomSignOutIncompleteException"/> is thrown: call again later. Any other refusal
    /// (e.g. <c>invalid_client</c>) still clears the tokens and is then rethrown. A cancelled sign-out keeps the tokens.
    /// </summary>
    /// <param name="identityKey">The person's user key, or <see cref="ZoomTokenKeys.Service"/>.</param>
    /// <param name="cancellationToken">Cancels the revoke request.</param>
    Task SignOutAsync(string identityKey, CancellationToken cancellationToken = default);

    /// <summary>How long a sign-in may take between <see cref="CreateAuthorizationRequest"/> and the redirect: 10 minutes.</summary>
    TimeSpan StateLifetime { get; }
}

/// <summary>A started sign-in.</summary>
public sealed record ZoomAuthorizationRequest
{
    /// <summary>Where to send the browser: Zoom's authorize URL with response_type, client_id, redirect_uri, state and the PKCE challenge.</summary>
    public required Uri AuthorizationUri { get; init; }

    /// <summary>The identity the tokens will be stored for.</summary>
    public required string IdentityKey { get; init; }

    /// <summary>The <c>state</c> value (also inside <see cref="AuthorizationUri"/>), e.g. to keep in the web session.</summary>
    public required string State { get; init; }

    /// <summary>When the state stops being accepted.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }
}

/// <summary>A completed sign-in.</summary>
public sealed record ZoomAuthorizationResult
{
    /// <summary>The identity whose tokens were stored.</summary>
    public required string IdentityKey { get; init; }

    /// <summary>The scopes Zoom granted.</summary>
    public required IReadOnlyList<string> Scopes { get; init; }

    /// <summary>When the new access token expires (it is refreshed automatically from then on).</summary>
    public required DateTimeOffset AccessTokenExpiresAt { get; init; }
}

/// <summary>PKCE (RFC 7636) with the S256 method.</summary>
internal static class ZoomPkce
{
    /// <summary>A 43-character verifier from 32 random bytes.</summary>
    public static string CreateVerifier() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>BASE64URL(SHA256(ASCII(verifier))).</summary>
    public static string Challenge(string verifier) => Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    /// <summary>Unpadded base64url.</summary>
    public static string Base64Url(byte[] bytes)
        => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>Which OAuth app serves an identity key, read from the options.</summary>
internal sealed class ZoomOAuthApps(IOptions<ZoomConnectorOptions> options, ZoomConfigurationPath path)
{
    /// <summary>The app credentials for the identity, or a clear exception naming the missing keys.</summary>
    public ZoomClientCredentials Credentials(string identityKey)
    {
        if (ZoomTokenKeys.IsReserved(identityKey) && !ZoomTokenKeys.IsService(identityKey))
        {
            throw new ArgumentException($"Identity keys starting with '{ZoomTokenKeys.Service}:' are reserved by the connector; choose another user key.", nameof(identityKey));
        }

        var o = options.Value;
        var (id, secret, prefix) = ZoomTokenKeys.IsService(identityKey)
            ? (o.Service.ClientId, o.Service.ClientSecret, "Service")
            : (o.Actions.ClientId, o.Actions.ClientSecret, "Actions");
        if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(secret))
        {
            throw new ZoomAuthenticationException(
                $"Identity '{identityKey}' needs an OAuth app: set {path.Key(prefix + ":ClientId")} and {path.Key(prefix + ":ClientSecret")}.");
        }

        return new ZoomClientCredentials(id, secret);
    }

    public string RedirectUri(string identityKey)
    {
        var o = options.Value;
        var (uri, key) = ZoomTokenKeys.IsService(identityKey) ? (o.Service.RedirectUri, "Service:RedirectUri") : (o.Actions.RedirectUri, "Actions:RedirectUri");
        if (string.IsNullOrWhiteSpace(uri))
        {
            throw new ZoomAuthenticationException($"Signing identity '{identityKey}' in needs {path.Key(key)} (the redirect URI registered on the Zoom app).");
        }

        return uri;
    }

    public IList<string> Scopes(string identityKey) => ZoomTokenKeys.IsService(identityKey) ? [] : options.Value.Actions.Scopes;

    public Uri AuthorizeUri => new(options.Value.AuthorizeUrl, UriKind.Absolute);
}

/// <summary>The default <see cref="IZoomAuthorizationFlow"/>.</summary>
internal sealed partial class ZoomAuthorizationFlow(
    ZoomOAuthApps apps,
    IZoomAuthorizationStateStore states,
    ZoomOAuthClient oauth,
    IZoomTokenStore store,
    TimeProvider timeProvider,
    ILogger<ZoomAuthorizationFlow> logger) : IZoomAuthorizationFlow
{
    public static readonly TimeSpan DefaultStateLifetime = TimeSpan.FromMinutes(10);

    public TimeSpan StateLifetime => DefaultStateLifetime;

    public ZoomAuthorizationRequest CreateAuthorizationRequest(string identityKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(identityKey);
        var client = apps.Credentials(identityKey);
        var redirectUri = apps.RedirectUri(identityKey);
        var state = ZoomPkce.Base64Url(RandomNumberGenerator.GetBytes(32));
        var verifier = ZoomPkce.CreateVerifier();
        var expiresAt = timeProvider.GetUtcNow() + StateLifetime;

        var query = new StringBuilder();
        Append(query, "response_type", "code");
        Append(query, "client_id", client.ClientId);
        Append(query, "redirect_uri", redirectUri);
        Append(query, "state", state);
        Append(query, "code_challenge", ZoomPkce.Challenge(verifier));
        Append(query, "code_challenge_method", "S256");
        var scopes = apps.Scopes(identityKey);
        if (scopes.Count > 0)
        {
            Append(query, "scope", string.Join(' ', scopes));
        }

        var authorize = new UriBuilder(apps.AuthorizeUri) { Query = query.ToString() };
        states.Add(state, new ZoomPendingAuthorization(identityKey, verifier, redirectUri, expiresAt));
        LogStarted(logger, identityKey, expiresAt);
        return new ZoomAuthorizationRequest { AuthorizationUri = authorize.Uri, IdentityKey = identityKey, State = state, ExpiresAt = expiresAt };
    }

    public async Task<ZoomAuthorizationResult> CompleteAuthorizationAsync(
        string state, string code, string? expectedIdentityKey = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(state))
        {
            throw new ZoomAuthorizationStateException(ZoomAuthorizationStateProblem.Unknown,
                "The OAuth callback carries no state; the sign-in is refused.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        var pending = await TakeStateAsync(state, expectedIdentityKey, cancellationToken).ConfigureAwait(false);
        var client = apps.Credentials(pending.IdentityKey);
        var entry = await oauth.ExchangeCodeAsync(client, code, pending.RedirectUri, pending.CodeVerifier, cancellationToken, pending.IdentityKey).ConfigureAwait(false);

        // A new authorization supersedes whatever was stored (Zoom revokes the earlier grant).
        while (true)
        {
            var current = await store.GetAsync(pending.IdentityKey, cancellationToken).ConfigureAwait(false);
            if (await store.TrySetAsync(pending.IdentityKey, entry, current?.Version ?? 0, cancellationToken).ConfigureAwait(false) is not null)
            {
                break;
            }
        }

        LogCompleted(logger, pending.IdentityKey, entry.Scopes);

        return new ZoomAuthorizationResult { IdentityKey = pending.IdentityKey, Scopes = entry.Scopes, AccessTokenExpiresAt = entry.ExpiresAt };
    }

    public async Task SignOutAsync(string identityKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(identityKey);
        var stored = await store.GetAsync(identityKey, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            LogNothingToSignOut(logger, identityKey);
            return;
        }

        var client = apps.Credentials(identityKey);
        ZoomOAuthException? refused = null;
        while (true)
        {
            try
            {
                await RevokeGrantAsync(client, stored.Entry, cancellationToken).ConfigureAwait(false);
            }
            catch (ZoomOAuthException ex) when (IsAlreadyRevoked(ex))
            {
                LogAlreadyInvalid(logger, identityKey, ex.Error);
            }
            catch (Exception ex) when (IsTransient(ex, cancellationToken))
            {
                // Deleting now would leave the grant live at Zoom with nothing left to revoke it with: keep the tokens.
                LogSignOutIncomplete(logger, identityKey, ex.GetType().Name);
                var reason = ex is ZoomOAuthException oauthFailure
                    ? $"Zoom's revoke endpoint answered HTTP {(int)oauthFailure.StatusCode}"
                    : "Zoom's revoke endpoint could not be reached or did not answer in time";
                throw new ZoomSignOutIncompleteException(identityKey,
                    $"Signing identity '{identityKey}' out of Zoom did not complete: {reason}. Its tokens are kept so the grant can still be revoked; sign out again later.",
                    ex);
            }
            catch (ZoomOAuthException ex)
            {
                // A lasting refusal (e.g. invalid_client): retrying will not help, so the local copy goes anyway and
                // the refusal is reported once the store is cleared.
                refused ??= ex;
            }

            // A refresh may have rotated the entry while the revoke was in flight: revoke the newer grant too.
            if (await store.TryRemoveAsync(identityKey, stored.Version, CancellationToken.None).ConfigureAwait(false)
                || await store.GetAsync(identityKey, CancellationToken.None).ConfigureAwait(false) is not { } current)
            {
                break;
            }

            stored = current;
        }

        LogSignedOut(logger, identityKey);
        if (refused is not null)
        {
            throw refused;
        }
    }

    /// <summary>
    /// Ends the grant at Zoom: the refresh token is revoked (it outlives an expired access token, so revoking only the
    /// access token could leave the grant alive). If Zoom does not accept the refresh token and the access token is
    /// still valid, the access token is revoked as well.
    /// </summary>
    private async Task RevokeGrantAsync(ZoomClientCredentials client, ZoomTokenEntry entry, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(entry.RefreshToken))
        {
            try
            {
                await oauth.RevokeAsync(client, entry.RefreshToken, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (ZoomOAuthException ex) when (IsAlreadyRevoked(ex) && entry.ExpiresAt > timeProvider.GetUtcNow())
            {
                // Refused as unknown while the access token still lives: end the grant through the access token.
            }
        }

        await oauth.RevokeAsync(client, entry.AccessToken, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Zoom no longer knows the token: the grant is already over.</summary>
    private static bool IsAlreadyRevoked(ZoomOAuthException exception)
        => exception.RequiresReauthorization
           || exception.StatusCode == System.Net.HttpStatusCode.Unauthorized
           || string.Equals(exception.Error, "invalid_token", StringComparison.OrdinalIgnoreCase);

    /// <summary>A failure that may pass: Zoom's 5xx or 429, the network, or a timeout (not the caller's cancellation).</summary>
    private static bool IsTransient(Exception exception, CancellationToken cancellationToken)
        => exception switch
        {
            ZoomOAuthException oauthFailure => (int)oauthFailure.StatusCode >= 500 || (int)oauthFailure.StatusCode == 429,
            HttpRequestException or TimeoutException or System.IO.IOException => true,
            OperationCanceledException => !cancellationToken.IsCancellationRequested,
            _ => false,
        };

    /// <summary>Takes the state (it counts as used from now on, whatever the outcome) and checks it.</summary>
    private async Task<ZoomPendingAuthorization> TakeStateAsync(string state, string? expectedIdentityKey, CancellationToken cancellationToken)
    {
        var pending = await states.TakeAsync(state, cancellationToken).ConfigureAwait(false)
            ?? throw new ZoomAuthorizationStateException(ZoomAuthorizationStateProblem.Unknown,
                "The OAuth callback's state was not issued by this application, was already used, or has long expired; the sign-in is refused. Start the sign-in again.");
        if (timeProvider.GetUtcNow() >= pending.ExpiresAt)
        {
            throw new ZoomAuthorizationStateException(ZoomAuthorizationStateProblem.Expired,
                $"The OAuth sign-in for identity '{pending.IdentityKey}' expired before the callback arrived; start the sign-in again.");
        }

        // A blank expected key (a session check that found no user) refuses like a mismatch, never "anyone".
        if (expectedIdentityKey is not null
            && (string.IsNullOrWhiteSpace(expectedIdentityKey) || !string.Equals(expectedIdentityKey, pending.IdentityKey, StringComparison.Ordinal)))
        {
            throw new ZoomAuthorizationStateException(ZoomAuthorizationStateProblem.IdentityMismatch,
                $"The OAuth callback's state was issued for another identity than '{expectedIdentityKey}'; the sign-in is refused.");
        }

        return pending;
    }

    private static void Append(StringBuilder query, string name, string value)
    {
        if (query.Length > 0)
        {
            query.Append('&');
        }

        query.Append(name).Append('=').Append(Uri.EscapeDataString(value));
    }

    [LoggerMessage(EventId = 1131, Level = LogLevel.Debug, Message = "Started a Zoom sign-in for identity {IdentityKey}; the state expires at {ExpiresAt:O}.")]
    private static partial void LogStarted(ILogger logger, string identityKey, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 1132, Level = LogLevel.Debug, Message = "Completed the Zoom sign-in of identity {IdentityKey}; granted scopes: {Scopes}.")]
    private static partial void LogCompleted(ILogger logger, string identityKey, IReadOnlyList<string> scopes);

    [LoggerMessage(EventId = 1133, Level = LogLevel.Debug, Message = "Signed identity {IdentityKey} out of Zoom; its tokens were cleared.")]
    private static partial void LogSignedOut(ILogger logger, string identityKey);

    [LoggerMessage(EventId = 1134, Level = LogLevel.Debug, Message = "Identity {IdentityKey} had no Zoom tokens to sign out.")]
    private static partial void LogNothingToSignOut(ILogger logger, string identityKey);

    [LoggerMessage(EventId = 1136, Level = LogLevel.Warning, Message = "Signing identity {IdentityKey} out of Zoom did not complete ({Failure}); its tokens are kept for a retry.")]
    private static partial void LogSignOutIncomplete(ILogger logger, string identityKey, string failure);

    [LoggerMessage(EventId = 1135, Level = LogLevel.Debug, Message = "Zoom already refused the token of identity {IdentityKey} ({Error}); treating it as revoked.")]
    private static partial void LogAlreadyInvalid(ILogger logger, string identityKey, string? error);
}
