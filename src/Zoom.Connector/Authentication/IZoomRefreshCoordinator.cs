namespace Zoom.Connector.Authentication;

/// <summary>
/// Decides who renews the token of an identity when several callers find it stale at once. The default runs one
/// renewal per identity key at a time in this process (callers that arrive meanwhile share its result). A fleet
/// registers a distributed implementation (e.g. <c>UseRedis()</c>: a lease per identity) so that exactly one instance
/// asks Zoom while the others wait and then read what it stored.
/// </summary>
/// <remarks>
/// The <c>renew</c> delegate always reads the token store first and returns the stored token when it is usable, so a
/// caller that waited for another renewal finds the new token without asking Zoom.
/// </remarks>
public interface IZoomRefreshCoordinator
{
    /// <summary>
    /// Runs <paramref name="renew"/> for <paramref name="identityKey"/> when no other renewal of that key runs, else
    /// waits for it and runs <paramref name="renew"/> afterwards (or shares its result when it ran in this process).
    /// </summary>
    /// <param name="identityKey">The identity whose token is renewed (<see cref="ZoomTokenKeys"/> or a user key).</param>
    /// <param name="renew">
    /// Reads the store, and only when the stored token is still unusable asks Zoom and stores the answer. It is given
    /// a token that is cancelled only when the coordinator gives up the renewal (e.g. its lease ran out).
    /// </param>
    /// <param name="cancellationToken">Stops this caller waiting; a renewal already running is not abandoned.</param>
    Task<ZoomAccessToken> RunAsync(string identityKey, Func<CancellationToken, Task<ZoomAccessToken>> renew, CancellationToken cancellationToken = default);
}

/// <summary>The default <see cref="IZoomRefreshCoordinator"/>: one renewal per identity key at a time in this process.</summary>
public sealed class InProcessZoomRefreshCoordinator : IZoomRefreshCoordinator
{
    private readonly ZoomSingleFlight<ZoomAccessToken> _flights = new();

    /// <inheritdoc />
    public Task<ZoomAccessToken> RunAsync(string identityKey, Func<CancellationToken, Task<ZoomAccessToken>> renew, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(identityKey);
        ArgumentNullException.ThrowIfNull(renew);
        // The shared renewal is not tied to any one caller's cancellation: abandoning it half-way could lose a rotated
        // refresh token. The back channel's timeout bounds it.
        return _flights.RunAsync(identityKey, () => renew(CancellationToken.None), cancellationToken);
    }
}
