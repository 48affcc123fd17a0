using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zoom.Connector.Api;
using Zoom.Connector.Http;
using Zoom.Connector.Models;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Sync;

/// <summary>
/// Brings one entity in the sink in line with Zoom's current view of it: re-reads it (a change event carries a partial
/// object, and may arrive late or twice), stores it by the same rules and hashes as a sync run, deletes it when Zoom no
/// longer has it. Idempotent by construction: the sink never moves back to an older state, and a record whose hash is
/// unchanged is not written. Counted in the sync metrics under <c>kind</c> = the caller's kind (e.g. <c>webhook</c>).
/// Not under the sync lock: a refresh is a handful of requests and must finish while Zoom waits (3 s); a run in progress
/// reads Zoom's state too, so the two can only write the same or a fresher view.
/// </summary>
internal sealed class ZoomSyncRefresher(
    IZoomUsersApi users,
    IZoomMeetingsApi meetings,
    IZoomRecordingsApi recordings,
    IZoomSyncSink sink,
    IOptions<ZoomSyncOptions> options,
    ZoomSyncMetrics metrics,
    ILogger<ZoomSyncRefresher> logger)
{
    /// <summary>Re-reads a meeting (and its invitation when the meeting changed or the sink lacks it) and applies it.</summary>
    public async Task<ZoomSyncCounters> RefreshMeetingAsync(long meetingId, string kind, CancellationToken cancellationToken)
    {
        var counts = new ZoomSyncCounters();
        var o = options.Value;
        if (!o.Entities.HasFlag(ZoomSyncEntities.Meetings))
        {
            return Report(kind, counts);
        }

        var id = meetingId.ToString(CultureInfo.InvariantCulture);
        Meeting? meeting;
        try
        {
            counts.Requests++;
            meeting = await meetings.GetMeetingAsync(meetingId, null, null, cancellationToken).ConfigureAwait(false);
        }
        catch (ZoomApiException ex) when (IsGone(ex, 3001))
        {
            meeting = null;
        }

        if (meeting is null)
        {
            await DeleteMeetingAsync(meetingId, id, counts, cancellationToken).ConfigureAwait(false);
            return Report(kind, counts);
        }

        if (!IsListed(meeting.Type, o.MeetingListType))
        {
            // A sync run would not list it (an instant meeting or a PMI under "scheduled"), so it would delete it again.
            counts.Meetings.Skipped++;
            ZoomSyncLog.RefreshSkipped(logger, ZoomSyncEntityType.Meeting, id, "the configured meeting list type does not include it");
            return Report(kind, counts);
        }

        counts.Meetings.Seen++;
        var stored = ZoomSyncHashing.ForStorage(meeting, o.IncludePasscodes);
        var hash = ZoomSyncHashing.MeetingHash(ZoomSyncHashing.SummaryHash(meeting), stored);
        var held = await sink.GetHeldRecordAsync(ZoomSyncEntityType.Meeting, id, cancellationToken).ConfigureAwait(false);
        var changed = held?.Hash != hash;
        if (changed)
        {
            await sink.UpsertMeetingAsync(new ZoomSyncRecord<Meeting>(id, hash, meeting.HostId, null, stored), cancellationToken).ConfigureAwait(false);
            counts.Meetings.Upserted++;
        }
        else
        {
            counts.Meetings.Unchanged++;
        }

        if (o.Entities.HasFlag(ZoomSyncEntities.Invitations))
        {
            var heldInvitation = await sink.GetHeldRecordAsync(ZoomSyncEntityType.Invitation, id, cancellationToken).ConfigureAwait(false);
            if (changed || heldInvitation is null)
            {
                await RefreshInvitationAsync(meetingId, id, meeting.HostId, heldInvitation, counts, cancellationToken).ConfigureAwait(false);
            }
        }

        return Report(kind, counts);
    }

    /// <summary>Re-reads a user and applies it; a user Zoom no longer has is deleted with their meetings, invitations and recordings.</summary>
    public async Task<ZoomSyncCounters> RefreshUserAsync(string userId, string kind, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var counts = new ZoomSyncCounters();
        var o = options.Value;
        ZoomUser? user;
        try
        {
            counts.Requests++;
            user = await users.GetUserAsync(userId, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ZoomApiException ex) when (IsGone(ex, 1001))
        {
            user = null;
        }

        if (user is null)
        {
            await DeleteUserAsync(userId, counts, cancellationToken).ConfigureAwait(false);
            return Report(kind, counts);
        }

        var status = user.Status ?? UserStatus.Active;

        // Zoom's user list gives a pending user no id, so runs key them by email: do the same here.
        user = status == UserStatus.Pending ? user with { Id = null, Status = status } : user with { Status = status };
        if (!o.UserStatuses.HasFlag(ToFlag(status)) || ZoomSyncUserWalker.SinkId(user) is not { } id)
        {
            // Not a status the runs list: a run would neither hold nor delete it, so neither does the event.
            counts.Users.Skipped++;
            ZoomSyncLog.RefreshSkipped(logger, ZoomSyncEntityType.User, userId, "its status is not in Zoom:Sync:UserStatuses");
            return Report(kind, counts);
        }

        if (!o.Entities.HasFlag(ZoomSyncEntities.Users))
        {
            return Report(kind, counts);
        }

        counts.Users.Seen++;
        var stored = ZoomSyncHashing.ForStorage(user);
        var hash = ZoomSyncHashing.Hash(stored, ZoomJsonContext.Default.ZoomUser);
        var held = await sink.GetHeldRecordAsync(ZoomSyncEntityType.User, id, cancellationToken).ConfigureAwait(false);
        if (held?.Hash != hash)
        {
            await sink.UpsertUserAsync(new ZoomSyncRecord<ZoomUser>(id, hash, null, null, stored), cancellationToken).ConfigureAwait(false);
            counts.Users.Upserted++;
        }
        else
        {
            counts.Users.Unchanged++;
        }

        return Report(kind, counts);
    }

    /// <summary>Re-reads a recorded meeting instance and applies it; trashed, deleted or gone recordings leave the sink.</summary>
    public async Task<ZoomSyncCounters> RefreshRecordingAsync(string uuid, string kind, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uuid);
        var counts = new ZoomSyncCounters();
        var o = options.Value;
        if (!o.Entities.HasFlag(ZoomSyncEntities.Recordings))
        {
            return Report(kind, counts);
        }

        RecordingMeeting? recording;
        try
        {
            counts.Requests++;
            recording = await recordings.GetMeetingRecordingsAsync(MeetingIdOrUuid.FromUuid(uuid), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ZoomApiException ex) when (IsGone(ex, 3301))
        {
            recording = null;
        }

        // The user listing a run reads excludes the trash, so a recording whose files are all in the trash is not held.
        if (recording is null || (recording.RecordingFiles is { Count: > 0 } files && files.All(static f => !string.IsNullOrEmpty(f.DeletedTimeText))))
        {
            if (await sink.GetHeldRecordAsync(ZoomSyncEntityType.Recording, uuid, cancellationToken).ConfigureAwait(false) is not null)
            {
                await sink.DeleteRecordingAsync(uuid, cancellationToken).ConfigureAwait(false);
                counts.Recordings.Deleted++;
            }

            return Report(kind, counts);
        }

        counts.Recordings.Seen++;
        var id = recording.Uuid ?? uuid;
        var stored = ZoomSyncHashing.ForStorage(recording, o.IncludePasscodes);
        var hash = ZoomSyncHashing.Hash(stored, ZoomJsonContext.Default.RecordingMeeting);
        var held = await sink.GetHeldRecordAsync(ZoomSyncEntityType.Recording, id, cancellationToken).ConfigureAwait(false);
        if (held?.Hash != hash)
        {
            await sink.UpsertRecordingAsync(new ZoomSyncRecord<RecordingMeeting>(id, hash, recording.HostId, recording.StartTime, stored), cancellationToken).ConfigureAwait(false);
            counts.Recordings.Upserted++;
        }
        else
        {
            counts.Recordings.Unchanged++;
        }

        return Report(kind, counts);
    }

    /// <summary>Whether a meeting list of <paramref name="listType"/> shows meetings of <paramref name="type"/>.</summary>
    internal static bool IsListed(MeetingType type, MeetingListType listType)
        => listType != MeetingListType.Scheduled
            || type is MeetingType.Scheduled or MeetingType.RecurringNoFixedTime or MeetingType.RecurringFixedTime;

    private async Task RefreshInvitationAsync(long meetingId, string id, string? hostId, ZoomSyncHeldRecord? held, ZoomSyncCounters counts, CancellationToken cancellationToken)
    {
        MeetingInvitation invitation;
        try
        {
            counts.Requests++;
            invitation = await meetings.GetMeetingInvitationAsync(meetingId, cancellationToken).ConfigureAwait(false);
        }
        catch (ZoomApiException ex) when (IsGone(ex, 3001))
        {
            // Deleted between the two reads: the next event (meeting.deleted) or run removes the meeting.
            counts.Invitations.Skipped++;
            return;
        }

        counts.Invitations.Seen++;
        var stored = ZoomSyncHashing.ForStorage(invitation, options.Value.IncludePasscodes);
        var hash = ZoomSyncHashing.Hash(stored, ZoomJsonContext.Default.MeetingInvitation);
        if (held?.Hash != hash)
        {
            await sink.UpsertInvitationAsync(new ZoomSyncRecord<MeetingInvitation>(id, hash, hostId, null, stored), cancellationToken).ConfigureAwait(false);
            counts.Invitations.Upserted++;
        }
        else
        {
            counts.Invitations.Unchanged++;
        }
    }

    private async Task DeleteMeetingAsync(long meetingId, string id, ZoomSyncCounters counts, CancellationToken cancellationToken)
    {
        if (await sink.GetHeldRecordAsync(ZoomSyncEntityType.Meeting, id, cancellationToken).ConfigureAwait(false) is not null)
        {
            await sink.DeleteMeetingAsync(meetingId, cancellationToken).ConfigureAwait(false);
            counts.Meetings.Deleted++;
        }

        if (await sink.GetHeldRecordAsync(ZoomSyncEntityType.Invitation, id, cancellationToken).ConfigureAwait(false) is not null)
        {
            await sink.DeleteInvitationAsync(meetingId, cancellationToken).ConfigureAwait(false);
            counts.Invitations.Deleted++;
        }
    }

    private async Task DeleteUserAsync(string userId, ZoomSyncCounters counts, CancellationToken cancellationToken)
    {
        // Only all of a deleted user's records go: as in a run, where a user Zoom returns under no status is deleted with them.
        var children = new List<(ZoomSyncEntityType Type, string Id)>();
        foreach (var type in new[] { ZoomSyncEntityType.Meeting, ZoomSyncEntityType.Invitation, ZoomSyncEntityType.Recording })
        {
            await foreach (var held in sink.GetHeldAsync(type, cancellationToken).ConfigureAwait(false))
            {
                if (string.Equals(held.ParentId, userId, StringComparison.Ordinal))
                {
                    children.Add((type, held.Id));
                }
            }
        }

        foreach (var (type, childId) in children)
        {
            switch (type)
            {
                case ZoomSyncEntityType.Meeting:
                    await sink.DeleteMeetingAsync(long.Parse(childId, CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
                    break;
                case ZoomSyncEntityType.Invitation:
                    await sink.DeleteInvitationAsync(long.Parse(childId, CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    await sink.DeleteRecordingAsync(childId, cancellationToken).ConfigureAwait(false);
                    break;
            }

            counts[type].Deleted++;
        }

        if (await sink.GetHeldRecordAsync(ZoomSyncEntityType.User, userId, cancellationToken).ConfigureAwait(false) is not null)
        {
            await sink.DeleteUserAsync(userId, cancellationToken).ConfigureAwait(false);
            counts.Users.Deleted++;
        }
    }

    private ZoomSyncCounters Report(string kind, ZoomSyncCounters counts)
    {
        metrics.Requests.Add(counts.Requests, new KeyValuePair<string, object?>("kind", kind));
        foreach (var type in Enum.GetValues<ZoomSyncEntityType>())
        {
            metrics.AddRecords(kind, type, counts[type].Snapshot());
        }

        return counts;
    }

    private static bool IsGone(ZoomApiException ex, int notFoundCode)
        => ex.ZoomCode == notFoundCode || (ex.StatusCode == HttpStatusCode.NotFound && ex.ZoomCode is null);

    private static ZoomSyncUserStatuses ToFlag(UserStatus status) => status switch
    {
        UserStatus.Inactive => ZoomSyncUserStatuses.Inactive,
        UserStatus.Pending => ZoomSyncUserStatuses.Pending,
        _ => ZoomSyncUserStatuses.Active,
    };
}
