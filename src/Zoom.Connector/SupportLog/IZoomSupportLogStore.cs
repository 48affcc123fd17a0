namespace Zoom.Connector.SupportLog;

/// <summary>
/// Where support-log records are kept: the in-memory ring (default), the JSON-lines file store, or a host's own
/// (register it before <c>AddSupportLog</c>). A store drops records older than the retention.
/// </summary>
public interface IZoomSupportLogStore
{
    /// <summary>Adds one record.</summary>
    /// <param name="entry">The record.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    ValueTask AppendAsync(ZoomSupportLogEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The records within the retention that match <paramref name="query"/>, oldest first.</summary>
    /// <param name="query">The filters.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    IAsyncEnumerable<ZoomSupportLogEntry> QueryAsync(ZoomSupportLogQuery query, CancellationToken cancellationToken = default);
}
