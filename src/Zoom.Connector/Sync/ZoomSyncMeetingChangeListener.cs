using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zoom.Connector.Api;
using Zoom.Connector.Http;
using Zoom.Connector.Models;
using Zoom.Connector.Scheduling;

namespace Zoom.Connector.Sync;

/// <summary>
/// Write-through: a meeting created, updated or deleted through the connector is upserted into (or deleted from) the
/// registered sink before the scheduling call returns. Registered together with the sink.
/// </summary>
internal sealed class ZoomSyncMeetingChangeListener(
    IZoomSyncSink sink,
    IZoomMeetingsApi meetings,
    IOptions<ZoomSyncOptions> options,
    ILogger<ZoomSyncMeetingChangeListener> logger) : IMeetingChangeListener
{
    public async ValueTask OnMeetingUpsertedAsync(Meeting meeting, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        try
        {
            await UpsertAsync(meeting, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ZoomSyncLog.WriteThroughFailed(logger, ex, meeting.Id);
            throw;
        }
    }

    public async ValueTask OnMeetingDeletedAsync(long meetingId, string? occurrenceId, CancellationToken cancellationToken = default)
    {
        try
        {
            if (occurrenceId is null)
            {
                await sink.DeleteMeetingAsync(meetingId, cancellationToken).ConfigureAwait(false);
                await sink.DeleteInvitationAsync(meetingId, cancellationToken).ConfigureAwait(false);
                return;
            }

            // One occurrence went: the meeting stays, with one occurrence fewer. Store Zoom's current view of it.
            Meeting fresh;
            try
            {
                fresh = await meetings.GetMeetingAsync(meetingId, null, null, cancellationToken).ConfigureAwait(false);
            }
            catch (ZoomApiException ex) when (ex.ZoomCode == 3001)
            {
                await sink.DeleteMeetingAsync(meetingId, cancellationToken).ConfigureAwait(false);
                await sink.DeleteInvitationAsync(meetingId, cancellationToken).ConfigureAwait(false);
                return;
            }

            await UpsertAsync(fresh, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ZoomSyncLog.WriteThroughFailed(logger, ex, meetingId);
            throw;
        }
    }

    private ValueTask UpsertAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        // Stored and hashed exactly as a sync run stores it, so the next run finds it unchanged.
        var stored = ZoomSyncHashing.ForStorage(meeting, options.Value.IncludePasscodes);
        var hash = ZoomSyncHashing.MeetingHash(ZoomSyncHashing.SummaryHash(meeting), stored);
        var id = meeting.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return sink.UpsertMeetingAsync(new ZoomSyncRecord<Meeting>(id, hash, meeting.HostId, null, stored), cancellationToken);
    }
}
