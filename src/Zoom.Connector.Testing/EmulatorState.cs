using Zoom.Connector.Models;

namespace Zoom.Connector.Testing;

/// <summary>One user of the emulated account. Pending users have no id and are found by email.</summary>
internal sealed class UserState(int seedIndex, ZoomUser user)
{
    /// <summary>Index in the generated data, or -1 for users created later.</summary>
    public int SeedIndex { get; } = seedIndex;

    public ZoomUser User { get; set; } = user;

    /// <summary>Whether this user's generated meetings and recordings exist yet.</summary>
    public bool ContentMaterialized { get; set; }

    public UserSettingsState Settings { get; set; } = new();
}

internal sealed class UserSettingsState
{
    public bool HostVideo { get; set; } = true;

    public bool ParticipantsVideo { get; set; }

    public bool JoinBeforeHost { get; set; }

    public bool WaitingRoom { get; set; } = true;

    public bool CloudRecording { get; set; } = true;

    public string AutoRecording { get; set; } = "none";
}

/// <summary>One meeting with everything Zoom keeps about it.</summary>
internal sealed class MeetingState(Meeting meeting, DateTime localStart)
{
    public Meeting Meeting { get; set; } = meeting;

    /// <summary>The wall-clock start in the meeting's time zone that the schedule is computed from.</summary>
    public DateTime LocalStart { get; set; } = localStart;

    public bool Deleted { get; set; }

    public List<PastInstanceState> PastInstances { get; } = [];

    public List<MeetingRegistrant> Registrants { get; } = [];

    public HashSet<string> DeletedOccurrences { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, MeetingOccurrence> OccurrenceOverrides { get; } = new(StringComparer.Ordinal);

    /// <summary>When the host started the meeting (status started), or <see langword="null"/>.</summary>
    public DateTimeOffset? StartedAt { get; set; }

    public string HostId => Meeting.HostId ?? string.Empty;
}

/// <summary>One ended run of a meeting.</summary>
internal sealed class PastInstanceState(string uuid, long meetingId, DateTimeOffset start, DateTimeOffset end)
{
    public string Uuid { get; } = uuid;

    public long MeetingId { get; } = meetingId;

    public DateTimeOffset Start { get; } = start;

    public DateTimeOffset End { get; } = end;

    public List<PastMeetingParticipant> Participants { get; } = [];
}

/// <summary>The cloud recording of one meeting instance. Trashed files carry <see cref="RecordingFile.DeletedTime"/>.</summary>
internal sealed class RecordingState(RecordingMeeting recording, List<RecordingFile> files)
{
    public RecordingMeeting Recording { get; set; } = recording;

    public List<RecordingFile> Files { get; } = files;

    public string Uuid => Recording.Uuid ?? string.Empty;

    public string HostId => Recording.HostId ?? string.Empty;

    public RecordingSettings Settings { get; set; } = new() { ShareRecording = "publicly", ViewerDownload = true, OnDemand = false, AutoDelete = false };
}

internal sealed record AccessGrant(string UserId, bool AccountLevel, string ClientId, DateTimeOffset ExpiresAt, string Scope);

internal sealed record RefreshGrant(string UserId, string ClientId, string Scope);

internal sealed record AuthorizationCode(string UserId, string ClientId, string RedirectUri, string? Challenge, string ChallengeMethod, DateTimeOffset ExpiresAt, string Scope);

internal sealed record PageCursor(string QueryKey, int Offset, DateTimeOffset ExpiresAt);
