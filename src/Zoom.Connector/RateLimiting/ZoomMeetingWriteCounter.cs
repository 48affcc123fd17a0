using System.Collections.Concurrent;
using System.Globalization;
using Zoom.Connector.Http;

namespace Zoom.Connector.RateLimiting;

/// <summary>
/// Counts meeting creates (<c>POST /users/{userId}/meetings</c>) and updates (<c>PATCH /meetings/{meetingId}</c>)
/// per host and UTC day, and refuses the 101st before it is sent: Zoom allows 100 per host per day and resets at
/// 00:00 UTC.
/// <para>Keys: a create counts under its path user (ids and emails lower-cased). <c>/users/me</c> means the token's
/// own user: it counts under that user's id once a create response has named the host (<c>host_id</c>), and until
/// then under the identity the request was sent as (the service identity, or the person's user key; never a token), so
/// the first <c>me</c> create of each identity is counted apart. An update counts under the host that created the meeting through this connector (a
/// bounded map of meeting id to host key, learned from create responses); for a meeting the connector did not create,
/// the host is not in the path, so the update counts under the meeting id itself. Such updates are then only capped
/// per meeting. Zoom's own daily 429 remains the authority and surfaces at once, never retried; it also refuses the
/// host's later writes locally until its <c>Retry-After</c>, so a cap lower than 100 (or writes made elsewhere) costs
/// one refused request, not one per attempt.</para>
/// </summary>
internal sealed class ZoomMeetingWriteCounter
{
    /// <summary>Zoom's cap of meeting creates and updates per host per day.</summary>
    public const int DailyLimit = 100;

    /// <summary>How many meeting ids the host map remembers.</summary>
    public const int MaxRememberedMeetings = 10_000;

    private readonly TimeProvider _time;
    private readonly IZoomDailyCounterStore _counts;
    private readonly ZoomBudgetStatus? _status;
    private readonly ConcurrentDictionary<long, string> _hosts = new();
    private readonly ConcurrentQueue<long> _hostOrder = new();
    private readonly ConcurrentDictionary<string, string> _hostsByIdentity = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _identityOrder = new();

    /// <summary>Whether a create path names <c>me</c> (the host is the token's own user).</summary>
    public static bool IsMe(HttpRequestMessage request, string basePath)
        => request.RequestUri is { IsAbsoluteUri: true } uri
           && string.Equals(ZoomOperationCatalog.Segment(uri.AbsolutePath, basePath, 1), "me", StringComparison.OrdinalIgnoreCase);

    /// <summary>A create under <c>me</c> named its host: count that identity's later creates under the host.</summary>
    public void RememberIdentityHost(string identityKey, string hostId)
    {
        if (_hostsByIdentity.TryAdd(identityKey, "user:" + hostId.ToLowerInvariant()))
        {
            _identityOrder.Enqueue(identityKey);
            while (_identityOrder.Count > MaxRememberedMeetings && _identityOrder.TryDequeue(out var oldest))
            {
                _hostsByIdentity.TryRemove(oldest, out _);
            }
        }
    }

    public ZoomMeetingWriteCounter(TimeProvider time, IZoomDailyCounterStore? counts = null, ZoomBudgetStatus? status = null)
    {
        _time = time;
        _counts = counts ?? new InMemoryZoomDailyCounterStore();
        _status = status;
    }

    /// <summary>The host key of a create or update, or <see langword="null"/> for other operations.</summary>
    public string? HostKey(ZoomOperation? operation, HttpRequestMessage request, string basePath, string? meKey)
    {
        if (request.RequestUri is not { IsAbsoluteUri: true } uri)
        {
            return null;
        }

        if (ReferenceEquals(operation, ZoomOperationCatalog.MeetingCreate))
        {
            var user = ZoomOperationCatalog.Segment(uri.AbsolutePath, basePath, 1);
            return user is null ? null
                : string.Equals(user, "me", StringComparison.OrdinalIgnoreCase) ? (meKey is not null && _hostsByIdentity.TryGetValue(meKey, out var known) ? known : meKey ?? "me")
                : "user:" + user.ToLowerInvariant();
        }

        if (ReferenceEquals(operation, ZoomOperationCatalog.MeetingUpdate))
        {
            var id = ZoomOperationCatalog.Segment(uri.AbsolutePath, basePath, 1);
            if (id is null)
            {
                return null;
            }

            return long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var meetingId) && _hosts.TryGetValue(meetingId, out var host)
                ? host
                : "meeting:" + id;
        }

