using Microsoft.Extensions.Logging;

namespace Zoom.Connector.Authentication;

/// <summary>Token lifetime rules shared by the providers.</summary>
internal static class ZoomTokenLifetime
{
    /// <summary>A token is renewed this long before it expires, so that no request carries a token about to lapse.</summary>
    public static readonly TimeSpan RefreshBuffer = TimeSpan.FromSeconds(60);
}

/// <summary>
/// A provider that, after Zoom refused a token, renews only if its current token is still that
/// one: many requests failing with the same token cause one renewal, not one each.
/// </summary>
internal interface IZoomRenewableTokenProvider
{
    ValueTask<ZoomAccessToken> RenewAsync(ZoomAccessToken rejected, CancellationToken cancellationToken);
}

/// <summary>
/// Server-to-Server OAuth (<c>account_credentials</c>): no refresh token, so a new access token is requested shortly
/// before the cached one expires. Zoom invalidates an app's S2S token when it issues a newer one (per <c>index</c>),
/// so the token is shared through the <see cref="IZoomTokenStore"/> (key <see cref="ZoomTokenKeys.ServerToServer"/>)
/// and fetched under the <see cref="IZoomRefreshCoordinator"/>: with a shared store and coordinator (a fleet on
/// Redis) one instance asks Zoom and the others read its token. After a 401 the shared token is read again before
/// Zoom is asked for a new one, since another instance may already have replaced it.
/// </summary>
internal sealed partial class ServerToServerTokenProvider(
    ZoomOAuthClient oauth,
    ZoomClientCredentials client,
    string accountId,
    int? tokenIndex,
    IZoomTokenStore store,
    IZoomRefreshCoordinator coordinator,
    TimeProvider timeProvider,
    ILogger<ServerToServerTokenProvider> logger) : IZoomAccessTokenProvider, IZoomRenewableTokenProvider
{
    private readonly string _key = ZoomTokenKeys.ServerToServerKey(tokenIndex);
    private ZoomAccessToken? _cached;

    public ValueTask<ZoomAccessToken> GetAccessTokenAsync(bool forceRefresh, CancellationToken cancellationToken = default)
        => GetAsync(forceRefresh, rejected: null, cancellationToken);

    public ValueTask<ZoomAccessToken> RenewAsync(ZoomAccessToken rejected, CancellationToken cancellationToken)
        => GetAsync(forceRefresh: true, rejected, cancellationToken);

    private async ValueTask<ZoomAccessToken> GetAsync(bool forceRefresh, ZoomAccessToken? rejected, CancellationToken cancellationToken)
    {
        var cached = Volatile.Read(ref _cached);
        if (IsUsable(cached, forceRefresh, rejected))
        {
            return cached!;
        }

        // Another instance (or a provider of this process built earlier) may hold a newer token.
        var shared = await store.GetAsync(_key, cancellationToken).ConfigureAwait(false);
        if (shared is not null && IsUsable(shared.Entry.ToAccessToken(), forceRefresh, rejected ?? cached))
        {
            return Remember(shared.Entry.ToAccessToken());
        }

        var token = await coordinator.RunAsync(_key, ct => FetchAsync(forceRefresh, rejected ?? cached, ct), cancellationToken).ConfigureAwait(false);
        return Remember(token);
    }

    private ZoomAccessToken Remember(ZoomAccessToken token)
    {
        Volatile.Write(ref _cached, token);
        return token;
    }

    private bool IsUsable(ZoomAccessToken? token, bool forceRefresh, ZoomAccessToken? rejected)
        => token is not null
           && token.IsValidAt(timeProvider.GetUtcNow(), ZoomTokenLifetime.RefreshBuffer)
           && (!forceRefresh || (rejected is not null && !string.Equals(token.Value, rejected.Value, StringComparison.Ordinal)));

    private async Task<ZoomAccessToken> FetchAsync(bool forceRefresh, ZoomAccessToken? rejected, CancellationToken cancellationToken)
    {
        // A caller that found the token stale may arrive just after another renewal stored a new one.
        var shared = await store.GetAsync(_key, cancellationToken).ConfigureAwait(false);
        if (shared is not null && IsUsable(shared.Entry.ToAccessToken(), forceRefresh, rejected))
        {
            return shared.Entry.ToAccessToken();
        }

        LogRequesting(logger, forceRefresh);
        cancellationToken.ThrowIfCancellationRequested();
        // Not cancelled half-way: Zoom invalidates the previous token as soon as it issues this one.
        var entry = await oauth.RequestAccountTokenAsync(client, accountId, tokenIndex, CancellationToken.None).ConfigureAwait(false);
        var saved = await store.TrySetAsync(_key, entry, shared?.Version ?? 0, CancellationToken.None).ConfigureAwait(false);
        if (saved is null)
        {
            // Written meanwhile by a renewal outside the coordinator (e.g. a lease that ran out): Zoom now accepts only
            // the newest token, which is ours, so replace whatever is stored.
            var current = await store.GetAsync(_key, CancellationToken.None).ConfigureAwait(false);
            await store.TrySetAsync(_key, entry, current?.Version ?? 0, CancellationToken.None).ConfigureAwait(false);
        }

        var token = entry.ToAccessToken();
        LogAcquired(logger, token.ExpiresAt);
        return token;
    }

    [LoggerMessage(EventId = 1111, Level = LogLevel.Debug, Message = "Requesting a Server-to-Server access token for the service identity (forced: {Forced}).")]
    private static partial void LogRequesting(ILogger logger, bool forced);

    [LoggerMessage(EventId = 1112, Level = LogLevel.Debug, Message = "Acquired a Server-to-Server access token for the service identity, valid until {ExpiresAt:O}.")]
    private static partial void LogAcquired(ILogger logger, DateTimeOffset expiresAt);
}

