// Models derived field by field from the Zoom API specs (see docs/api-coverage.md).
using System.Text.Json.Serialization;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Models;

/// <summary>The response of <c>POST /meetings/{meetingId}/open_apps</c> (meetingAppAdd).</summary>
public sealed record MeetingAppAdded
{
    /// <summary>The meeting ID.</summary>
    public long? Id { get; init; }

    /// <summary>For scheduled meetings only.</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>The app's ID.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? AppId { get; init; }
}
