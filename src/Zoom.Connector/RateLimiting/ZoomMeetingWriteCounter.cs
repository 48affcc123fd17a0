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
    private readonly ConcurrentDictionary<string, DayCount> _counts = new(StringComparer.Ordinal);
    private int _sweptDay = -1;
    private readonly ConcurrentDictionary<long, string> _hosts = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _refusedUntil = new(StringComparer.Ordinal);
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

    public ZoomMeetingWriteCounter(TimeProvider time) => _time = time;

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
    /// none; at most one day ahead), instead of each being sent to be refused again.
    /// </summary>
    public void OnDailyLimit(string hostKey, ZoomRateLimitHeaders headers)
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

        _refusedUntil.AddOrUpdate(hostKey, until, (_, current) => current > until ? current : until);
    }

    /// <summary>Until when Zoom's daily 429 refuses writes for a host key, or <see langword="null"/> (tests and diagnostics).</summary>
    public DateTimeOffset? RefusedUntil(string hostKey)
        => _refusedUntil.TryGetValue(hostKey, out var until) && until > _time.GetUtcNow() ? until : null;

    /// <summary>
    /// Takes one of today's 100 for <paramref name="hostKey"/>, or throws the daily-limit exception without sending:
    /// when the count is used up, or while Zoom's own daily 429 for the host holds (<see cref="OnDailyLimit"/>).
    /// </summary>
    public void Reserve(string hostKey, HttpMethod method, string path)
    {
        var now = _time.GetUtcNow();
        if (_refusedUntil.TryGetValue(hostKey, out var until))
        {
            if (until > now)
            {
                throw new ZoomRateLimitException(
                    string.Create(CultureInfo.InvariantCulture,
                        $"The connector refused {method.Method} {path} before sending it: Zoom answered an earlier meeting create/update of this host with its daily-limit 429. Try again after {until.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC."),
                    null, null, method, path, "Light", ZoomRateLimitType.Daily, DailyLimit, 0, null, until);
            }

            _refusedUntil.TryRemove(new KeyValuePair<string, DateTimeOffset>(hostKey, until));
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        SweepPastDays(today);
        var refused = false;
        _counts.AddOrUpdate(
            hostKey,
            static (_, day) => new DayCount(day, 1),
            (_, current, day) =>
            {
                var count = current.Day == day ? current.Count : 0;
                refused = count >= DailyLimit;
                return refused ? current with { Count = count } : new DayCount(day, count + 1);
            },
            today);

        if (refused)
        {
            var reset = new DateTimeOffset(today.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            throw new ZoomRateLimitException(
                string.Create(CultureInfo.InvariantCulture,
                    $"The connector refused {method.Method} {path} before sending it: this host has used its {DailyLimit} meeting creates/updates for today (Zoom's daily limit). Try again after {reset:yyyy-MM-dd HH:mm:ss} UTC."),
                null, null, method, path, "Light", ZoomRateLimitType.Daily, DailyLimit, 0, null, reset);
        }
    }

    /// <summary>Gives back a reservation whose request never reached Zoom.</summary>
    public void Release(string hostKey)
    {
        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        _counts.AddOrUpdate(hostKey, static (_, day) => new DayCount(day, 0),
            static (_, current, day) => current.Day == day && current.Count > 0 ? current with { Count = current.Count - 1 } : current, today);
    }

    /// <summary>Today's count for a host key (tests and diagnostics).</summary>
    public int Count(string hostKey)
        => _counts.TryGetValue(hostKey, out var c) && c.Day == DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime) ? c.Count : 0;

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

    /// <summary>How many host keys have a count remembered (tests and diagnostics): only today's survive a new UTC day.</summary>
    internal int TrackedHostKeys => _counts.Count;

    /// <summary>
    /// Once per UTC day, forgets the counts of earlier days: they no longer limit anything, and without this the table
    /// would keep one entry per host that ever wrote.
    /// </summary>
    private void SweepPastDays(DateOnly today)
    {
        var day = today.DayNumber;
        if (Volatile.Read(ref _sweptDay) == day || Interlocked.Exchange(ref _sweptDay, day) == day)
        {
            return;
        }

        foreach (var entry in _counts)
        {
            if (entry.Value.Day < today)
            {
                // Removes only this exact value: a host that wrote meanwhile keeps its new count.
                _counts.TryRemove(entry);
            }
        }
    }

    private readonly record struct DayCount(DateOnly Day, int Count);
}
