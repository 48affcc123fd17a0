namespace Zoom.Connector.Sync;

/// <summary>The entity types a sync run can cover (combine with <c>|</c>).</summary>
[Flags]
public enum ZoomSyncEntities
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>Users of the account.</summary>
    Users = 1,

    /// <summary>Meetings with their details (occurrences, dial-in numbers).</summary>
    Meetings = 2,

    /// <summary>Meeting invitations (needs <see cref="Meetings"/> to be walked; fetched with each meeting's details).</summary>
    Invitations = 4,

    /// <summary>Cloud recordings with their files.</summary>
    Recordings = 8,

    /// <summary>Every entity type.</summary>
    All = Users | Meetings | Invitations | Recordings,
}

/// <summary>One entity type, as held by a sink.</summary>
public enum ZoomSyncEntityType
{
    /// <summary>A user (id: the Zoom user id).</summary>
    User,

    /// <summary>A meeting (id: the meeting id; parent: the host's user id).</summary>
    Meeting,

    /// <summary>A meeting's invitation (id: the meeting id; parent: the host's user id).</summary>
    Invitation,

    /// <summary>A recorded meeting instance with its files (id: the instance UUID; parent: the host's user id).</summary>
    Recording,
}

/// <summary>Full or incremental.</summary>
public enum ZoomSyncKind
{
    /// <summary>Walks everything in scope and fetches every meeting's details; the only kind that deletes recordings.</summary>
    Full,

    /// <summary>Walks the listings and fetches details only for new or changed meetings; recordings since the last run.</summary>
    Incremental,
}

/// <summary>How a run ended.</summary>
public enum ZoomSyncOutcome
{
    /// <summary>Every unit completed and every deletion was applied.</summary>
    Completed,

    /// <summary>Every unit completed, but the deletions were held back by the veto (see <see cref="ZoomSyncSummary.Veto"/>).</summary>
    Vetoed,

    /// <summary>The run was cancelled; the checkpoint lets the next run of the same kind resume.</summary>
    Cancelled,

    /// <summary>The run stopped on a fatal error (missing scope, refused token, sink failure).</summary>
    Failed,

    /// <summary>A scheduled trigger found a run in progress and did not start.</summary>
    Skipped,

    /// <summary>
    /// The run lost the sync lock while it ran (its lease ran out, e.g. after a long pause, and another instance took it)
    /// and stopped before its next write (<see cref="ZoomSyncLeaseLostException"/>); nothing was written after the loss.
    /// </summary>
    LeaseLost,
}

/// <summary>What a sync run should cover. The defaults cover everything.</summary>
public sealed record ZoomSyncRequest
{
    /// <summary>Full (default) or incremental.</summary>
    public ZoomSyncKind Kind { get; init; } = ZoomSyncKind.Full;

    /// <summary>Entity types to sync (default all). Users are always listed to find whom to walk, but are only emitted when included.</summary>
    public ZoomSyncEntities Entities { get; init; } = ZoomSyncEntities.All;

    /// <summary>Only these users (Zoom user ids or emails, case-insensitive); empty means every user of the statuses in <c>Zoom:Sync:UserStatuses</c>.</summary>
    public IReadOnlyList<string> Users { get; init; } = [];

    /// <summary>First day (UTC) of the recordings range; default today minus <c>Zoom:Sync:RecordingsLookback</c>.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day (UTC) of the recordings range; default today.</summary>
    public DateOnly? To { get; init; }

    /// <summary>A full request for every entity type.</summary>
    public static ZoomSyncRequest Full { get; } = new();

    /// <summary>An incremental request for every entity type.</summary>
    public static ZoomSyncRequest Incremental { get; } = new() { Kind = ZoomSyncKind.Incremental };
}

/// <summary>
/// A record emitted to the sink with the bookkeeping the engine needs: the <see cref="Hash"/> of its content (store it and
/// return it from <see cref="IZoomSyncSink.GetHeldAsync"/>, it is how changes are detected), the parent (the host's user
/// id) and a time stamp (a recording's start, used to scope deletions to the synced range).
/// </summary>
/// <typeparam name="T">The Zoom model.</typeparam>
/// <param name="Id">The record's id (see <see cref="ZoomSyncEntityType"/>).</param>
/// <param name="Hash">An opaque content hash; store it unchanged.</param>
/// <param name="ParentId">The host's user id (null for users).</param>
/// <param name="Timestamp">The recording's start time (null for other types).</param>
/// <param name="Value">The record as Zoom returned it.</param>
public sealed record ZoomSyncRecord<T>(string Id, string Hash, string? ParentId, DateTimeOffset? Timestamp, T Value);

/// <summary>What a sink holds of one record: enough to detect changes and deletions, not the record itself.</summary>
/// <param name="Id">The record's id.</param>
/// <param name="Hash">The hash stored with the record.</param>
/// <param name="ParentId">The parent stored with the record.</param>
/// <param name="Timestamp">The time stamp stored with the record.</param>
public sealed record ZoomSyncHeldRecord(string Id, string Hash, string? ParentId, DateTimeOffset? Timestamp);

