// Models derived field by field from the Zoom API specs (see docs/api-coverage.md).

namespace Zoom.Connector.Models;

/// <summary>The response of <c>GET /meetings/{meetingId}/recordings/analytics_details</c> (analytics_details).</summary>
public sealed record RecordingAnalyticsDetails : IZoomPage<RecordingAnalyticsDetail>
{
    /// <summary>The queried start date</summary>
    public string? From { get; init; }

    /// <summary>The queried end date.</summary>
    public string? To { get; init; }

    /// <summary>The next page token is used to paginate through large result sets.</summary>
    public string? NextPageToken { get; init; }

    /// <summary>The number of records returned within a single API call.</summary>
    public long? PageSize { get; init; }

    /// <summary>The total number of all the records available across pages.</summary>
    public int? TotalRecords { get; init; }

    /// <summary>Analytics Detail.</summary>
    public IReadOnlyList<RecordingAnalyticsDetail>? AnalyticsDetails { get; init; }

    IReadOnlyList<RecordingAnalyticsDetail> IZoomPage<RecordingAnalyticsDetail>.Items => AnalyticsDetails ?? [];
}

/// <summary>One view or download of a cloud recording: who, when and (for views) for how long.</summary>
public sealed record RecordingAnalyticsDetail
{
    /// <summary>Explicit time to watch or download the recording.</summary>
    public DateTimeOffset? DateTime { get; init; }

    /// <summary>The user's name who watched or downloaded.</summary>
    public string? Name { get; init; }

    /// <summary>The user's email who downloaded this Meeting Recording.</summary>
    public string? Email { get; init; }

    /// <summary>When the query type is by_view, this field indicates the viewing time, unit.</summary>
    public int? Duration { get; init; }
}

/// <summary>The response of <c>GET /meetings/{meetingId}/recordings/analytics_summary</c> (analytics_summary).</summary>
public sealed record RecordingAnalyticsSummary
{
    /// <summary>The queried start date</summary>
    public string? From { get; init; }

    /// <summary>The queried end date.</summary>
    public string? To { get; init; }

    /// <summary>Analytics Summary.</summary>
    public IReadOnlyList<RecordingAnalyticsSummaryItem>? AnalyticsSummary { get; init; }
}

/// <summary>The number of views and downloads of a cloud recording on one day.</summary>
public sealed record RecordingAnalyticsSummaryItem
{
    /// <summary>Date of viewing or downloading the recording.</summary>
    public string? Date { get; init; }

    /// <summary>The number of people who have watched this Meeting Recording.</summary>
    public int? ViewsTotalCount { get; init; }

    /// <summary>The number of people who downloaded this Meeting Recording.</summary>
    public int? DownloadsTotalCount { get; init; }
}
