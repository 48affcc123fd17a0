namespace Zoom.Connector.Authentication;

/// <summary>
/// A sign-in in progress: what the redirect needs to complete it. <see cref="ToString"/> never prints the verifier.
/// </summary>
/// <param name="IdentityKey">The identity the tokens will be stored for.</param>
/// <param name="CodeVerifier">The PKCE verifier. A secret.</param>
/// <param name="RedirectUri">The redirect URI the authorize request named (the token exchange must repeat it).</param>
/// <param name="ExpiresAt">When the state stops being accepted.</param>
public sealed record ZoomPendingAuthorization(string IdentityKey, string CodeVerifier, string RedirectUri, DateTimeOffset ExpiresAt)
{
    /// <summary>Prints the identity and expiry only.</summary>
    public override string ToString() => $"ZoomPendingAuthorization {{ IdentityKey = {IdentityKey}, ExpiresAt = {ExpiresAt:O} }}";
}

/// <summary>
/// Where pending sign-ins (OAuth <c>state</c> and PKCE verifier) wait for their redirect. States are single use and
/// expire; at most <see cref="MaxPendingPerIdentity"/> are kept per identity (starting one more forgets the oldest),
/// so nobody can fill the store by starting sign-ins for one person. The default keeps them in process memory; a fleet
/// registers a shared implementation (<c>UseRedis()</c>) so a redirect may land on any instance.
/// </summary>
public interface IZoomAuthorizationStateStore
{
    /// <summary>Pending sign-ins kept per identity: 5.</summary>
    const int MaxPendingPerIdentity = 5;

    /// <summary>Keeps a new pending sign-in under <paramref name="state"/> until <see cref="ZoomPendingAuthorization.ExpiresAt"/>.</summary>
    /// <param name="state">The unguessable <c>state</c> value.</param>
    /// <param name="pending">The sign-in.</param>
    void Add(string state, ZoomPendingAuthorization pending);

    /// <summary>
    /// Takes the pending sign-in of <paramref name="state"/>: from now on the state is used, whatever the outcome.
    /// Returns <see langword="null"/> when the state is unknown, already taken or forgotten; an implementation that
    /// remembers taken states may instead throw <see cref="ZoomAuthorizationStateException"/> with
    /// <see cref="ZoomAuthorizationStateProblem.Reused"/>. Expiry is checked by the caller.
    /// </summary>
    /// <param name="state">The <c>state</c> of the redirect.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    ValueTask<ZoomPendingAuthorization?> TakeAsync(string state, CancellationToken cancellationToken = default);
}

/// <summary>The default <see cref="IZoomAuthorizationStateStore"/>: process memory. Taken states are remembered until well past their expiry, so reuse is told apart from an unknown state.</summary>
public sealed class InMemoryZoomAuthorizationStateStore : IZoomAuthorizationStateStore
{
    /// <summary>How long past its expiry a state is remembered: 10 minutes.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromMinutes(10);

    private readonly Dictionary<string, Entry> _pending = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly TimeProvider _timeProvider;
    private long _sequence;

    /// <summary>Creates the store.</summary>
    /// <param name="timeProvider">The clock that expires states.</param>
    public InMemoryZoomAuthorizationStateStore(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
    }

    /// <inheritdoc />
    public void Add(string state, ZoomPendingAuthorization pending)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(state);
        ArgumentNullException.ThrowIfNull(pending);
        lock (_gate)
        {
            Purge();
            var open = _pending.Where(p => !p.Value.Used && string.Equals(p.Value.Pending.IdentityKey, pending.IdentityKey, StringComparison.Ordinal))
                .OrderBy(p => p.Value.Sequence)
                .ToList();
            for (var i = 0; i <= open.Count - IZoomAuthorizationStateStore.MaxPendingPerIdentity; i++)
            {
                _pending.Remove(open[i].Key);
            }

            _pending.Add(state, new Entry(pending, ++_sequence, Used: false));
        }
    }

    /// <inheritdoc />
    public ValueTask<ZoomPendingAuthorization?> TakeAsync(string state, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(state);
        lock (_gate)
        {
            Purge();
            if (!_pending.TryGetValue(state, out var entry))
            {
                return ValueTask.FromResult<ZoomPendingAuthorization?>(null);
            }

            if (entry.Used)
            {
                throw new ZoomAuthorizationStateException(ZoomAuthorizationStateProblem.Reused,
                    "The OAuth callback's state has already been used; states are single-use, so the sign-in is refused. Start the sign-in again.");
            }

            _pending[state] = entry with { Used = true };
            return ValueTask.FromResult<ZoomPendingAuthorization?>(entry.Pending);
        }
    }

    /// <summary>The number of states remembered now (pending or used); for tests and diagnostics.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                Purge();
                return _pending.Count;
            }
        }
    }

    /// <summary>Forgets states well past their expiry (used ones are kept until then to recognise reuse).</summary>
    private void Purge()
    {
        var horizon = _timeProvider.GetUtcNow() - Retention;
        List<string>? old = null;
        foreach (var (state, entry) in _pending)
        {
            if (entry.Pending.ExpiresAt < horizon)
            {
                (old ??= []).Add(state);
            }
        }

        old?.ForEach(state => _pending.Remove(state));
    }

    private sealed record Entry(ZoomPendingAuthorization Pending, long Sequence, bool Used);
}