/// <summary>The engine's resume state, stored by the sink as it is. <see cref="Payload"/> is opaque JSON.</summary>
public sealed record ZoomSyncCheckpoint
{
    /// <summary>The engine's state (JSON). Store and return it unchanged.</summary>
    public required string Payload { get; init; }
}

/// <summary>Counts of one entity type in a run.</summary>
public sealed record ZoomSyncEntityCounts
{
    /// <summary>Records listed by Zoom in this run.</summary>
    public long Seen { get; init; }

    /// <summary>Records emitted to the sink because they were new or changed.</summary>
    public long Upserted { get; init; }

    /// <summary>Records seen but not emitted because the sink already holds the same content.</summary>
    public long Unchanged { get; init; }

    /// <summary>Records deleted from the sink.</summary>
    public long Deleted { get; init; }

    /// <summary>Records skipped after a known per-item error (3001, 3161, 1001, ...).</summary>
    public long Skipped { get; init; }
}

/// <summary>A snapshot of a running sync.</summary>
public sealed record ZoomSyncProgress
{
    /// <summary>The run id.</summary>
    public required string RunId { get; init; }

    /// <summary>Full or incremental.</summary>
    public ZoomSyncKind Kind { get; init; }

    /// <summary>Users whose meetings and recordings are done.</summary>
    public int UsersCompleted { get; init; }

    /// <summary>Users to walk (known once the user listing is done).</summary>
    public int UsersTotal { get; init; }

    /// <summary>Zoom requests made by this run (resumed runs include the earlier attempt's).</summary>
    public long Requests { get; init; }

    /// <summary>Counts per entity type.</summary>
    public required IReadOnlyDictionary<ZoomSyncEntityType, ZoomSyncEntityCounts> Entities { get; init; }
}

/// <summary>A per-item error that was recorded and skipped.</summary>
/// <param name="EntityType">What was being read.</param>
/// <param name="Id">The user or meeting id concerned.</param>
/// <param name="ZoomCode">Zoom's error code.</param>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="Message">Zoom's message.</param>
public sealed record ZoomSyncItemError(ZoomSyncEntityType EntityType, string Id, int? ZoomCode, int StatusCode, string? Message);

/// <summary>The figures of one entity type checked by the veto.</summary>
/// <param name="EntityType">The entity type.</param>
/// <param name="Held">Records of this type the sink held in the run's scope.</param>
/// <param name="Seen">Records of this type the run saw.</param>
/// <param name="ToDelete">Records the run would delete.</param>
/// <param name="Share">ToDelete / Held.</param>
/// <param name="Vetoed">Whether this type broke a rule.</param>
/// <param name="Reason">Which rule, when vetoed.</param>
public sealed record ZoomSyncVetoFigures(ZoomSyncEntityType EntityType, long Held, long Seen, long ToDelete, double Share, bool Vetoed, string? Reason);

/// <summary>A run whose deletions were held back.</summary>
/// <param name="RunId">The vetoed run; pass it to <see cref="IZoomSyncTrigger.ConfirmVetoedDeletionsAsync"/>.</param>
/// <param name="Figures">Figures per entity type.</param>
public sealed record ZoomSyncVeto(string RunId, IReadOnlyList<ZoomSyncVetoFigures> Figures);

/// <summary>The result of a run.</summary>
public sealed record ZoomSyncSummary
{
    /// <summary>The run id.</summary>
    public required string RunId { get; init; }

    /// <summary>Full or incremental.</summary>
    public ZoomSyncKind Kind { get; init; }

    /// <summary>How the run ended.</summary>
    public ZoomSyncOutcome Outcome { get; init; }

    /// <summary>When the run (first attempt, when resumed) started.</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>When the run ended.</summary>
    public DateTimeOffset EndedAt { get; init; }

    /// <summary>Whether this call resumed an interrupted run from its checkpoint.</summary>
    public bool Resumed { get; init; }

    /// <summary>Zoom requests made (including an interrupted earlier attempt's).</summary>
    public long Requests { get; init; }

    /// <summary>Counts per entity type.</summary>
    public required IReadOnlyDictionary<ZoomSyncEntityType, ZoomSyncEntityCounts> Entities { get; init; }

    /// <summary>Per-item errors recorded and skipped (the first 100).</summary>
    public IReadOnlyList<ZoomSyncItemError> Errors { get; init; } = [];

    /// <summary>Set when the deletions were held back.</summary>
    public ZoomSyncVeto? Veto { get; init; }

    /// <summary>The fatal error's message, for <see cref="ZoomSyncOutcome.Failed"/> runs reported by the scheduler.</summary>
    public string? Error { get; init; }
}

/// <summary>
/// A sync run stopped on a fatal error: the token lacks a scope (Zoom code 4700), the token was refused (401 / 124), or
/// Zoom answered in a way the engine cannot skip safely. The checkpoint of the last completed unit is kept.
/// </summary>
public sealed class ZoomSyncException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ZoomSyncException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public ZoomSyncException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ZoomSyncException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
