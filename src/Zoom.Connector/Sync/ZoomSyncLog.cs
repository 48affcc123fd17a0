using Microsoft.Extensions.Logging;

namespace Zoom.Connector.Sync;

internal static partial class ZoomSyncLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Zoom sync {RunId} ({Kind}) started; resumed: {Resumed}")]
    public static partial void RunStarted(ILogger logger, string runId, ZoomSyncKind kind, bool resumed);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning, Message = "Zoom sync abandons interrupted run {RunId} ({Kind}) because a run of another kind or scope was requested")]
    public static partial void RunAbandoned(ILogger logger, string runId, ZoomSyncKind kind);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Warning, Message = "Zoom sync skipped {EntityType} {Id}: HTTP {StatusCode}, Zoom code {ZoomCode}")]
    public static partial void ItemSkipped(ILogger logger, ZoomSyncEntityType entityType, string id, int statusCode, int? zoomCode);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Information, Message = "Zoom sync: the next_page_token of the {Listing} listing expired; restarting that listing")]
    public static partial void PageTokenExpired(ILogger logger, string listing);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Warning, Message = "Zoom sync {RunId} vetoed: {EntityType} would lose {ToDelete} of {Held} records (seen {Seen}); {Reason}. Nothing was deleted.")]
    public static partial void Vetoed(ILogger logger, string runId, ZoomSyncEntityType entityType, long toDelete, long held, long seen, string? reason);

    [LoggerMessage(EventId = 7006, Level = LogLevel.Information, Message = "Zoom sync {RunId}: this run agrees with vetoed run {VetoedRunId}; applying {Count} deletions")]
    public static partial void VetoAgreed(ILogger logger, string runId, string vetoedRunId, int count);

    [LoggerMessage(EventId = 7007, Level = LogLevel.Information, Message = "Zoom sync {RunId} ({Kind}) ended: {Outcome} in {Seconds:F1}s, {Requests} requests, {Upserted} upserted, {Deleted} deleted, {Skipped} skipped")]
    public static partial void RunEnded(ILogger logger, string runId, ZoomSyncKind kind, ZoomSyncOutcome outcome, double seconds, long requests, long upserted, long deleted, long skipped);

    [LoggerMessage(EventId = 7008, Level = LogLevel.Error, Message = "Zoom sync {RunId} ({Kind}) failed")]
    public static partial void RunFailed(ILogger logger, Exception exception, string runId, ZoomSyncKind kind);

    [LoggerMessage(EventId = 7009, Level = LogLevel.Information, Message = "Zoom sync {Kind} trigger skipped: a run is already in progress")]
    public static partial void TriggerSkipped(ILogger logger, ZoomSyncKind kind);

    [LoggerMessage(EventId = 7010, Level = LogLevel.Information, Message = "Zoom sync: confirmed deletions of vetoed run {RunId} applied ({Count})")]
    public static partial void VetoConfirmed(ILogger logger, string runId, int count);

    [LoggerMessage(EventId = 7011, Level = LogLevel.Information, Message = "Zoom sync {RunId} ({Kind}) cancelled; the checkpoint lets the next run resume")]
    public static partial void RunCancelled(ILogger logger, string runId, ZoomSyncKind kind);

    [LoggerMessage(EventId = 7012, Level = LogLevel.Warning, Message = "Zoom sync write-through of meeting {MeetingId} failed")]
    public static partial void WriteThroughFailed(ILogger logger, Exception exception, long meetingId);

    [LoggerMessage(EventId = 7013, Level = LogLevel.Debug, Message = "Zoom sync schedule: next {Kind} run at {Due:O}")]
    public static partial void NextRun(ILogger logger, ZoomSyncKind kind, DateTimeOffset due);

    [LoggerMessage(EventId = 7015, Level = LogLevel.Debug, Message = "Zoom sync refresh left {EntityType} {Id} alone: {Reason}")]
    public static partial void RefreshSkipped(ILogger logger, ZoomSyncEntityType entityType, string id, string reason);

    [LoggerMessage(EventId = 7016, Level = LogLevel.Information, Message = "Zoom sync applied event {EventName} for {EntityType} {Id}: {Upserted} upserted, {Unchanged} unchanged, {Deleted} deleted, {Requests} requests")]
    public static partial void EventApplied(ILogger logger, string eventName, ZoomSyncEntityType entityType, string id, long upserted, long unchanged, long deleted, long requests);

    [LoggerMessage(EventId = 7017, Level = LogLevel.Warning, Message = "Zoom sync could not mark meeting {MeetingId} as changed in the change journal; the next full run picks the change up")]
    public static partial void JournalMarkFailed(ILogger logger, Exception exception, long meetingId);

    [LoggerMessage(EventId = 7018, Level = LogLevel.Information, Message = "Zoom sync {RunId} ({Kind}) re-reads the details of {Marked} meetings the connector changed and {Rotated} by rotation (Zoom:Sync:DetailRefreshPerRun)")]
    public static partial void DetailRereads(ILogger logger, string runId, ZoomSyncKind kind, int marked, int rotated);

    [LoggerMessage(EventId = 7019, Level = LogLevel.Warning, Message = "Zoom sync could not clear the change-journal mark of meeting {MeetingId}; the next run re-reads it once more")]
    public static partial void JournalClearFailed(ILogger logger, Exception exception, long meetingId);
}