/// <summary>
/// An authorization-code identity (an admin's service grant under <see cref="ZoomTokenKeys.Service"/>, or one person
/// under their user key) whose tokens live in the <see cref="IZoomTokenStore"/>. Refreshes are single-flight per key;
/// the rotated refresh token is written (compare-and-swap) before the new access token is handed out; a refused
/// refresh (<c>invalid_grant</c>) clears the key and throws <see cref="ZoomReauthorizationRequiredException"/>.
/// </summary>
internal sealed partial class StoredTokenProvider(
    string identityKey,
    ZoomClientCredentials client,
    IZoomTokenStore store,
    ZoomOAuthClient oauth,
    IZoomRefreshCoordinator coordinator,
    TimeProvider timeProvider,
    ILogger logger) : IZoomAccessTokenProvider, IZoomRenewableTokenProvider
{
    private const int MaxAttempts = 3;

    public string IdentityKey => identityKey;

    public ValueTask<ZoomAccessToken> GetAccessTokenAsync(bool forceRefresh, CancellationToken cancellationToken = default)
        => GetAsync(forceRefresh, rejected: null, cancellationToken);

    public ValueTask<ZoomAccessToken> RenewAsync(ZoomAccessToken rejected, CancellationToken cancellationToken)
        => GetAsync(forceRefresh: true, rejected, cancellationToken);

    private async ValueTask<ZoomAccessToken> GetAsync(bool forceRefresh, ZoomAccessToken? rejected, CancellationToken cancellationToken)
    {
        var stored = await store.GetAsync(identityKey, cancellationToken).ConfigureAwait(false) ?? throw NotSignedIn();
        if (IsUsable(stored.Entry, forceRefresh, rejected))
        {
            return stored.Entry.ToAccessToken();
        }

        return await coordinator.RunAsync(identityKey, ct => RefreshAsync(forceRefresh, rejected, ct), cancellationToken).ConfigureAwait(false);
    }

    private bool IsUsable(ZoomTokenEntry entry, bool forceRefresh, ZoomAccessToken? rejected)
        => entry.ToAccessToken().IsValidAt(timeProvider.GetUtcNow(), ZoomTokenLifetime.RefreshBuffer)
           && (!forceRefresh || (rejected is not null && !string.Equals(entry.AccessToken, rejected.Value, StringComparison.Ordinal)));

    private async Task<ZoomAccessToken> RefreshAsync(bool forceRefresh, ZoomAccessToken? rejected, CancellationToken cancellationToken)
    {
        // The coordinator cancels only when it gives the renewal up; no single caller can abandon it half-way.
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            // Read again: another refresh (in this process or another instance) may have stored new tokens.
            var stored = await store.GetAsync(identityKey, cancellationToken).ConfigureAwait(false) ?? throw NotSignedIn();
            if (IsUsable(stored.Entry, forceRefresh, rejected))
            {
                return stored.Entry.ToAccessToken();
            }

            if (stored.Entry.RefreshToken is null)
            {
                await store.TryRemoveAsync(identityKey, stored.Version, cancellationToken).ConfigureAwait(false);
                throw new ZoomReauthorizationRequiredException(identityKey,
                    $"The Zoom access token of identity '{identityKey}' has expired and no refresh token is stored; sign in again.", null);
            }

            LogRefreshing(logger, identityKey, forceRefresh);
            ZoomTokenEntry fresh;
            try
            {
                cancellationToken.ThrowIfCancellationRequested();
                // From here on nothing cancels: a rotated refresh token Zoom has issued must reach the store.
                fresh = await oauth.RefreshAsync(client, stored.Entry.RefreshToken, CancellationToken.None).ConfigureAwait(false);
            }
            catch (ZoomOAuthException ex) when (ex.RequiresReauthorization)
            {
                if (await store.TryRemoveAsync(identityKey, stored.Version, cancellationToken).ConfigureAwait(false))
                {
                    LogGrantEnded(logger, identityKey, ex.Error);
                    throw new ZoomReauthorizationRequiredException(identityKey,
                        $"Zoom refused the refresh token of identity '{identityKey}' ({ex.Error}): the grant has ended and its tokens were cleared. Sign in again.", ex);
                }

                // The entry changed meanwhile (a new sign-in, or another instance refreshed): use what is stored now.
                continue;
            }

            // Store the rotated refresh token before anyone uses the new access token.
            var saved = await store.TrySetAsync(identityKey, fresh, stored.Version, CancellationToken.None).ConfigureAwait(false);
            if (saved is not null)
            {
                LogRefreshed(logger, identityKey, fresh.ExpiresAt);
                return saved.Entry.ToAccessToken();
            }

            // A newer entry was written while we refreshed (e.g. the person signed in again, which revokes older
            // grants): it wins; read it on the next pass.
            LogConflict(logger, identityKey);
        }

        throw new ZoomAuthenticationException(
            $"The stored tokens of identity '{identityKey}' kept changing during {MaxAttempts} refresh attempts; try again.");
    }

    private ZoomReauthorizationRequiredException NotSignedIn()
        => new(identityKey, $"No Zoom tokens are stored for identity '{identityKey}': sign in first.", null);

    [LoggerMessage(EventId = 1121, Level = LogLevel.Debug, Message = "Refreshing the Zoom access token of identity {IdentityKey} (forced: {Forced}).")]
    private static partial void LogRefreshing(ILogger logger, string identityKey, bool forced);

    [LoggerMessage(EventId = 1122, Level = LogLevel.Debug, Message = "Stored the rotated Zoom tokens of identity {IdentityKey}; the access token is valid until {ExpiresAt:O}.")]
    private static partial void LogRefreshed(ILogger logger, string identityKey, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 1123, Level = LogLevel.Debug, Message = "Zoom refused the refresh token of identity {IdentityKey} ({Error}); its tokens were cleared.")]
    private static partial void LogGrantEnded(ILogger logger, string identityKey, string? error);

    [LoggerMessage(EventId = 1124, Level = LogLevel.Debug, Message = "The stored tokens of identity {IdentityKey} changed during a refresh; using the newer entry.")]
    private static partial void LogConflict(ILogger logger, string identityKey);
}
