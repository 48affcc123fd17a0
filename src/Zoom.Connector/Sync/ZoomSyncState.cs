using System.Text.Json.Serialization;

namespace Zoom.Connector.Sync;

/// <summary>The engine's checkpoint content (serialized into <see cref="ZoomSyncCheckpoint.Payload"/>).</summary>
internal sealed class ZoomSyncState
{
    public const int CurrentVersion = 1;

    public int Version { get; set; } = CurrentVersion;

    public DateTimeOffset? LastFullCompletedAt { get; set; }

    public DateTimeOffset? LastIncrementalCompletedAt { get; set; }

    /// <summary>Last day whose recordings were fully listed (incremental runs start one day before it).</summary>
    public DateOnly? RecordingsSyncedThrough { get; set; }

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

    public string? UsersPageToken { get; set; }

    public DateTimeOffset? UsersPageTokenAt { get; set; }

    /// <summary>Users to walk (id, email), in listing order.</summary>
    public List<ZoomSyncUserRef> Users { get; set; } = [];

    public HashSet<string> CompletedUsers { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, ZoomSyncUserCursor> InProgress { get; set; } = new(StringComparer.Ordinal);

    public List<ZoomSyncPendingDeletion> Deletions { get; set; } = [];

    public ZoomSyncCountsState Counts { get; set; } = new();

    public List<ZoomSyncItemError> Errors { get; set; } = [];
}

internal sealed record ZoomSyncUserRef(string Id, string? Email);

/// <summary>Where a user's unit stands: the stage, the listing's page token and the ids seen so far.</summary>
internal sealed class ZoomSyncUserCursor
{
    public bool MeetingsDone { get; set; }

    public string? PageToken { get; set; }

    public DateTimeOffset? PageTokenAt { get; set; }

    /// <summary>First day of the recordings window in progress.</summary>
    public DateOnly? WindowFrom { get; set; }

    public List<string> SeenMeetings { get; set; } = [];

    public List<string> SeenRecordings { get; set; } = [];
}

internal sealed record ZoomSyncPendingDeletion(ZoomSyncEntityType Type, string Id);

internal sealed class ZoomSyncVetoState
{
    public string RunId { get; set; } = string.Empty;

    public ZoomSyncKind Kind { get; set; }

    public List<ZoomSyncPendingDeletion> Deletions { get; set; } = [];

    public List<ZoomSyncVetoFigures> Figures { get; set; } = [];
}

/// <summary>Counters as stored (per entity: seen, upserted, unchanged, deleted, skipped).</summary>
internal sealed class ZoomSyncCountsState
{
    [JsonInclude]
    public long Requests;

    public long[][] Entities { get; set; } = [new long[5], new long[5], new long[5], new long[5]];
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(ZoomSyncState))]
internal sealed partial class ZoomSyncJsonContext : JsonSerializerContext;
