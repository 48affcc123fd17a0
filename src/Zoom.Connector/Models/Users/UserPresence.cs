// Models derived field by field from the Zoom API specs (see docs/api-coverage.md).
using System.Text.Json;
using System.Text.Json.Serialization;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Models;

/// <summary>
/// The response of <c>GET /users/{userId}/presence_status</c> (getUserPresenceStatus). This operation is listed in
/// Zoom's 2026 Users inventory but absent from the bundled specs, so fields beyond <see cref="Status"/> are kept in
/// <see cref="AdditionalProperties"/>.
/// </summary>
public sealed record UserPresence
{
    /// <summary>The presence status, e.g. <c>Available</c>, <c>Away</c>, <c>Do_Not_Disturb</c>.</summary>
    public UserPresenceStatus? Status { get; init; }

    /// <summary>The text Zoom sent as <c>end_time</c>, kept as is (the operation is not in the bundled specs, so no format is promised).</summary>
    [JsonPropertyName("end_time")]
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? EndTimeText { get; init; }

    /// <summary>
    /// When a Do Not Disturb status ends, when Zoom sends it. Read from <see cref="EndTimeText"/>: <see langword="null"/> when Zoom sent nothing, an empty string
    /// or text that is not a date and time (the spec types this field as a plain string, so any text is valid).
    /// Setting it writes <see cref="EndTimeText"/> in Zoom's UTC form.
    /// </summary>
    [JsonIgnore]
    public DateTimeOffset? EndTime
    {
        get => ZoomTimestamps.Parse(EndTimeText);
        init => EndTimeText = ZoomTimestamps.Format(value);
    }

    /// <summary>Minutes left of a Do Not Disturb status, when Zoom sends it.</summary>
    public int? RemainingTime { get; init; }

    /// <summary>Fields this version does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Zoom values of <c>UserPresenceStatus</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<UserPresenceStatus>))]
public enum UserPresenceStatus
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>Do_No_Disturb</c>.</summary>
    [JsonStringEnumMemberName("Do_No_Disturb")] DoNoDisturb,
    /// <summary><c>Away</c>.</summary>
    [JsonStringEnumMemberName("Away")] Away,
    /// <summary><c>Available</c>.</summary>
    [JsonStringEnumMemberName("Available")] Available,
    /// <summary><c>In_Calendar_Event</c>.</summary>
    [JsonStringEnumMemberName("In_Calendar_Event")] InCalendarEvent,
    /// <summary><c>Presenting</c>.</summary>
    [JsonStringEnumMemberName("Presenting")] Presenting,
    /// <summary><c>In_A_Zoom_Meeting</c>.</summary>
    [JsonStringEnumMemberName("In_A_Zoom_Meeting")] InAZoomMeeting,
    /// <summary><c>On_A_Call</c>.</summary>
    [JsonStringEnumMemberName("On_A_Call")] OnACall,
    /// <summary><c>Out_of_Office</c>.</summary>
    [JsonStringEnumMemberName("Out_of_Office")] OutOfOffice,
    /// <summary><c>Busy</c>.</summary>
    [JsonStringEnumMemberName("Busy")] Busy,
}

/// <summary>The body of <c>PUT /users/{userId}/presence_status</c> (updatePresenceStatus).</summary>
public sealed record UserPresenceStatusUpdateRequest
{
    /// <summary>If updating the user's status to Do_Not_Disturb, the duration that the status should remain as Do_Not_Disturb, in minutes.</summary>
    public int? Duration { get; init; }

    /// <summary>The user's presence status.</summary>
    public UserPresenceStatus? Status { get; init; }
}
