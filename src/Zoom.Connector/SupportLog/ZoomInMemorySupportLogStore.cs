using System.Runtime.CompilerServices;

namespace Zoom.Connector.SupportLog;

/// <summary>
/// A ring of at most <see cref="ZoomSupportLogOptions.MaxEntries"/> records: memory stays bounded however many calls
/// are made; the oldest record goes first, and records older than the retention are dropped.
/// </summary>
public sealed class ZoomInMemorySupportLogStore : IZoomSupportLogStore
{
    private readonly ZoomSupportLogEntry?[] _ring;
    private readonly TimeSpan _retention;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private int _start;
    private int _count;

    /// <summary>Creates a ring of <paramref name="maxEntries"/> records kept for <paramref name="retention"/>.</summary>
    /// <param name="maxEntries">The capacity (at least 1).</param>
    /// <param name="retention">How long records are kept.</param>
    /// <param name="time">The clock the retention runs on.</param>
    public ZoomInMemorySupportLogStore(int maxEntries, TimeSpan retention, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEntries, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(retention, TimeSpan.Zero);
        _ring = new ZoomSupportLogEntry?[maxEntries];
        _retention = retention;
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <summary>The capacity.</summary>
    public int Capacity => _ring.Length;

    /// <summary>The number of records held now (records past the retention are dropped on the next write or read).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _count;
            }
        }
    }

    /// <inheritdoc />
    public ValueTask AppendAsync(ZoomSupportLogEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_gate)
        {
            DropExpired();
            var slot = (_start + _count) % _ring.Length;
            _ring[slot] = entry;
            if (_count < _ring.Length)
            {
                _count++;
            }
            else
            {
                _start = (_start + 1) % _ring.Length;
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ZoomSupportLogEntry> QueryAsync(ZoomSupportLogQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        List<ZoomSupportLogEntry> matches;
        lock (_gate)
        {
            DropExpired();
            var cutoff = _time.GetUtcNow() - _retention;
            matches = new List<ZoomSupportLogEntry>();
            for (var i = 0; i < _count; i++)
            {
                var entry = _ring[(_start + i) % _ring.Length]!;
                // An attempt that took long is written after later ones, so the start of the ring is not the only expired record.
                if (entry.Timestamp >= cutoff && query.Matches(entry))
                {
                    matches.Add(entry);
                }
            }
        }

        foreach (var entry in matches)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return entry;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    // Records arrive in time order, so the expired ones are at the start of the ring.
    private void DropExpired()
    {
        var cutoff = _time.GetUtcNow() - _retention;
        while (_count > 0 && _ring[_start]!.Timestamp < cutoff)
        {
            _ring[_start] = null;
            _start = (_start + 1) % _ring.Length;
            _count--;
        }
    }
}
