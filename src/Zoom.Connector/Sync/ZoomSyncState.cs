using System.Text.Json.Serialization;
using Zoom.Connector.Models;

namespace Zoom.Connector.Sync;

/// <summary>The engine's checkpoint content (serialized into <see cref="ZoomSyncCheckpoint.Payload"/>).</summary>
internal sealed class ZoomSyncState
{
    /// <summary>Version 2: typed counters, user statuses, per-item seen sets. A version 1 checkpoint is read without its run in progress.</summary>
    public const int CurrentVersion = 2;

    public const int PreviousVersion = 1;

    public int Version { get; set; } = CurrentVersion;

    public DateTimeOffset? LastFullCompletedAt { get; set; }

    public DateTimeOffset? LastIncrementalCompletedAt { get; set; }

    /// <summary>Last day whose recordings were fully listed (incremental runs start one day before it).</summary>
    public DateOnly? RecordingsSyncedThrough { get; set; }

    /// <summary>The last meeting id the detail rotation re-read (<see cref="ZoomSyncOptions.DetailRefreshPerRun"/>); the next run goes on after it.</summary>
    public long? DetailRefreshAfter { get; set; }

    public ZoomSyncActiveRun? Active { get; set; }

    public ZoomSyncVetoState? Vetoed { get; set; }
}

/// <summary>A run in progress: what is done, what is left, what it will delete.</summary>
internal sealed class ZoomSyncActiveRun
{
    public string RunId { get; set; } = string.Empty;

    public ZoomSyncKind Kind { get; set; }

    public ZoomSyncEntities Entities { get; set; }

    public List<string> UserFilter { get; set; } = [];

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    /// <summary>False while users are still being listed.</summary>
    public bool UsersListed { get; set; }

    /// <summary>The user statuses this run lists, in order.</summary>
    public List<UserStatus> UserStatuses { get; set; } = [];

    /// <summary>How many of <see cref="UserStatuses"/> are fully listed.</summary>
    public int UserStatusesListed { get; set; }

    public string? UsersPageToken { get; set; }

    public DateTimeOffset? UsersPageTokenAt { get; set; }

    /// <summary>Users to walk (id, email), in listing order.</summary>
    public List<ZoomSyncUserRef> Users { get; set; } = [];

    public HashSet<string> CompletedUsers { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, ZoomSyncUserCursor> InProgress { get; set; } = new(StringComparer.Ordinal);

    public List<ZoomSyncPendingDeletion> Deletions { get; set; } = [];

    /// <summary>Records ("type:id") emitted by items not committed yet (see <see cref="ZoomSyncContext.CountRecord"/>).</summary>
    public HashSet<string> EmittedUncommitted { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Committed counts: each item's counts are added under the run's lock together with the state change that marks
    /// the item done, so a checkpoint never counts an item its seen sets do not hold (and a resume never counts it twice).
    /// </summary>
    public ZoomSyncCounters Counters { get; set; } = new();

    public List<ZoomSyncItemError> Errors { get; set; } = [];

    /// <summary>Held meetings this run re-reads by rotation (chosen once, kept for a resume); null until chosen.</summary>
    public List<long>? RotatedMeetings { get; set; }
}

/// <summary>A user to walk or hold: the sink id (Zoom's user id, or <c>pending:&lt;email&gt;</c> for a pending user), email and status.</summary>
internal sealed record ZoomSyncUserRef(string Id, string? Email, UserStatus? Status = null)
{
    /// <summary>Pending users have no meetings or recordings to read.</summary>
    [JsonIgnore]
    public bool Walkable => Status != UserStatus.Pending;
}

/// <summary>Where a user's unit stands: the stage, the listing's page token and the ids seen so far.</summary>
internal sealed class ZoomSyncUserCursor
{
    public bool MeetingsDone { get; set; }

    public string? PageToken { get; set; }

    public DateTimeOffset? PageTokenAt { get; set; }

    /// <summary>The recordings listing of this user was refused with a skippable error.</summary>
    public bool RecordingsSkipped { get; set; }

    /// <summary>First day of the recordings window in progress.</summary>
    public DateOnly? WindowFrom { get; set; }

    /// <summary>Meetings listed and done (their details and invitation emitted or unchanged).</summary>
    public HashSet<string> SeenMeetings { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Meetings listed but gone by the time their details were read: done, yet not seen (they may be deleted).</summary>
    public HashSet<string> GoneMeetings { get; set; } = new(StringComparer.Ordinal);

    public HashSet<string> SeenRecordings { get; set; } = new(StringComparer.Ordinal);
}

internal sealed record ZoomSyncPendingDeletion(ZoomSyncEntityType Type, string Id);

internal sealed class ZoomSyncVetoState
{
    public string RunId { get; set; } = string.Empty;

    public ZoomSyncKind Kind { get; set; }

    public List<ZoomSyncPendingDeletion> Deletions { get; set; } = [];

    public List<ZoomSyncVetoFigures> Figures { get; set; } = [];
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(ZoomSyncState))]
internal sealed partial class ZoomSyncJsonContext : JsonSerializerContext;
