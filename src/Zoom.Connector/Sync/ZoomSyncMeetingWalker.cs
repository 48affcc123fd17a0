using System.Globalization;
using Zoom.Connector.Http;
using Zoom.Connector.Models;
using Zoom.Connector.Paging;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Sync;

/// <summary>
/// Walks one user's meetings: lists them page by page from the user's saved token, reads the details and invitation of
/// each new or changed meeting, and of each one the change journal marked or the rotation picked (in parallel, within
/// the request gate), commits each meeting with its counts, clears its journal mark, and decides the deletions of held
/// meetings the listing no longer shows.
/// </summary>
internal sealed class ZoomSyncMeetingWalker(ZoomSyncContext context)
{
    /// <summary>Lists the user's meetings; false when the user cannot be listed (skipped: nothing of theirs is deleted).</summary>
    public async Task<bool> WalkAsync(ZoomSyncUserRef user, ZoomSyncUserCursor cursor, CancellationToken cancellationToken)
    {
        string? token;
        lock (context.Gate)
        {
            token = context.FreshToken(cursor.PageToken, cursor.PageTokenAt, "meetings");
        }

        var meetings = context.Dependencies.Meetings;
        var pages = ZoomPager.ResumePagesAsync<MeetingList, MeetingSummary>(
            (sent, ct) => context.CallAsync(c => meetings.ListMeetingsAsync(user.Id, context.Options.MeetingListType, context.PageSize, sent, null, null, null, null, c), sent is not null, ct),
            token,
            cancellationToken);
        try
        {
            await foreach (var page in pages.ConfigureAwait(false))
            {
                if (page.Restarted)
                {
                    ZoomSyncLog.PageTokenExpired(context.Logger, "meetings");
                }

                var todo = new List<MeetingSummary>();
                lock (context.Gate)
                {
                    var inPage = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var summary in page.Items)
                    {
                        var id = summary.Id.ToString(CultureInfo.InvariantCulture);
                        // Done before (an earlier page, a restarted listing, an interrupted attempt): not read or counted again.
                        if (!cursor.SeenMeetings.Contains(id) && !cursor.GoneMeetings.Contains(id) && inPage.Add(id))
                        {
                            todo.Add(summary);
                        }
                    }
                }

                await Task.WhenAll(todo.Select(m => SyncMeetingAsync(user, cursor, m, cancellationToken))).ConfigureAwait(false);
                lock (context.Gate)
                {
                    cursor.PageToken = page.ContinuationToken;
                    cursor.PageTokenAt = page.ContinuationToken is null ? null : context.Now;
                }

                if (page.ContinuationToken is not null)
                {
                    await context.SaveAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (ZoomApiException ex) when (ZoomSyncEngine.IsSkippable(ex))
        {
            var delta = new ZoomSyncDelta();
            context.Skip(delta, ZoomSyncEntityType.Meeting, user.Id, ex);
            context.Commit(delta, () => Finish(cursor));
            return false;
        }

        lock (context.Gate)
        {
            if (context.WantMeetings)
            {
                foreach (var id in context.HeldMeetingsOf(user.Id))
                {
                    if (!cursor.SeenMeetings.Contains(id))
                    {
                        context.AddMeetingDeletion(id);
                    }
                }
            }

            Finish(cursor);
        }

        return true;
    }

    /// <summary>The meetings stage is done: its listing state is no longer needed (call under the gate).</summary>
    private static void Finish(ZoomSyncUserCursor cursor)
    {
        cursor.MeetingsDone = true;
        cursor.PageToken = null;
        cursor.PageTokenAt = null;
        cursor.SeenMeetings = new(StringComparer.Ordinal);
        cursor.GoneMeetings = new(StringComparer.Ordinal);
    }

    /// <summary>Emits one meeting (details) and its invitation when new or changed, and commits it.</summary>
    private async Task SyncMeetingAsync(ZoomSyncUserRef user, ZoomSyncUserCursor cursor, MeetingSummary summary, CancellationToken cancellationToken)
    {
        var delta = new ZoomSyncDelta();
        var gone = !await EmitAsync(user, summary, delta, cancellationToken).ConfigureAwait(false);
        var id = summary.Id.ToString(CultureInfo.InvariantCulture);
        context.Commit(delta, () => (gone ? cursor.GoneMeetings : cursor.SeenMeetings).Add(id));
        if (context.WantMeetings)
        {
            // The sink holds what was read (or the meeting is gone and the run decides its deletion): the change is done.
            await context.ClearMarkAsync(summary.Id, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>False when Zoom no longer has the meeting (it counts as not seen).</summary>
    private async Task<bool> EmitAsync(ZoomSyncUserRef user, MeetingSummary summary, ZoomSyncDelta delta, CancellationToken cancellationToken)
    {
        var sink = context.Dependencies.Sink;
        var api = context.Dependencies.Meetings;
        delta[ZoomSyncEntityType.Meeting].Seen++;
        var id = summary.Id.ToString(CultureInfo.InvariantCulture);
        var summaryHash = ZoomSyncHashing.SummaryHash(summary);
        var held = context.HeldRecord(ZoomSyncEntityType.Meeting, id);
        var invitationHeld = context.Holds(ZoomSyncEntityType.Invitation, id);
        // Zoom's list entry shows no settings, occurrences or change marker: a meeting the connector changed (the change
        // journal) or that the rotation picked is read in full even when its entry is unchanged.
        if (context.Active.Kind == ZoomSyncKind.Incremental
            && (!context.WantMeetings || (held is not null && ZoomSyncHashing.SummaryPart(held.Hash) == summaryHash && !context.MustReread(summary.Id)))
            && (!context.WantInvitations || invitationHeld))
        {
            context.CountRecord(delta, ZoomSyncEntityType.Meeting, id, emitted: false);
            return true;
        }

        if (context.WantMeetings)
        {
            Meeting meeting;
            try
            {
                meeting = await context.CallAsync(ct => api.GetMeetingAsync(summary.Id, null, null, ct), false, cancellationToken).ConfigureAwait(false);
            }
            catch (ZoomApiException ex) when (ZoomSyncEngine.IsSkippable(ex))
            {
                context.Skip(delta, ZoomSyncEntityType.Meeting, id, ex);
                return false;
            }

            meeting = ZoomSyncHashing.ForStorage(meeting, context.Options.IncludePasscodes);
            var hash = ZoomSyncHashing.MeetingHash(summaryHash, meeting);
            if (held?.Hash != hash)
            {
                await sink.UpsertMeetingAsync(new ZoomSyncRecord<Meeting>(id, hash, user.Id, null, meeting), cancellationToken).ConfigureAwait(false);
                context.Hold(ZoomSyncEntityType.Meeting, new ZoomSyncHeldRecord(id, hash, user.Id, null));
                context.CountRecord(delta, ZoomSyncEntityType.Meeting, id, emitted: true);
            }
            else
            {
                context.CountRecord(delta, ZoomSyncEntityType.Meeting, id, emitted: false);
            }
        }

        if (context.WantInvitations)
        {
            delta[ZoomSyncEntityType.Invitation].Seen++;
            MeetingInvitation invitation;
            try
            {
                invitation = await context.CallAsync(ct => api.GetMeetingInvitationAsync(summary.Id, ct), false, cancellationToken).ConfigureAwait(false);
            }
            catch (ZoomApiException ex) when (ZoomSyncEngine.IsSkippable(ex))
            {
                context.Skip(delta, ZoomSyncEntityType.Invitation, id, ex);
                return !context.WantMeetings;
            }

            invitation = ZoomSyncHashing.ForStorage(invitation, context.Options.IncludePasscodes);
            var hash = ZoomSyncHashing.Hash(invitation, ZoomJsonContext.Default.MeetingInvitation);
            if (context.Changed(ZoomSyncEntityType.Invitation, id, hash))
            {
                await sink.UpsertInvitationAsync(new ZoomSyncRecord<MeetingInvitation>(id, hash, user.Id, null, invitation), cancellationToken).ConfigureAwait(false);
                context.Hold(ZoomSyncEntityType.Invitation, new ZoomSyncHeldRecord(id, hash, user.Id, null));
                context.CountRecord(delta, ZoomSyncEntityType.Invitation, id, emitted: true);
            }
            else
            {
                context.CountRecord(delta, ZoomSyncEntityType.Invitation, id, emitted: false);
            }
        }

        return true;
    }
}
