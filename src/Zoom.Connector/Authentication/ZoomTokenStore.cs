namespace Zoom.Connector.Authentication;

/// <summary>Identity keys of the token store.</summary>
public static class ZoomTokenKeys
{
    /// <summary>
    /// The service identity when it uses an admin's authorization-code grant. Reserved: a person's user key may not
    /// be <c>service</c>.
    /// </summary>
    public const string Service = "service";

    /// <summary>
    /// The shared Server-to-Server token of the service identity (one per Zoom <c>index</c>: see
    /// <see cref="ServerToServerKey"/>). Reserved, like every key that starts with <c>service:</c>.
    /// </summary>
    public const string ServerToServer = "service:s2s";

    /// <summary>The store key of the Server-to-Server token for Zoom's token <paramref name="index"/> (none: <see cref="ServerToServer"/>).</summary>
    /// <param name="index">Zoom's S2S token index, or <see langword="null"/>.</param>
    public static string ServerToServerKey(int? index)
        => index is { } i ? ServerToServer + ":" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) : ServerToServer;

    /// <summary>Whether <paramref name="identityKey"/> is reserved by the connector (the service identity's keys), so no person may use it.</summary>
    /// <param name="identityKey">The identity key to test.</param>
    public static bool IsReserved(string identityKey)
        => IsService(identityKey) || identityKey.StartsWith(Service + ":", StringComparison.Ordinal);

    /// <summary>Whether <paramref name="identityKey"/> is the service identity's key.</summary>
    /// <param name="identityKey">The identity key to test.</param>
    public static bool IsService(string identityKey) => string.Equals(identityKey, Service, StringComparison.Ordinal);
}

/// <summary>
/// The tokens of one identity as kept in an <see cref="IZoomTokenStore"/>. <see cref="ToString"/> prints the expiry
/// and scopes only, never a token.
/// </summary>
public sealed record ZoomTokenEntry
{
    /// <summary>The bearer access token. A secret.</summary>
    public required string AccessToken { get; init; }

    /// <summary>When Zoom stops accepting <see cref="AccessToken"/>.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>
    /// The refresh token, or <see langword="null"/> when the grant has none. A secret. Zoom rotates it on every
    /// refresh: the previous one stops working as soon as a new one is issued.
    /// </summary>
    public string? RefreshToken { get; init; }

    /// <summary>The scopes Zoom granted (the token response's space-separated <c>scope</c>).</summary>
    public IReadOnlyList<string> Scopes { get; init; } = [];

    /// <summary>The access token and its expiry as handed to the HTTP pipeline.</summary>
    public ZoomAccessToken ToAccessToken() => new(AccessToken, ExpiresAt);

    /// <summary>Prints the expiry, whether a refresh token is held, and the scopes; never a token.</summary>
    public override string ToString()
        => $"ZoomTokenEntry {{ ExpiresAt = {ExpiresAt:O}, HasRefreshToken = {RefreshToken is not null}, Scopes = [{string.Join(' ', Scopes)}] }}";
}

/// <summary>An entry as read from the store, with the version a compare-and-swap must name.</summary>
/// <param name="Entry">The tokens.</param>
/// <param name="Version">
/// The store-assigned version of this write. Opaque, always positive, and never reused for a key (not even after the
/// key was removed), so a writer holding an old version can never overwrite a newer entry.
/// </param>
public sealed record ZoomStoredToken(ZoomTokenEntry Entry, long Version);

/// <summary>
/// Where the tokens of each identity live, keyed by identity key (<see cref="ZoomTokenKeys.Service"/> or a user key
/// the host chooses). Writes are compare-and-swap so that several refreshers (threads, or instances sharing a
/// distributed store) can never silently overwrite a rotated refresh token. The default is
/// <see cref="InMemoryZoomTokenStore"/>; register another implementation (e.g. Redis) as a singleton to replace it.
/// </summary>
public interface IZoomTokenStore
{
    /// <summary>Reads the entry of <paramref name="identityKey"/>, or <see langword="null"/> when there is none.</summary>
    /// <param name="identityKey">The identity key.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    ValueTask<ZoomStoredToken?> GetAsync(string identityKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes <paramref name="entry"/> only if the key's current version is <paramref name="expectedVersion"/>
    /// (0: only if the key has no entry). Returns the stored entry with its new version, or <see langword="null"/>
    /// when another writer got there first (nothing is written then).
    /// </summary>
    /// <param name="identityKey">The identity key.</param>
    /// <param name="entry">The new tokens.</param>
    /// <param name="expectedVersion">The version read before, or 0 when the key had no entry.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    ValueTask<ZoomStoredToken?> TrySetAsync(string identityKey, ZoomTokenEntry entry, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes the entry only if its current version is <paramref name="expectedVersion"/>. Returns whether it was
    /// removed; <see langword="false"/> when the key has no entry or a newer one.
    /// </summary>
    /// <param name="identityKey">The identity key.</param>
    /// <param name="expectedVersion">The version read before.</param>
    /// <param name="cancellationToken">Cancels the removal.</param>
    ValueTask<bool> TryRemoveAsync(string identityKey, long expectedVersion, CancellationToken cancellationToken = default);
}

/// <summary>The default <see cref="IZoomTokenStore"/>: process memory. Tokens are lost when the process ends.</summary>
public sealed class InMemoryZoomTokenStore : IZoomTokenStore
{
    private readonly Dictionary<string, ZoomStoredToken> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _lastVersion;

    /// <inheritdoc />
    public ValueTask<ZoomStoredToken?> GetAsync(string identityKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(identityKey);
        lock (_gate)
        {
            return ValueTask.FromResult(_entries.TryGetValue(identityKey, out var stored) ? stored : null);
        }
    }

    /// <inheritdoc />
    public ValueTask<ZoomStoredToken?> TrySetAsync(string identityKey, ZoomTokenEntry entry, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(identityKey);
        ArgumentNullException.ThrowIfNull(entry);
        lock (_gate)
        {
            var currentVersion = _entries.TryGetValue(identityKey, out var current) ? current.Version : 0;
            if (currentVersion != expectedVersion)
            {
                return ValueTask.FromResult<ZoomStoredToken?>(null);
            }

            var stored = new ZoomStoredToken(entry, ++_lastVersion);
            _entries[identityKey] = stored;
            return ValueTask.FromResult<ZoomStoredToken?>(stored);
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> TryRemoveAsync(string identityKey, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(identityKey);
        lock (_gate)
        {
            if (!_entries.TryGetValue(identityKey, out var current) || current.Version != expectedVersion)
            {
                return ValueTask.FromResult(false);
            }

            _entries.Remove(identityKey);
            return ValueTask.FromResult(true);
        }
    }
}
