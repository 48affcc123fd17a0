// Models derived field by field from the Zoom API specs (see docs/api-coverage.md).
using System.Text.Json.Serialization;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Models;

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
