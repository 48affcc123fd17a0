using System.Text.Json;
using System.Text.Json.Serialization;
using Zoom.Connector.Models;

namespace Zoom.Connector.Testing;

/// <summary>
/// Everything a persistent emulator keeps in its data folder (<c>state.json</c>): the generation parameters, the
/// save counter that reseeds new ids, and every user, meeting, recording and grant. Seeded users whose meetings were
/// never touched are stored without content: it is generated again, identically, from the seed and
/// <see cref="SeedEpoch"/>.
/// </summary>
internal sealed record EmulatorSnapshot
{
    /// <summary>The format this build writes and reads; a newer file is refused rather than misread.</summary>
    public const int CurrentFormat = 1;

    public int FormatVersion { get; init; }

    /// <summary>Incremented on every save; new ids and secrets are drawn from a generator seeded with it.</summary>
    public long Version { get; init; }

    public int Seed { get; init; }

    public int UserCount { get; init; }

    public int MeetingsPerUser { get; init; }

    public int RecordingsPerUser { get; init; }

    public DateTimeOffset SeedEpoch { get; init; }

    public bool AllMaterialized { get; init; }

    public List<UserSnapshot> Users { get; init; } = [];

    public List<MeetingSnapshot> Meetings { get; init; } = [];

    public List<RecordingSnapshot> Recordings { get; init; } = [];

    public List<AccessTokenSnapshot> AccessTokens { get; init; } = [];

    public List<RefreshTokenSnapshot> RefreshTokens { get; init; } = [];

    public List<CodeSnapshot> Codes { get; init; } = [];

    public List<DailyWriteSnapshot> DailyWrites { get; init; } = [];
}

internal sealed record UserSnapshot(int SeedIndex, ZoomUser User, bool ContentMaterialized, UserSettingsState Settings);

internal sealed record MeetingSnapshot(
    Meeting Meeting,
    DateTime LocalStart,
    bool Deleted,
    List<PastInstanceSnapshot> PastInstances,
    List<MeetingRegistrant> Registrants,
    List<string> DeletedOccurrences,
    Dictionary<string, MeetingOccurrence> OccurrenceOverrides,
    DateTimeOffset? StartedAt);

internal sealed record PastInstanceSnapshot(string Uuid, long MeetingId, DateTimeOffset Start, DateTimeOffset End, List<PastMeetingParticipant> Participants);

internal sealed record RecordingSnapshot(RecordingMeeting Recording, List<RecordingFile> Files, RecordingSettings Settings);

internal sealed record AccessTokenSnapshot(string Token, AccessGrant Grant);

internal sealed record RefreshTokenSnapshot(string Token, RefreshGrant Grant);

internal sealed record CodeSnapshot(string Code, AuthorizationCode Grant);

internal sealed record DailyWriteSnapshot(string HostId, DateOnly Day, int Count);

/// <summary>
/// Source-generated JSON for the state file. The options match the connector's <c>ZoomJsonContext</c> so the Zoom
/// models (whose converters are attributes on the types) round-trip exactly as the API serves them.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(EmulatorSnapshot))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class EmulatorSnapshotContext : JsonSerializerContext;
