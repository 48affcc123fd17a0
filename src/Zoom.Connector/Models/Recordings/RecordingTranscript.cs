// Models derived field by field from the Zoom API specs (see docs/api-coverage.md).
using System.Text.Json.Serialization;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Models;

/// <summary>The response of <c>GET /meetings/{meetingId}/transcript</c> (GetMeetingTranscript).</summary>
public sealed record RecordingTranscript
{
    /// <summary>The meeting ID</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? MeetingId { get; init; }

    /// <summary>The user account's unique identifier.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? AccountId { get; init; }

    /// <summary>The meeting topic.</summary>
    public string? MeetingTopic { get; init; }

    /// <summary>ID of the user set as the host of the meeting.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? HostId { get; init; }

    /// <summary>The date and time that the meeting's transcript was created.</summary>
    public string? TranscriptCreatedTime { get; init; }

    /// <summary>Whether the meeting transcript is available for download.</summary>
    public bool? CanDownload { get; init; }

    /// <summary>Auto-delete status of a meeting's transcript Prerequisite.</summary>
    public bool? AutoDelete { get; init; }

    /// <summary>The date when the recording will be auto-deleted when auto_delete is true.</summary>
    public string? AutoDeleteDate { get; init; }

    /// <summary>The URL to download the transcript.</summary>
    public string? DownloadUrl { get; init; }

    /// <summary>If can_download is false, this field provides the reason why the transcript cannot be downloaded.</summary>
    public RecordingTranscriptDownloadRestriction? DownloadRestrictionReason { get; init; }
}

/// <summary>Zoom values of <c>RecordingTranscriptDownloadRestriction</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<RecordingTranscriptDownloadRestriction>))]
public enum RecordingTranscriptDownloadRestriction
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>DELETED_OR_TRASHED</c>.</summary>
    [JsonStringEnumMemberName("DELETED_OR_TRASHED")] DeletedOrTrashed,
    /// <summary><c>UNSUPPORTED</c>.</summary>
    [JsonStringEnumMemberName("UNSUPPORTED")] Unsupported,
    /// <summary><c>NO_TRANSCRIPT_DATA</c>.</summary>
    [JsonStringEnumMemberName("NO_TRANSCRIPT_DATA")] NoTranscriptData,
    /// <summary><c>NOT_READY</c>.</summary>
    [JsonStringEnumMemberName("NOT_READY")] NotReady,
}
