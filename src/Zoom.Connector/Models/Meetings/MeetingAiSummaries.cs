// Models derived field by field from the Zoom API specs (see docs/api-coverage.md).
using System.Text.Json;
using System.Text.Json.Serialization;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Models;

/// <summary>One AI Companion meeting summary in the account's summary list: which meeting it summarizes and when it was made.</summary>
public sealed record MeetingAiSummaryListItem
{
    /// <summary>The ID of the user who is set as the meeting host.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? MeetingHostId { get; init; }

    /// <summary>The meeting host's email address.</summary>
    public string? MeetingHostEmail { get; init; }

    /// <summary>Unique meeting ID.</summary>
    public string? MeetingUuid { get; init; }

    /// <summary>Meeting ID - the meeting's unique identifier in long format, represented as int64 data type in JSON, also known as the meeting number.</summary>
    public long? MeetingId { get; init; }

    /// <summary>Meeting topic.</summary>
    public string? MeetingTopic { get; init; }

    /// <summary>The meeting's start date and time.</summary>
    public DateTimeOffset? MeetingStartTime { get; init; }

    /// <summary>The meeting's end date and time.</summary>
    public DateTimeOffset? MeetingEndTime { get; init; }

    /// <summary>The summary's start date and time.</summary>
    public DateTimeOffset? SummaryStartTime { get; init; }

    /// <summary>The summary's end date and time.</summary>
    public DateTimeOffset? SummaryEndTime { get; init; }

    /// <summary>The date and time when the meeting summary was created.</summary>
    public DateTimeOffset? SummaryCreatedTime { get; init; }

    /// <summary>The date and time when the meeting summary was last modified.</summary>
    public DateTimeOffset? SummaryLastModifiedTime { get; init; }
}

/// <summary>The response of <c>GET /meetings/meeting_summaries</c> (Listmeetingsummaries).</summary>
public sealed record MeetingAiSummaryList : IZoomPage<MeetingAiSummaryListItem>
{
    /// <summary>The number of records returned with a single API call.</summary>
    public long? PageSize { get; init; }

    /// <summary>Use the next page token to paginate through a large set of results.</summary>
    public string? NextPageToken { get; init; }

    /// <summary>The start date, in yyyy-MM-dd'T'HH:mm:ss'Z' UTC format, used to retrieve the meeting summaries' creation date range.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>The end date, in yyyy-MM-dd'T'HH:mm:ss'Z' UTC format, used to retrieve the meeting summaries' creation date range.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>List of meeting summary objects.</summary>
    public IReadOnlyList<MeetingAiSummaryListItem>? Summaries { get; init; }

    IReadOnlyList<MeetingAiSummaryListItem> IZoomPage<MeetingAiSummaryListItem>.Items => Summaries ?? [];
}

/// <summary>One labelled section of an AI Companion meeting summary.</summary>
public sealed record MeetingAiSummaryDetail
{
    /// <summary>The summary label.</summary>
    public string? Label { get; init; }

    /// <summary>The summary content.</summary>
    public string? Summary { get; init; }
}

/// <summary>The parts of an AI Companion meeting summary that a person has edited.</summary>
public sealed record MeetingAiSummaryEditedSummary
{
    /// <summary>The user edited summary overview.</summary>
    public string? SummaryOverview { get; init; }

    /// <summary>The user edited summary details.</summary>
    public string? SummaryDetails { get; init; }

    /// <summary>The user edited next steps.</summary>
    public IReadOnlyList<string>? NextSteps { get; init; }
}

/// <summary>The response of <c>GET /meetings/{meetingId}/meeting_summary</c> (Getameetingsummary).</summary>
public sealed record MeetingAiSummary
{
    /// <summary>The ID of the user who is set as the meeting host.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? MeetingHostId { get; init; }

    /// <summary>The meeting host's email address.</summary>
    public string? MeetingHostEmail { get; init; }

    /// <summary>The unique meeting ID.</summary>
    public string? MeetingUuid { get; init; }

    /// <summary>The meeting ID The meeting's unique identifier in long format, represented as int64 data type in JSON.</summary>
    public long? MeetingId { get; init; }

    /// <summary>The meeting topic.</summary>
    public string? MeetingTopic { get; init; }

    /// <summary>The meeting's start date and time.</summary>
    public DateTimeOffset? MeetingStartTime { get; init; }

    /// <summary>The meeting's end date and time.</summary>
    public DateTimeOffset? MeetingEndTime { get; init; }

    /// <summary>The summary's start date and time.</summary>
    public DateTimeOffset? SummaryStartTime { get; init; }

    /// <summary>The summary's end date and time.</summary>
    public DateTimeOffset? SummaryEndTime { get; init; }

    /// <summary>The date and time when the meeting summary was created.</summary>
    public DateTimeOffset? SummaryCreatedTime { get; init; }

    /// <summary>The date and time when the meeting summary was last modified.</summary>
    public DateTimeOffset? SummaryLastModifiedTime { get; init; }

    /// <summary>The user ID of the user who last modified the meeting summary.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? SummaryLastModifiedUserId { get; init; }

    /// <summary>The user email of the user who last modified the meeting summary.</summary>
    public string? SummaryLastModifiedUserEmail { get; init; }

    /// <summary>The summary title.</summary>
    public string? SummaryTitle { get; init; }

    /// <summary>The summary overview.</summary>
    public string? SummaryOverview { get; init; }

    /// <summary>The summary content details.</summary>
    public IReadOnlyList<MeetingAiSummaryDetail>? SummaryDetails { get; init; }

    /// <summary>The next steps.</summary>
    public IReadOnlyList<string>? NextSteps { get; init; }

    /// <summary>The edited summary content.</summary>
    public MeetingAiSummaryEditedSummary? EditedSummary { get; init; }

    /// <summary>The complete meeting summary in Markdown format.</summary>
    public string? SummaryContent { get; init; }

    /// <summary>The URL to view the full summary document in Zoom Docs.</summary>
    public string? SummaryDocUrl { get; init; }
}

/// <summary>
/// The response of <c>GET /users/{userId}/meeting_summary_templates</c> (Getmeetingsummarytemplates). Listed in
/// Zoom's 2026 Users inventory but absent from the bundled specs: the shape is unconfirmed, so anything not modelled
/// is kept in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed record MeetingAiSummaryTemplateList
{
    /// <summary>Total number of templates.</summary>
    public int? TotalRecords { get; init; }

    /// <summary>The summary templates.</summary>
    public IReadOnlyList<MeetingAiSummaryTemplate>? SummaryTemplates { get; init; }

    /// <summary>Fields this version does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>One AI Companion meeting summary template.</summary>
public sealed record MeetingAiSummaryTemplate
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
