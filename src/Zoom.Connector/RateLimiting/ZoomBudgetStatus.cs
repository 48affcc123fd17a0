using System.Collections.Concurrent;

namespace Zoom.Connector.RateLimiting;

/// <summary>
/// What the budget has been through lately, for the health check: the rate-limit refusals of the last hour (Zoom's 429s
/// and the connector's own refusals, by type) and the hosts whose daily meeting create/update cap is used up or held by
/// Zoom's daily 429. Only counts leave this class: host keys (user ids, emails) stay inside.
/// </summary>
internal sealed class ZoomBudgetStatus(TimeProvider time)
{
    /// <summary>How long a refusal is remembered.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(1);

    /// <summary>At most this many refusals are remembered (a storm of 429s keeps the newest).</summary>
    public const int MaxRememberedRefusals = 4096;

    /// <summary>At most this many held hosts are remembered.</summary>
    public const int MaxRememberedHosts = 10_000;

    private readonly ConcurrentQueue<(long Ticks, string Type)> _refusals = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _heldHosts = new(StringComparer.Ordinal);

    /// <summary>
    /// A request was refused by a rate limit: <c>qps</c>, <c>daily</c> or <c>unknown</c> (Zoom's 429s),
    /// <c>local_queue_full</c> or <c>local_daily</c> (the connector's own refusals before sending).
    /// </summary>
    public void RecordRateLimited(string type)
    {
        var now = time.GetUtcNow().UtcTicks;
        _refusals.Enqueue((now, type));
        while (_refusals.Count > MaxRememberedRefusals && _refusals.TryDequeue(out _))
        {
        }

        Prune(now);
    }

    /// <summary>A host's meeting writes are refused until <paramref name="until"/> (its cap is used up, or Zoom's daily 429).</summary>
    public void HoldHost(string hostKey, DateTimeOffset until)
    {
        var now = time.GetUtcNow();
        if (until <= now)
        {
            return;
        }

        if (_heldHosts.Count >= MaxRememberedHosts)
        {
            foreach (var entry in _heldHosts)
            {
                if (entry.Value <= now)
                {
                    _heldHosts.TryRemove(entry);
                }
            }

            if (_heldHosts.Count >= MaxRememberedHosts && !_heldHosts.ContainsKey(hostKey))
            {
                return;
            }
        }

        _heldHosts.AddOrUpdate(hostKey, until, (_, current) => current > until ? current : until);
    }

    /// <summary>Refusals of each type within the last <paramref name="window"/> (at most <see cref="Retention"/>).</summary>
    public IReadOnlyDictionary<string, int> RecentRefusals(TimeSpan window)
    {
        var now = time.GetUtcNow().UtcTicks;
        Prune(now);
        var since = now - Math.Min(window.Ticks, Retention.Ticks);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (ticks, type) in _refusals)
        {
            if (ticks > since)
            {
                counts[type] = counts.GetValueOrDefault(type) + 1;
            }
        }

        return counts;
    }

    /// <summary>How many hosts have their meeting writes refused right now.</summary>
    public int HeldHosts()
    {
        var now = time.GetUtcNow();
        var held = 0;
        foreach (var entry in _heldHosts)
        {
            if (entry.Value > now)
            {
                held++;
            }
            else
            {
                _heldHosts.TryRemove(entry);
            }
        }

        return held;
    }

    private void Prune(long nowTicks)
    {
        var oldest = nowTicks - Retention.Ticks;
        while (_refusals.TryPeek(out var head) && head.Ticks <= oldest && _refusals.TryDequeue(out _))
        {
        }
    }
}

/// <summary>A rate limiter that can say how many requests wait for a permit (the default in-process limiter can).</summary>
internal interface IZoomRateLimiterQueue
{
    /// <summary>Requests waiting for a permit now, over the account and category budgets.</summary>
    int QueuedRequests { get; }
}
