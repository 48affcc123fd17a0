using System.Collections.Concurrent;
using Zoom.Connector.Authentication;

namespace Zoom.Connector.WebSample.Tests;

/// <summary>
/// The web sample's token store (process memory, as by default) that also remembers the last tokens written under each
/// key, even after sign-out removed them, so a test can try them at Zoom afterwards.
/// </summary>
internal sealed class RecordingTokenStore : IZoomTokenStore
{
    private readonly InMemoryZoomTokenStore _inner = new();
    private readonly ConcurrentDictionary<string, ZoomTokenEntry> _lastWritten = new(StringComparer.Ordinal);

    /// <summary>The last entry written under each key.</summary>
    public IReadOnlyDictionary<string, ZoomTokenEntry> LastWritten => _lastWritten;

    public ValueTask<ZoomStoredToken?> GetAsync(string identityKey, CancellationToken cancellationToken = default)
        => _inner.GetAsync(identityKey, cancellationToken);

    public async ValueTask<ZoomStoredToken?> TrySetAsync(string identityKey, ZoomTokenEntry entry, long expectedVersion, CancellationToken cancellationToken = default)
    {
        var stored = await _inner.TrySetAsync(identityKey, entry, expectedVersion, cancellationToken);
        if (stored is not null)
        {
            _lastWritten[identityKey] = entry;
        }

        return stored;
    }

    public ValueTask<bool> TryRemoveAsync(string identityKey, long expectedVersion, CancellationToken cancellationToken = default)
        => _inner.TryRemoveAsync(identityKey, expectedVersion, cancellationToken);
}
