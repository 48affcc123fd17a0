// Models derived field by field from the Zoom API specs (see docs/api-coverage.md).
using System.Text.Json.Serialization;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Models;

/// <summary>
/// The cloud recording of one meeting instance. <see cref="Password"/>, <see cref="RecordingPlayPasscode"/> and
/// <see cref="DownloadAccessToken"/> are secrets and are left out of <see cref="ToString"/>.
/// </summary>
public sealed record RecordingMeeting
{
    /// <summary>The meeting instance UUID.</summary>
    public string? Uuid { get; init; }

    /// <summary>The meeting id.</summary>
    public long Id { get; init; }

    /// <summary>The account id.</summary>
    public string? AccountId { get; init; }

    /// <summary>The host's user id.</summary>
    public string? HostId { get; init; }

    /// <summary>The topic.</summary>
    public string? Topic { get; init; }

    /// <summary>The meeting type (Zoom sends a number here, sometimes as a string).</summary>
    public MeetingType Type { get; init; }

    /// <summary>When the meeting started (UTC).</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>Duration in minutes.</summary>
    public int? Duration { get; init; }

    /// <summary>Total size of all files in bytes.</summary>
    [JsonConverter(typeof(ZoomLenientInt64Converter))]
    public long? TotalSize { get; init; }

    /// <summary>Number of files.</summary>
    public int? RecordingCount { get; init; }

    /// <summary>URL to share the recording.</summary>
    public string? ShareUrl { get; init; }

    /// <summary>The recording's files.</summary>
    public IReadOnlyList<RecordingFile>? RecordingFiles { get; init; }

    /// <summary>Per-participant audio files.</summary>
    public IReadOnlyList<RecordingParticipantAudioFile>? ParticipantAudioFiles { get; init; }

    /// <summary>A secret: the play passcode.</summary>
    public string? RecordingPlayPasscode { get; init; }

    /// <summary>A secret: the recording password.</summary>
    public string? Password { get; init; }

    /// <summary>A secret: the JWT for downloading (only with <c>include_fields=download_access_token</c>).</summary>
    public string? DownloadAccessToken { get; init; }

    /// <summary>Whether the recording is deleted automatically.</summary>
    public bool? AutoDelete { get; init; }

    /// <summary>When the recording is deleted automatically (<c>yyyy-MM-dd</c>).</summary>
    public string? AutoDeleteDate { get; init; }

    /// <summary>Prints the recording without its secrets.</summary>
    public override string ToString()
        => $"RecordingMeeting {{ Id = {Id}, Uuid = {Uuid}, Topic = {Topic}, StartTime = {StartTime:O}, RecordingCount = {RecordingCount} }}";
}

/// <summary>One file of a cloud recording. CC and TIMELINE files come without id, status, size, type and play URL.</summary>
public sealed record RecordingFile
{
    /// <summary>The file id (absent for CC and TIMELINE files).</summary>
    public string? Id { get; init; }

    /// <summary>The meeting UUID the file belongs to.</summary>
    public string? MeetingId { get; init; }

    /// <summary>The text Zoom sent as <c>recording_start</c>, kept as is.</summary>
    [JsonPropertyName("recording_start")]
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? RecordingStartText { get; init; }

    /// <summary>
    /// When recording of this file started. Read from <see cref="RecordingStartText"/>: <see langword="null"/> when Zoom sent nothing, an empty string
    /// or text that is not a date and time (the spec types this field as a plain string, so any text is valid).
    /// Setting it writes <see cref="RecordingStartText"/> in Zoom's UTC form.
    /// </summary>
    [JsonIgnore]
    public DateTimeOffset? RecordingStart
    {
        get => ZoomTimestamps.Parse(RecordingStartText);
        init => RecordingStartText = ZoomTimestamps.Format(value);
    }

    /// <summary>The text Zoom sent as <c>recording_end</c>, kept as is.</summary>
    [JsonPropertyName("recording_end")]
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? RecordingEndText { get; init; }

    /// <summary>
    /// When recording of this file ended. Read from <see cref="RecordingEndText"/>: <see langword="null"/> when Zoom sent nothing, an empty string
    /// or text that is not a date and time (the spec types this field as a plain string, so any text is valid).
    /// Setting it writes <see cref="RecordingEndText"/> in Zoom's UTC form.
    /// </summary>
    [JsonIgnore]
    public DateTimeOffset? RecordingEnd
    {
        get => ZoomTimestamps.Parse(RecordingEndText);
        init => RecordingEndText = ZoomTimestamps.Format(value);
    }

    /// <summary>MP4, M4A, CHAT, TRANSCRIPT, CSV, TB, CC, CHAT_MESSAGE, SUMMARY, TIMELINE, ...</summary>
    public string? FileType { get; init; }

