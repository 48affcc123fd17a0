namespace Zoom.Connector.Authentication;

/// <summary>
/// The service identity's last token outcomes, whoever asked (a request, a sync run, a health probe): when a token was
/// last handed out and until when it is valid, and when and why the last attempt failed. Read by the health check so a
/// probe needs no call to Zoom. Holds no token: only times, Zoom's OAuth error code and the (secret-free) message.
/// </summary>
internal sealed class ZoomServiceTokenStatus(TimeProvider time)
{
    private ZoomServiceTokenSnapshot _current = new(null, null, null, null);

    /// <summary>The outcomes so far.</summary>
    public ZoomServiceTokenSnapshot Current => Volatile.Read(ref _current);

    public void RecordSuccess(ZoomAccessToken token)
        => Update(s => s with { LastSuccessAt = time.GetUtcNow(), ExpiresAt = token.ExpiresAt });

    public void RecordFailure(Exception failure)
        => Update(s => s with { LastFailureAt = time.GetUtcNow(), LastFailure = failure });

    private void Update(Func<ZoomServiceTokenSnapshot, ZoomServiceTokenSnapshot> change)
    {
        ZoomServiceTokenSnapshot current, next;
        do
        {
            current = Volatile.Read(ref _current);
            next = change(current);
        }
        while (!ReferenceEquals(Interlocked.CompareExchange(ref _current, next, current), current));
    }
}

/// <summary>The service identity's token outcomes at one moment.</summary>
/// <param name="LastSuccessAt">When a token was last handed out (from the cache or from Zoom).</param>
/// <param name="ExpiresAt">Until when that token is valid.</param>
/// <param name="LastFailureAt">When the last attempt to get a token failed.</param>
/// <param name="LastFailure">Why (its message never carries a secret).</param>
internal sealed record ZoomServiceTokenSnapshot(DateTimeOffset? LastSuccessAt, DateTimeOffset? ExpiresAt, DateTimeOffset? LastFailureAt, Exception? LastFailure)
{
    /// <summary>Whether the last outcome was a failure.</summary>
    public bool Failing => LastFailureAt is { } failed && (LastSuccessAt is not { } ok || failed >= ok);
}

/// <summary>
/// Wraps the service identity's provider and tells <see cref="ZoomServiceTokenStatus"/> how each call went. A token
/// that Zoom refused (a failed renewal after a 401) does not count as a success when the cache hands it out again.
/// </summary>
internal sealed class ZoomObservedTokenProvider(IZoomAccessTokenProvider inner, ZoomServiceTokenStatus status)
    : IZoomAccessTokenProvider, IZoomRenewableTokenProvider
{
    private ZoomAccessToken? _refused;

    public IZoomAccessTokenProvider Inner => inner;

    public async ValueTask<ZoomAccessToken> GetAccessTokenAsync(bool forceRefresh, CancellationToken cancellationToken = default)
    {
        try
        {
            return Succeeded(await inner.GetAccessTokenAsync(forceRefresh, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            status.RecordFailure(ex);
            throw;
        }
    }

    public async ValueTask<ZoomAccessToken> RenewAsync(ZoomAccessToken rejected, CancellationToken cancellationToken)
    {
        try
        {
            var fresh = inner is IZoomRenewableTokenProvider renewable
                ? await renewable.RenewAsync(rejected, cancellationToken).ConfigureAwait(false)
                : await inner.GetAccessTokenAsync(forceRefresh: true, cancellationToken).ConfigureAwait(false);
            return Succeeded(fresh);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Volatile.Write(ref _refused, rejected);
            status.RecordFailure(ex);
            throw;
        }
    }

    private ZoomAccessToken Succeeded(ZoomAccessToken token)
    {
        if (Volatile.Read(ref _refused) is { } refused && string.Equals(refused.Value, token.Value, StringComparison.Ordinal))
        {
            return token;
        }

        status.RecordSuccess(token);
        return token;
    }
}
