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

    /// <summary>When a Do Not Disturb status ends, when Zoom sends it.</summary>
    public DateTimeOffset? EndTime { get; init; }

    /// <summary>Minutes left of a Do Not Disturb status, when Zoom sends it.</summary>
    public int? RemainingTime { get; init; }

    /// <summary>Fields this version does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>
/// The response of <c>GET /users/{userId}/meeting_summary_templates</c> (Getmeetingsummarytemplates). Listed in
/// Zoom's 2026 Users inventory but absent from the bundled specs: the shape is unconfirmed, so anything not modelled
/// is kept in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed record MeetingSummaryTemplateList
{
    /// <summary>Total number of templates.</summary>
    public int? TotalRecords { get; init; }

    /// <summary>The summary templates.</summary>
    public IReadOnlyList<MeetingSummaryTemplate>? SummaryTemplates { get; init; }

    /// <summary>Fields this version does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>One AI Companion meeting summary template.</summary>
public sealed record MeetingSummaryTemplate
{
    /// <summary>The template id.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? TemplateId { get; init; }

    /// <summary>The template name.</summary>
    public string? TemplateName { get; init; }

    /// <summary>Fields this version does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The 201 response of <c>POST /users/{userId}/settings/virtual_backgrounds</c> (uploadVBuser).</summary>
public sealed record UserVirtualBackgroundUploaded
{
    /// <summary>The virtual background file's id.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? Id { get; init; }

    /// <summary>Whether the file is the default virtual background.</summary>
    public bool? IsDefault { get; init; }

    /// <summary>The file name.</summary>
    public string? Name { get; init; }

    /// <summary>The file size in bytes.</summary>
    public long? Size { get; init; }

    /// <summary>The file type: <c>image</c> or <c>video</c>.</summary>
    public string? Type { get; init; }
}