        return null;
    }

    /// <summary>
    /// Zoom answered a create or update of <paramref name="hostKey"/> with its daily-limit 429: later writes for that
    /// host are refused locally until Zoom's <c>Retry-After</c> (a date or seconds; the next 00:00 UTC when Zoom gives
    /// none; at most one day ahead), instead of each being sent to be refused again. The refusal is kept in the
    /// <see cref="IZoomDailyCounterStore"/>, so a fleet sharing one learns it on every instance.
    /// </summary>
    public async ValueTask OnDailyLimitAsync(string hostKey, ZoomRateLimitHeaders headers, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var nextMidnight = new DateTimeOffset(DateOnly.FromDateTime(now.UtcDateTime).AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var until = ZoomRateLimitHeaders.DelayFrom(headers.RetryAfter, headers.RetryAt, now) is { } delay ? now + delay : nextMidnight;
        if (until > now + TimeSpan.FromDays(1))
        {
            until = now + TimeSpan.FromDays(1);
        }

        if (until <= now)
        {
            return;
        }

        await _counts.RefuseUntilAsync(hostKey, until, now, cancellationToken).ConfigureAwait(false);
        _status?.HoldHost(hostKey, until);
    }

    /// <summary>Until when Zoom's daily 429 refuses writes for a host key, or <see langword="null"/> (tests and diagnostics; blocks on the store, so not for request paths).</summary>
    public DateTimeOffset? RefusedUntil(string hostKey)
        => _counts.GetRefusedUntilAsync(hostKey, _time.GetUtcNow()).AsTask().GetAwaiter().GetResult();

    /// <summary>
    /// Takes one of today's 100 for <paramref name="hostKey"/>, or throws the daily-limit exception without sending:
    /// when the count is used up, or while Zoom's own daily 429 for the host holds (<see cref="OnDailyLimitAsync"/>).
    /// </summary>
    public async ValueTask ReserveAsync(string hostKey, HttpMethod method, string path, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (await _counts.GetRefusedUntilAsync(hostKey, now, cancellationToken).ConfigureAwait(false) is { } until)
        {
            _status?.HoldHost(hostKey, until);
            throw new ZoomRateLimitException(
                string.Create(CultureInfo.InvariantCulture,
                    $"The connector refused {method.Method} {path} before sending it: Zoom answered an earlier meeting create/update of this host with its daily-limit 429. Try again after {until.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC."),
                null, null, method, path, "Light", ZoomRateLimitType.Daily, DailyLimit, 0, null, until);
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (!await _counts.TryIncrementAsync(hostKey, today, DailyLimit, cancellationToken).ConfigureAwait(false))
        {
            var reset = new DateTimeOffset(today.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            _status?.HoldHost(hostKey, reset);
            throw new ZoomRateLimitException(
                string.Create(CultureInfo.InvariantCulture,
                    $"The connector refused {method.Method} {path} before sending it: this host has used its {DailyLimit} meeting creates/updates for today (Zoom's daily limit). Try again after {reset:yyyy-MM-dd HH:mm:ss} UTC."),
                null, null, method, path, "Light", ZoomRateLimitType.Daily, DailyLimit, 0, null, reset);
        }
    }

    /// <summary>Gives back a reservation whose request never reached Zoom.</summary>
    public ValueTask ReleaseAsync(string hostKey)
        => _counts.DecrementAsync(hostKey, DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime), CancellationToken.None);

    /// <summary>Today's count for a host key (tests and diagnostics; blocks on the store, so not for request paths).</summary>
    public int Count(string hostKey)
        => _counts.GetAsync(hostKey, DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime)).AsTask().GetAwaiter().GetResult();

    /// <summary>Remembers which host key created a meeting, so its updates count against that host.</summary>
    public void RememberHost(long meetingId, string hostKey)
    {
        if (_hosts.TryAdd(meetingId, hostKey))
        {
            _hostOrder.Enqueue(meetingId);
            while (_hostOrder.Count > MaxRememberedMeetings && _hostOrder.TryDequeue(out var oldest))
            {
                _hosts.TryRemove(oldest, out _);
            }
        }
    }
}
