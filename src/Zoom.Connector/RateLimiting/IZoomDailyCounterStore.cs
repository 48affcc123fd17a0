using System.Collections.Concurrent;

namespace Zoom.Connector.RateLimiting;

/// <summary>
/// Counters per key and UTC day, behind the client-side daily caps (Zoom's 100 meeting creates/updates per host per
/// day), and the refusals learnt from Zoom's own daily-limit 429. The default keeps both in process memory; a fleet
/// registers a shared implementation (<c>UseRedis()</c>) so every instance draws on the same 100 and every instance
/// stops writing for a host once Zoom has refused it. A count matters only for its own UTC day: implementations
/// forget (or expire) earlier days' counts.
/// </summary>
public interface IZoomDailyCounterStore
{
    /// <summary>Adds one to <paramref name="key"/>'s count for <paramref name="day"/> unless it has reached <paramref name="limit"/>; returns whether it did.</summary>
    /// <param name="key">The counter key (e.g. <c>user:abc</c>).</param>
    /// <param name="day">The UTC day counted.</param>
    /// <param name="limit">The count at which further increments are refused.</param>
    /// <param name="cancellationToken">Cancels the update.</param>
    ValueTask<bool> TryIncrementAsync(string key, DateOnly day, int limit, CancellationToken cancellationToken = default);

    /// <summary>Takes back one increment (a request that never reached Zoom); never goes below zero.</summary>
    /// <param name="key">The counter key.</param>
    /// <param name="day">The UTC day counted.</param>
    /// <param name="cancellationToken">Cancels the update.</param>
    ValueTask DecrementAsync(string key, DateOnly day, CancellationToken cancellationToken = default);

    /// <summary>The count of <paramref name="key"/> for <paramref name="day"/> (0 when none).</summary>
    /// <param name="key">The counter key.</param>
    /// <param name="day">The UTC day counted.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    ValueTask<int> GetAsync(string key, DateOnly day, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records that Zoom refused <paramref name="key"/>'s writes (its daily-limit 429) until <paramref name="until"/>;
    /// an existing later refusal is kept.
    /// </summary>
    /// <param name="key">The counter key.</param>
    /// <param name="until">When Zoom accepts the key's writes again.</param>
    /// <param name="now">The caller's current time (the refusal lasts <c>until - now</c>).</param>
    /// <param name="cancellationToken">Cancels the update.</param>
    ValueTask RefuseUntilAsync(string key, DateTimeOffset until, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Until when <paramref name="key"/>'s writes are refused, or <see langword="null"/> when no refusal holds at <paramref name="now"/>.</summary>
    /// <param name="key">The counter key.</param>
    /// <param name="now">The caller's current time.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    ValueTask<DateTimeOffset?> GetRefusedUntilAsync(string key, DateTimeOffset now, CancellationToken cancellationToken = default);
}

/// <summary>
/// The default <see cref="IZoomDailyCounterStore"/>: process memory, one count per key. Once per UTC day (the first
/// increment of a new day) the counts of earlier days and the refusals that have ended are forgotten, so the table
/// holds only today's hosts.
/// </summary>
public sealed class InMemoryZoomDailyCounterStore : IZoomDailyCounterStore
{
    private readonly ConcurrentDictionary<string, DayCount> _counts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _refusedUntil = new(StringComparer.Ordinal);
    private int _sweptDay = -1;

    /// <summary>How many keys have a count remembered (tests and diagnostics): only the latest day's survive a new UTC day.</summary>
    public int TrackedKeys => _counts.Count;

    /// <inheritdoc />
    public ValueTask<bool> TryIncrementAsync(string key, DateOnly day, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        SweepPastDays(day);
        var taken = false;
        _counts.AddOrUpdate(
            key,
            (_, state) =>
            {
                taken = state.Limit > 0;
                return new DayCount(state.Day, taken ? 1 : 0);
            },
            (_, current, state) =>
            {
                var count = current.Day == state.Day ? current.Count : 0;
                taken = count < state.Limit;
                return new DayCount(state.Day, taken ? count + 1 : count);
            },
            (Day: day, Limit: limit));
        return ValueTask.FromResult(taken);
    }

    /// <inheritdoc />
    public ValueTask DecrementAsync(string key, DateOnly day, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        _counts.AddOrUpdate(key, static (_, d) => new DayCount(d, 0),
            static (_, current, d) => current.Day == d && current.Count > 0 ? current with { Count = current.Count - 1 } : current, day);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<int> GetAsync(string key, DateOnly day, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return ValueTask.FromResult(_counts.TryGetValue(key, out var c) && c.Day == day ? c.Count : 0);
    }

    /// <inheritdoc />
    public ValueTask RefuseUntilAsync(string key, DateTimeOffset until, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (until > now)
        {
            _refusedUntil.AddOrUpdate(key, until, (_, current) => current > until ? current : until);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<DateTimeOffset?> GetRefusedUntilAsync(string key, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!_refusedUntil.TryGetValue(key, out var until))
        {
            return ValueTask.FromResult<DateTimeOffset?>(null);
        }

        if (until > now)
        {
            return ValueTask.FromResult<DateTimeOffset?>(until);
        }

        // Over: removes only this exact value (a newer refusal recorded meanwhile stays).
        _refusedUntil.TryRemove(new KeyValuePair<string, DateTimeOffset>(key, until));
        return ValueTask.FromResult<DateTimeOffset?>(null);
    }

    /// <summary>
    /// Once per UTC day, forgets the counts of earlier days (they no longer limit anything; without this the table
    /// would keep one entry per host that ever wrote) and refusals that ended before the day began.
    /// </summary>
    private void SweepPastDays(DateOnly today)
    {
        var day = today.DayNumber;
        var swept = Volatile.Read(ref _sweptDay);
        if (swept >= day || Interlocked.CompareExchange(ref _sweptDay, day, swept) != swept)
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

        var dayStart = new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        foreach (var entry in _refusedUntil)
        {
            if (entry.Value <= dayStart)
            {
                _refusedUntil.TryRemove(entry);
            }
        }
    }

    private readonly record struct DayCount(DateOnly Day, int Count);
}