    /// <summary>MP4, M4A, TXT, VTT, CSV, JSON or JPG.</summary>
    public string? FileExtension { get; init; }

    /// <summary>Size in bytes.</summary>
    [JsonConverter(typeof(ZoomLenientInt64Converter))]
    public long? FileSize { get; init; }

    /// <summary>URL to play the file in a browser.</summary>
    public string? PlayUrl { get; init; }

    /// <summary>URL to download the file; needs <c>Authorization: Bearer</c> and may redirect.</summary>
    public string? DownloadUrl { get; init; }

    /// <summary>On-premise file path (replaces <see cref="DownloadUrl"/> there).</summary>
    public string? FilePath { get; init; }

    /// <summary>Recording status, e.g. <c>completed</c>.</summary>
    public string? Status { get; init; }

    /// <summary>shared_screen_with_speaker_view, gallery_view, active_speaker, audio_only, audio_transcript, ...</summary>
    public string? RecordingType { get; init; }

    /// <summary>The text Zoom sent as <c>deleted_time</c> (trash listings only), kept as is.</summary>
    [JsonPropertyName("deleted_time")]
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? DeletedTimeText { get; init; }

    /// <summary>
    /// When the file was moved to the trash (trash listings only). Read from <see cref="DeletedTimeText"/>: <see langword="null"/> when Zoom sent nothing, an empty string
    /// or text that is not a date and time (the spec types this field as a plain string, so any text is valid).
    /// Setting it writes <see cref="DeletedTimeText"/> in Zoom's UTC form.
    /// </summary>
    [JsonIgnore]
    public DateTimeOffset? DeletedTime
    {
        get => ZoomTimestamps.Parse(DeletedTimeText);
        init => DeletedTimeText = ZoomTimestamps.Format(value);
    }
}

/// <summary>An audio file of one participant.</summary>
public sealed record RecordingParticipantAudioFile
{
    /// <summary>The file id.</summary>
    public string? Id { get; init; }

    /// <summary>The file name.</summary>
    public string? FileName { get; init; }

    /// <summary>File type.</summary>
    public string? FileType { get; init; }

    /// <summary>File extension.</summary>
    public string? FileExtension { get; init; }

    /// <summary>Size in bytes.</summary>
    [JsonConverter(typeof(ZoomLenientInt64Converter))]
    public long? FileSize { get; init; }

    /// <summary>Download URL (needs the bearer token).</summary>
    public string? DownloadUrl { get; init; }

    /// <summary>Play URL.</summary>
    public string? PlayUrl { get; init; }

    /// <summary>File path (on-premise).</summary>
    public string? FilePath { get; init; }

    /// <summary>When recording started.</summary>
    public DateTimeOffset? RecordingStart { get; init; }

    /// <summary>When recording ended.</summary>
    public DateTimeOffset? RecordingEnd { get; init; }

    /// <summary>Status.</summary>
    public string? Status { get; init; }
}

/// <summary>The response of <c>GET /users/{userId}/recordings</c> (recordingsList).</summary>
public sealed record RecordingList : IZoomPage<RecordingMeeting>
{
    /// <summary>Start of the window Zoom actually used (<c>yyyy-MM-dd</c>).</summary>
    public string? From { get; init; }

    /// <summary>End of the window Zoom actually used (<c>yyyy-MM-dd</c>).</summary>
    public string? To { get; init; }

    /// <summary>Number of pages.</summary>
    public int? PageCount { get; init; }

    /// <summary>Records per page.</summary>
    public int? PageSize { get; init; }

    /// <summary>Total number of records.</summary>
    public int? TotalRecords { get; init; }

    /// <inheritdoc />
    public string? NextPageToken { get; init; }

    /// <summary>The recorded meetings on this page.</summary>
    public IReadOnlyList<RecordingMeeting>? Meetings { get; init; }

    IReadOnlyList<RecordingMeeting> IZoomPage<RecordingMeeting>.Items => Meetings ?? [];
}

/// <summary>Whether a delete moves recordings to the trash or deletes them for good.</summary>
[JsonConverter(typeof(ZoomEnumConverter<RecordingDeleteAction>))]
public enum RecordingDeleteAction
{
    /// <summary>Move to the trash (Zoom's default; kept 30 days).</summary>
    [JsonStringEnumMemberName("trash")] Trash = 0,
    /// <summary>Delete permanently.</summary>
    [JsonStringEnumMemberName("delete")] Delete,
}

/// <summary>The body of the recording status operations: <c>{"action": "recover"}</c>.</summary>
/// <param name="Action">Only <c>recover</c> is defined.</param>
public sealed record RecordingStatusRequest(string Action)
{
    /// <summary>Recovers recordings from the trash.</summary>
    public static RecordingStatusRequest Recover { get; } = new("recover");
}
