using Zoom.Connector.Models;
using Zoom.Connector.Paging;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Sync;

/// <summary>
/// Lists the account's users, one configured status after the other, page by page from the checkpoint's token: emits new
/// or changed users, queues active and inactive users for their meetings and recordings, and decides user deletions once
/// every status has been listed.
/// </summary>
internal sealed class ZoomSyncUserWalker(ZoomSyncContext context)
{
    /// <summary>Every status Zoom has; a user missing from all of them is gone.</summary>
    private static readonly UserStatus[] AllStatuses = [UserStatus.Active, UserStatus.Inactive, UserStatus.Pending];

    public static List<UserStatus> StatusesOf(ZoomSyncUserStatuses statuses)
    {
        var result = new List<UserStatus>();
        if (statuses.HasFlag(ZoomSyncUserStatuses.Active))
        {
            result.Add(UserStatus.Active);
        }

        if (statuses.HasFlag(ZoomSyncUserStatuses.Inactive))
        {
            result.Add(UserStatus.Inactive);
        }

        if (statuses.HasFlag(ZoomSyncUserStatuses.Pending))
        {
            result.Add(UserStatus.Pending);
        }

        return result;
    }

    /// <summary>The sink id of a listed user: Zoom's id, or <c>pending:&lt;email&gt;</c> for a pending user (Zoom gives them none).</summary>
    public static string? SinkId(ZoomUser user)
        => !string.IsNullOrEmpty(user.Id) ? user.Id
            : !string.IsNullOrWhiteSpace(user.Email) ? "pending:" + user.Email.Trim().ToLowerInvariant()
            : null;

    public async Task WalkAsync(CancellationToken cancellationToken)
    {
        var active = context.Active;
        HashSet<string> queued;
        lock (context.Gate)
        {
            queued = new HashSet<string>(active.Users.Select(static u => u.Id), StringComparer.Ordinal);
        }

        while (true)
        {
            UserStatus status;
            string? token;
            lock (context.Gate)
            {
                if (active.UserStatusesListed >= active.UserStatuses.Count)
                {
                    break;
                }

                status = active.UserStatuses[active.UserStatusesListed];
                token = context.FreshToken(active.UsersPageToken, active.UsersPageTokenAt, "users");
            }

            await ListStatusAsync(status, token, queued, cancellationToken).ConfigureAwait(false);
            lock (context.Gate)
            {
                active.UserStatusesListed++;
                active.UsersPageToken = null;
                active.UsersPageTokenAt = null;
            }

            await context.SaveAsync(cancellationToken).ConfigureAwait(false);
        }

        lock (context.Gate)
        {
            active.UsersListed = true;
            // A user not returned under one status may be under another: deletions need every status listed.
            if (context.WantUsers && AllStatuses.All(active.UserStatuses.Contains))
            {
                foreach (var held in context.HeldOf(ZoomSyncEntityType.User))
                {
                    if (!queued.Contains(held.Id) && context.InFilter(held.Id))
                    {
                        context.AddDeletion(ZoomSyncEntityType.User, held.Id);
                        DeleteChildren(held.Id);
                    }
                }
            }
        }

        await context.SaveAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task ListStatusAsync(UserStatus status, string? token, HashSet<string> queued, CancellationToken cancellationToken)
    {
        var users = context.Dependencies.Users;
        var pages = ZoomPager.ResumePagesAsync<UserList, ZoomUser>(
            (sent, ct) => context.CallAsync(c => users.ListUsersAsync(status, context.PageSize, null, null, sent, null, null, c), sent is not null, ct),
            token,
            cancellationToken);
        await foreach (var page in pages.ConfigureAwait(false))
        {
            if (page.Restarted)
            {
                ZoomSyncLog.PageTokenExpired(context.Logger, "users");
            }

            foreach (var listed in page.Items)
            {
                // Zoom leaves the status out of some list shapes: the listing's status is the user's.
                var user = ZoomSyncHashing.ForStorage(listed.Status is null ? listed with { Status = status } : listed);
                var id = SinkId(user);
                if (id is null || !context.InFilter(user.Id, user.Email) || queued.Contains(id))
                {
                    continue; // no id and no email: nothing to key it by; or already listed under another status
                }

                var delta = new ZoomSyncDelta();
                delta[ZoomSyncEntityType.User].Seen++;
                if (context.WantUsers)
                {
                    var hash = ZoomSyncHashing.Hash(user, ZoomJsonContext.Default.ZoomUser);
                    if (context.Changed(ZoomSyncEntityType.User, id, hash))
                    {
                        await context.Dependencies.Sink.UpsertUserAsync(new ZoomSyncRecord<ZoomUser>(id, hash, null, null, user), cancellationToken).ConfigureAwait(false);
                        context.Hold(ZoomSyncEntityType.User, new ZoomSyncHeldRecord(id, hash, null, null));
                        context.CountRecord(delta, ZoomSyncEntityType.User, id, emitted: true);
                    }
                    else
                    {
                        context.CountRecord(delta, ZoomSyncEntityType.User, id, emitted: false);
                    }
                }

                queued.Add(id);
                context.Commit(delta, () => context.Active.Users.Add(new ZoomSyncUserRef(id, user.Email, user.Status)));
            }

            if (page.ContinuationToken is null)
            {
                return;
            }

            lock (context.Gate)
            {
                context.Active.UsersPageToken = page.ContinuationToken;
                context.Active.UsersPageTokenAt = context.Now;
            }

            await context.SaveAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A deleted user takes their held meetings, invitations and (full runs) recordings along (call under the gate).</summary>
    private void DeleteChildren(string userId)
    {
        if (context.WantMeetings)
        {
            foreach (var id in context.HeldMeetingsOf(userId))
            {
                context.AddMeetingDeletion(id);
            }
        }

        if (context.WantRecordings && context.Active.Kind == ZoomSyncKind.Full)
        {
            foreach (var id in context.HeldRecordingsOf(userId))
            {
                context.AddDeletion(ZoomSyncEntityType.Recording, id);
            }
        }
    }
}
