using System.Collections.Concurrent;

namespace Zoom.Connector.RateLimiting;

/// <summary>
/// Counters per key and UTC day, behind the client-side daily caps (Zoom's 100 meeting creates/updates per host per
/// day). The default counts in process memory; a fleet registers a shared implementation (<c>UseRedis()</c>) so every
/// instance draws on the same 100.
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
}

/// <summary>The default <see cref="IZoomDailyCounterStore"/>: process memory, one count per key (a new day starts it at zero).</summary>
public sealed class InMemoryZoomDailyCounterStore : IZoomDailyCounterStore
{
    private readonly ConcurrentDictionary<string, DayCount> _counts = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask<bool> TryIncrementAsync(string key, DateOnly day, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
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

    private readonly record struct DayCount(DateOnly Day, int Count);
}
