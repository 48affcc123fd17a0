using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Zoom.Connector.Models;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Sync;

/// <summary>Content hashes that tell the engine whether a record changed. The same rules serve sync and write-through.</summary>
internal static class ZoomSyncHashing
{
    public static string Hash<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(bytes, digest);
        return Convert.ToHexStringLower(digest[..16]);
    }

    /// <summary>The fields a meeting list shows, taken the same way from a list item and from a full meeting.</summary>
    public static string SummaryHash(MeetingSummary summary) => Hash(
        new MeetingSummary
        {
            Id = summary.Id,
            Topic = summary.Topic,
            Type = summary.Type,
            StartTime = summary.StartTime,
            Duration = summary.Duration,
            Timezone = summary.Timezone,
            Agenda = summary.Agenda,
            CreatedAt = summary.CreatedAt,
            JoinUrl = summary.JoinUrl,
        },
        ZoomJsonContext.Default.MeetingSummary);

    public static string SummaryHash(Meeting meeting) => SummaryHash(new MeetingSummary
    {
        Id = meeting.Id,
        Topic = meeting.Topic,
        Type = meeting.Type,
        StartTime = meeting.StartTime,
        Duration = meeting.Duration,
        Timezone = meeting.Timezone,
        Agenda = meeting.Agenda,
        CreatedAt = meeting.CreatedAt,
        JoinUrl = meeting.JoinUrl,
    });

    /// <summary>A meeting's stored hash: the list part, a dot, the detail part.</summary>
    public static string MeetingHash(string summaryHash, Meeting meeting)
        => summaryHash + "." + Hash(meeting, ZoomJsonContext.Default.Meeting);

    public static string SummaryPart(string meetingHash)
    {
        var dot = meetingHash.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? meetingHash : meetingHash[..dot];
    }

    /// <summary>
    /// The meeting as stored: never <c>start_url</c> (a short-lived host credential that also changes on every read), the
    /// dynamic host key, the H.323 or encrypted passcode; the meeting and phone passcodes (and the <c>pwd</c> of the join
    /// link) only when <paramref name="includePasscodes"/>.
    /// </summary>
    public static Meeting ForStorage(Meeting meeting, bool includePasscodes)
    {
        var stored = meeting with { StartUrl = null, DynamicHostKey = null, H323Password = null, EncryptedPassword = null };
        return includePasscodes ? stored : stored with
        {
            Password = null,
            PstnPassword = null,
            JoinUrl = ZoomSyncRedaction.RedactUrl(stored.JoinUrl),
        };
    }

    /// <summary>The recording as stored: without a download JWT; passcodes only when <paramref name="includePasscodes"/>.</summary>
    public static RecordingMeeting ForStorage(RecordingMeeting recording, bool includePasscodes)
    {
        var stored = recording with { DownloadAccessToken = null };
        return includePasscodes ? stored : stored with
        {
            Password = null,
            RecordingPlayPasscode = null,
            ShareUrl = ZoomSyncRedaction.RedactUrl(stored.ShareUrl),
        };
    }

    /// <summary>The invitation as stored: passcode lines, <c>pwd</c>/<c>icsToken</c> link parameters and phone PINs removed unless <paramref name="includePasscodes"/>.</summary>
    public static MeetingInvitation ForStorage(MeetingInvitation invitation, bool includePasscodes)
        => includePasscodes ? invitation : invitation with { Invitation = ZoomSyncRedaction.RedactInvitation(invitation.Invitation) };

    /// <summary>
    /// The user as stored: the fields of an entry of Zoom's user list (<c>GET /users</c>), never the host key. Taken the
    /// same way from a list entry and from <c>GET /users/{id}</c> (which shows more), so a user refreshed from a webhook
    /// hashes as the next run's listing does.
    /// </summary>
    public static ZoomUser ForStorage(ZoomUser user) => new()
    {
        Id = user.Id,
        Email = user.Email,
        FirstName = user.FirstName,
        LastName = user.LastName,
        DisplayName = user.DisplayName,
        Type = user.Type,
        Status = user.Status,
        Pmi = user.Pmi,
        Timezone = user.Timezone,
        Dept = user.Dept,
        RoleId = user.RoleId,
        GroupIds = user.GroupIds,
        ImGroupIds = user.ImGroupIds,
        Verified = user.Verified,
        CreatedAt = user.CreatedAt,
        UserCreatedAt = user.UserCreatedAt,
        LastLoginTime = user.LastLoginTime,
        LastClientVersion = user.LastClientVersion,
        EmployeeUniqueId = user.EmployeeUniqueId,
        PlanUnitedType = user.PlanUnitedType,
        CustomAttributes = user.CustomAttributes,
    };
}
