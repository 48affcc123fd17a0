using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Zoom.Connector.Http;
using Zoom.Connector.Http.Pipeline;
using Zoom.Connector.RateLimiting;

namespace Zoom.Connector.Sync;

/// <summary>
/// Feeds the <see cref="IZoomSyncChangeJournal"/>: a meeting create, update, delete or status change that Zoom answered
/// with success, on any Zoom API client (service or a person's), marks that meeting for the next sync run. Added by
/// <c>AddSync()</c> through <c>ConfigureHttpClient</c>, so it sits innermost and sees every attempt's real answer. A
/// journal that fails is logged and never fails the caller's write, which Zoom has already applied.
/// </summary>
internal sealed class ZoomSyncChangeJournalHandler(ZoomRequestClassifier classifier, IZoomSyncChangeJournal journal, ILogger<ZoomSyncChangeJournalHandler>? logger = null) : DelegatingHandler
{
    /// <summary>The writes that change what a sync stores of a meeting (its details, occurrences, invitation).</summary>
    private static readonly HashSet<string> MeetingWrites = new(StringComparer.Ordinal)
    {
        ZoomOperationCatalog.MeetingCreate.OperationId,
        ZoomOperationCatalog.MeetingUpdate.OperationId,
        "meetingDelete",
        "meetingStatus",
    };

    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode || classifier.Classify(request).Operation is not { } operation || !MeetingWrites.Contains(operation.OperationId))
        {
            return response;
        }

        var meetingId = await MeetingIdAsync(request, response, operation, cancellationToken).ConfigureAwait(false);
        if (meetingId is not { } id)
        {
            return response;
        }

        try
        {
            await journal.MarkMeetingAsync(id, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ZoomSyncLog.JournalMarkFailed(_logger, ex, id);
        }

        return response;
    }

    private async Task<long?> MeetingIdAsync(HttpRequestMessage request, HttpResponseMessage response, ZoomOperation operation, CancellationToken cancellationToken)
    {
        if (ReferenceEquals(operation, ZoomOperationCatalog.MeetingCreate))
        {
            // The new meeting's id is in the answer; the body stays buffered for Refit to read after us. Read bounded
            // like the daily cap's read: this handler sits below the pipeline's response limit. Too long: no id.
            var bytes = await ZoomResponseBody.BufferAsync(response, ZoomDailyCapHandler.MaxMeetingResponseBytes, cancellationToken).ConfigureAwait(false);
            return bytes is null ? null : ZoomDailyCapHandler.ReadIdAndHost(bytes).Id;
        }

        // /meetings/{meetingId}[/status]: the id is the second segment after the base path.
        var segment = request.RequestUri is { IsAbsoluteUri: true } uri ? ZoomOperationCatalog.Segment(uri.AbsolutePath, classifier.BasePath, 1) : null;
        return long.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }
}
