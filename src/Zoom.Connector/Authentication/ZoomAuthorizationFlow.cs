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
    /// Signs an identity out: revokes its token at Zoom (<c>/oauth/revoke</c>) and clears its stored tokens. The tokens
    /// are cleared even when the revoke request fails; that failure is then rethrown (a token Zoom already refuses
    /// counts as revoked).
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

/// <summary>The sign-ins in progress, by state. States are single-use and expire.</summary>
internal sealed class ZoomAuthorizationStateStore(TimeProvider timeProvider)
{
    private readonly Dictionary<string, Pending> _pending = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public void Add(string state, Pending pending)
    {
        lock (_gate)
        {
            Purge();
            _pending.Add(state, pending);
        }
    }

    /// <summary>Takes the state: from now on it counts as used, whatever the outcome.</summary>
    public Pending Take(string state, string? expectedIdentityKey)
    {
        lock (_gate)
        {
            Purge();
            if (!_pending.TryGetValue(state, out var pending))
            {
                throw new ZoomAuthorizationStateException(ZoomAuthorizationStateProblem.Unknown,
                    "The OAuth callback's state was not issued by this application (or has long expired); the sign-in is refused. Start the sign-in again.");
            }

            if (pending.Used)
            {
                throw new ZoomAuthorizationStateException(ZoomAuthorizationStateProblem.Reused,
                    "The OAuth callback's state has already been used; states are single-use, so the sign-in is refused. Start the sign-in again.");
            }

            _pending[state] = pending with { Used = true };
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
    }

    /// <summary>Forgets states well past their expiry (used ones are kept until then to recognise reuse).</summary>
    private void Purge()
    {
        var horizon = timeProvider.GetUtcNow() - ZoomAuthorizationFlow.DefaultStateLifetime;
        List<string>? old = null;
        foreach (var (state, pending) in _pending)
        {
            if (pending.ExpiresAt < horizon)
            {
                (old ??= []).Add(state);
            }
        }

        old?.ForEach(state => _pending.Remove(state));
    }

    internal sealed record Pending(string IdentityKey, string CodeVerifier, string RedirectUri, DateTimeOffset ExpiresAt, bool Used)
    {
        public override string ToString() => $"Pending {{ IdentityKey = {IdentityKey}, ExpiresAt = {ExpiresAt:O}, Used = {Used} }}";
    }
}

/// <summary>Which OAuth app serves an identity key, read from the options.</summary>
internal sealed class ZoomOAuthApps(IOptions<ZoomConnectorOptions> options, ZoomConfigurationPath path)
{
    /// <summary>The app credentials for the identity, or a clear exception naming the missing keys.</summary>
    public ZoomClientCredentials Credentials(string identityKey)
    {
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
    ZoomAuthorizationStateStore states,
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
        states.Add(state, new ZoomAuthorizationStateStore.Pending(identityKey, verifier, redirectUri, expiresAt, Used: false));
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
        var pending = states.Take(state, expectedIdentityKey);
        var client = apps.Credentials(pending.IdentityKey);
        var entry = await oauth.ExchangeCodeAsync(client, code, pending.RedirectUri, pending.CodeVerifier, cancellationToken).ConfigureAwait(false);

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

        try
        {
            // Revoking the access token ends the grant: Zoom then refuses the refresh token too.
            await oauth.RevokeAsync(apps.Credentials(identityKey), stored.Entry.AccessToken, cancellationToken).ConfigureAwait(false);
        }
        catch (ZoomOAuthException ex) when (ex.RequiresReauthorization || ex.StatusCode == System.Net.HttpStatusCode.Unauthorized)
        {
            LogAlreadyInvalid(logger, identityKey, ex.Error);
        }
        finally
        {
            // Clear whatever is stored now (a refresh may have rotated the entry meanwhile).
            while (await store.GetAsync(identityKey, CancellationToken.None).ConfigureAwait(false) is { } current
                   && !await store.TryRemoveAsync(identityKey, current.Version, CancellationToken.None).ConfigureAwait(false))
            {
                // Changed between the read and the removal: read again.
            }

            LogSignedOut(logger, identityKey);
        }
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

    [LoggerMessage(EventId = 1135, Level = LogLevel.Debug, Message = "Zoom already refused the token of identity {IdentityKey} ({Error}); treating it as revoked.")]
    private static partial void LogAlreadyInvalid(ILogger logger, string identityKey, string? error);
}
