// Models derived field by field from the Zoom API specs (see docs/api-coverage.md).
using System.Text.Json.Serialization;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Models;

/// <summary>The response of <c>GET /meetings/{meetingId}/livestream</c> (getMeetingLiveStreamDetails).</summary>
public sealed record MeetingLivestream
{
    /// <summary>Live streaming page URL.</summary>
    public string? PageUrl { get; init; }

    /// <summary>A secret (kept out of <see cref="ToString"/>): stream Key.</summary>
    public string? StreamKey { get; init; }

    /// <summary>Stream URL.</summary>
    public string? StreamUrl { get; init; }

    /// <summary>The number of pixels in each dimension that the video camera can display.</summary>
    public string? Resolution { get; init; }

    /// <summary>Prints the non-secret fields only.</summary>
    public override string ToString() => $"MeetingLivestream {{ PageUrl = {PageUrl}, StreamUrl = {StreamUrl}, Resolution = {Resolution} }}";
}

/// <summary>Where a meeting streams live (stream URL, key and page): the body of <c>PATCH /meetings/{meetingId}/livestream</c>. <see cref="StreamKey"/> is a secret.</summary>
public sealed record MeetingLivestreamUpdateRequest
{
    /// <summary>The live stream page URL.</summary>
    public string? PageUrl { get; init; }

    /// <summary>A secret (kept out of <see cref="ToString"/>): stream name and key.</summary>
    public string? StreamKey { get; init; }

    /// <summary>Streaming URL.</summary>
    public string? StreamUrl { get; init; }

    /// <summary>The number of pixels in each dimension that the video camera can display, required when a user enables 1080p.</summary>
    public string? Resolution { get; init; }

    /// <summary>Prints the non-secret fields only.</summary>
    public override string ToString() => $"MeetingLivestreamUpdateRequest {{ PageUrl = {PageUrl}, StreamUrl = {StreamUrl}, Resolution = {Resolution} }}";
}

/// <summary>Zoom values of <c>MeetingLivestreamStatusAction</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<MeetingLivestreamStatusAction>))]
public enum MeetingLivestreamStatusAction
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>start</c>.</summary>
    [JsonStringEnumMemberName("start")] Start,
    /// <summary><c>stop</c>.</summary>
    [JsonStringEnumMemberName("stop")] Stop,
    /// <summary><c>mode</c>.</summary>
    [JsonStringEnumMemberName("mode")] Mode,
}

/// <summary>Zoom values of <c>MeetingLivestreamStatusSettingsLayout</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<MeetingLivestreamStatusSettingsLayout>))]
public enum MeetingLivestreamStatusSettingsLayout
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>follow_host</c>.</summary>
    [JsonStringEnumMemberName("follow_host")] FollowHost,
    /// <summary><c>gallery_view</c>.</summary>
    [JsonStringEnumMemberName("gallery_view")] GalleryView,
    /// <summary><c>speaker_view</c>.</summary>
    [JsonStringEnumMemberName("speaker_view")] SpeakerView,
}

/// <summary>Zoom values of <c>MeetingLivestreamStatusSettingsCloseCaption</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<MeetingLivestreamStatusSettingsCloseCaption>))]
public enum MeetingLivestreamStatusSettingsCloseCaption
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>burnt-in</c>.</summary>
    [JsonStringEnumMemberName("burnt-in")] BurntIn,
    /// <summary><c>embedded</c>.</summary>
    [JsonStringEnumMemberName("embedded")] Embedded,
    /// <summary><c>off</c>.</summary>
    [JsonStringEnumMemberName("off")] Off,
}

/// <summary>How a meeting's live stream looks: layout, active speaker name, display name and closed captions.</summary>
public sealed record MeetingLivestreamStatusSettings
{
    /// <summary>Whether to display the name of the active speaker during a meeting's livestream.</summary>
    public bool? ActiveSpeakerName { get; init; }

    /// <summary>The display name of the meeting's livestream.</summary>
    public string? DisplayName { get; init; }

    /// <summary>The layout of the meeting's livestream.</summary>
    public MeetingLivestreamStatusSettingsLayout? Layout { get; init; }

    /// <summary>The livestream's closed caption type for this session.</summary>
    public MeetingLivestreamStatusSettingsCloseCaption? CloseCaption { get; init; }
}

/// <summary>Starts or stops a meeting's live stream, or changes its layout: the body of <c>PATCH /meetings/{meetingId}/livestream/status</c>.</summary>
public sealed record MeetingLivestreamStatusRequest
{
    /// <summary>The meeting's livestream status.</summary>
    public MeetingLivestreamStatusAction? Action { get; init; }

    /// <summary>The meeting's livestreaming settings.</summary>
    public MeetingLivestreamStatusSettings? Settings { get; init; }
}
