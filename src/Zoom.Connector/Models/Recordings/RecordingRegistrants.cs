// Models derived field by field from the Zoom API specs (see docs/api-coverage.md).
using System.Text.Json.Serialization;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Models;

/// <summary>One page of the people registered to view a meeting's on-demand cloud recording: the response of <c>GET /meetings/{meetingId}/recordings/registrants</c>.</summary>
public sealed record RecordingRegistrantList : IZoomPage<MeetingRegistrant>
{
    /// <summary>Use the next page token to paginate through large result sets.</summary>
    public string? NextPageToken { get; init; }

    /// <summary>The number of pages returned for the request made.</summary>
    public int? PageCount { get; init; }

    /// <summary>Deprecated.</summary>
    public int? PageNumber { get; init; }

    /// <summary>The number of records returned with a single API call.</summary>
    public long? PageSize { get; init; }

    /// <summary>The total number of all the records available across pages.</summary>
    public int? TotalRecords { get; init; }

    /// <summary>Information about the cloud recording registrants.</summary>
    public IReadOnlyList<MeetingRegistrant>? Registrants { get; init; }

    IReadOnlyList<MeetingRegistrant> IZoomPage<MeetingRegistrant>.Items => Registrants ?? [];
}

/// <summary>The response of <c>POST /meetings/{meetingId}/recordings/registrants</c> (meetingRecordingRegistrantCreate).</summary>
public sealed record RecordingRegistrantCreated
{
    /// <summary>Meeting ID.</summary>
    public long? Id { get; init; }

    /// <summary>Registrant ID</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? RegistrantId { get; init; }

    /// <summary>Share URL for the on-demand recording.</summary>
    public string? ShareUrl { get; init; }

    /// <summary>Meeting Topic</summary>
    public string? Topic { get; init; }
}

/// <summary>Approves or denies people registered to view an on-demand recording: the body of <c>PUT /meetings/{meetingId}/recordings/registrants/status</c>.</summary>
public sealed record RecordingRegistrantStatusRequest
{
    /// <summary>Approve or deny.</summary>
    public RecordingRegistrantStatusAction? Action { get; init; }

    /// <summary>List of registrants.</summary>
    public IReadOnlyList<MeetingRegistrantReference>? Registrants { get; init; }
}

/// <summary>Zoom values of <c>RecordingRegistrantStatusAction</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<RecordingRegistrantStatusAction>))]
public enum RecordingRegistrantStatusAction
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>approve</c>.</summary>
    [JsonStringEnumMemberName("approve")] Approve,
    /// <summary><c>deny</c>.</summary>
    [JsonStringEnumMemberName("deny")] Deny,
}
