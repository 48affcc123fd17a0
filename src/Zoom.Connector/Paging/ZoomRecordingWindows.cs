namespace Zoom.Connector.Paging;

/// <summary>
/// Zoom lists cloud recordings over at most one month per request (<c>from</c>..<c>to</c>); longer ranges are split into
/// consecutive windows that cover every day once.
/// </summary>
public static class ZoomRecordingWindows
{
    /// <summary>The windows covering <paramref name="from"/>..<paramref name="to"/> (both inclusive, UTC days), in order.</summary>
    /// <param name="from">First day.</param>
    /// <param name="to">Last day (not before <paramref name="from"/>).</param>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static IEnumerable<(DateOnly From, DateOnly To)> Split(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException($"The recordings range is empty: to {to:yyyy-MM-dd} is before from {from:yyyy-MM-dd}.", nameof(to));
        }

        return Iterate(from, to);

        static IEnumerable<(DateOnly From, DateOnly To)> Iterate(DateOnly from, DateOnly to)
        {
            while (from <= to)
            {
                var end = WindowEnd(from, to);
                yield return (from, end);
                from = end.AddDays(1);
            }
        }
    }

    /// <summary>The last day of the window that starts on <paramref name="from"/>, not after <paramref name="to"/>.</summary>
    /// <param name="from">The window's first day.</param>
    /// <param name="to">The range's last day.</param>
    public static DateOnly WindowEnd(DateOnly from, DateOnly to)
    {
        var end = from.AddMonths(1).AddDays(-1);
        return end > to ? to : end;
    }
}
