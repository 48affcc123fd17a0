using Zoom.Connector.Http;
using Zoom.Connector.Models;
using Zoom.Connector.Paging;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Sync;

/// <summary>
/// Walks one user's cloud recordings over the run's range in Zoom's one-month windows, page by page from the user's saved
/// window and token, commits each recording with its counts, and (full runs) decides the deletions of held recordings in
/// the range that were not listed.
/// </summary>
internal sealed class ZoomSyncRecordingWalker(ZoomSyncContext context)
{
    /// <summary>Lists the user's recordings; false when the user cannot be listed (skipped: nothing of theirs is deleted).</summary>
    public async Task<bool> WalkAsync(ZoomSyncUserRef user, ZoomSyncUserCursor cursor, CancellationToken cancellationToken)
    {
        var active = context.Active;
        DateOnly from;
        string? token;
        lock (context.Gate)
        {
            if (cursor.RecordingsSkipped)
            {
                return false;
            }

            from = cursor.WindowFrom ?? active.From;
            token = context.FreshToken(cursor.PageToken, cursor.PageTokenAt, "recordings");
        }

        try
        {
            // An empty remainder (the last window done before an interruption) has no windows left.
            var windows = from <= active.To ? ZoomRecordingWindows.Split(from, active.To) : [];
            foreach (var (windowFrom, windowTo) in windows)
            {
                await WalkWindowAsync(user, cursor, windowFrom, windowTo, token, cancellationToken).ConfigureAwait(false);
                token = null;
            }
        }
        catch (ZoomApiException ex) when (ZoomSyncEngine.IsSkippable(ex))
        {
            var delta = new ZoomSyncDelta();
            context.Skip(delta, ZoomSyncEntityType.Recording, user.Id, ex);
            // Committed with the mark, so a resumed run neither lists this user again nor counts the skip twice.
            context.Commit(delta, () => cursor.RecordingsSkipped = true);
            return false;
        }

        if (active.Kind == ZoomSyncKind.Full)
        {
            lock (context.Gate)
            {
                var first = new DateTimeOffset(active.From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                var end = new DateTimeOffset(active.To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                foreach (var id in context.HeldRecordingsOf(user.Id))
                {
                    if (!cursor.SeenRecordings.Contains(id) && context.HeldRecord(ZoomSyncEntityType.Recording, id) is { Timestamp: { } at }
                        && at >= first && at < end)
                    {
                        context.AddDeletion(ZoomSyncEntityType.Recording, id);
                    }
                }
            }
        }

        return true;
    }

    private async Task WalkWindowAsync(ZoomSyncUserRef user, ZoomSyncUserCursor cursor, DateOnly from, DateOnly to, string? token, CancellationToken cancellationToken)
    {
        var recordings = context.Dependencies.Recordings;
        var sink = context.Dependencies.Sink;
        var pages = ZoomPager.ResumePagesAsync<RecordingList, RecordingMeeting>(
            (sent, ct) => context.CallAsync(c => recordings.ListRecordingsAsync(user.Id, from, to, context.PageSize, sent, null, null, null, null, c), sent is not null, ct),
            token,
            cancellationToken);
        await foreach (var page in pages.ConfigureAwait(false))
        {
            if (page.Restarted)
            {
                ZoomSyncLog.PageTokenExpired(context.Logger, "recordings");
            }

            foreach (var item in page.Items)
            {
                bool done;
                lock (context.Gate)
                {
                    done = string.IsNullOrEmpty(item.Uuid) || cursor.SeenRecordings.Contains(item.Uuid);
                }

                if (done)
                {
                    continue;
                }

                var delta = new ZoomSyncDelta();
                delta[ZoomSyncEntityType.Recording].Seen++;
                var recording = ZoomSyncHashing.ForStorage(item, context.Options.IncludePasscodes);
                var hash = ZoomSyncHashing.Hash(recording, ZoomJsonContext.Default.RecordingMeeting);
                if (context.Changed(ZoomSyncEntityType.Recording, item.Uuid!, hash))
                {
                    await sink.UpsertRecordingAsync(new ZoomSyncRecord<RecordingMeeting>(item.Uuid!, hash, user.Id, item.StartTime, recording), cancellationToken).ConfigureAwait(false);
                    context.Hold(ZoomSyncEntityType.Recording, new ZoomSyncHeldRecord(item.Uuid!, hash, user.Id, item.StartTime));
                    context.CountRecord(delta, ZoomSyncEntityType.Recording, item.Uuid!, emitted: true);
                }
                else
                {
                    context.CountRecord(delta, ZoomSyncEntityType.Recording, item.Uuid!, emitted: false);
                }

                context.Commit(delta, () => cursor.SeenRecordings.Add(item.Uuid!));
            }

            var last = page.ContinuationToken is null;
            lock (context.Gate)
            {
                cursor.WindowFrom = last ? to.AddDays(1) : from;
                cursor.PageToken = page.ContinuationToken;
                cursor.PageTokenAt = last ? null : context.Now;
            }

            await context.SaveAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
