using System.Runtime.CompilerServices;
using Zoom.Connector.Api;
using Zoom.Connector.Models;

// In Paging/ and so in Zoom.Connector.Paging (namespaces follow folders): `using Zoom.Connector.Paging;` finds ListAll*Async.
namespace Zoom.Connector.Paging;

/// <summary>
/// <see cref="IAsyncEnumerable{T}"/> over Zoom's list operations. Each follows <c>next_page_token</c> with the other
/// parameters unchanged, clamps the page size to 1..300 (default 300: fewer requests from the rate budget) and stops
/// on an empty or repeated token.
/// </summary>
public static class ZoomPagingExtensions
{
    /// <summary>Every user of the account with the given status (operation <c>users</c>).</summary>
    /// <param name="api">The users API.</param>
    /// <param name="status">Active (default), inactive or pending.</param>
    /// <param name="pageSize">Records per request (clamped to 1..300).</param>
    /// <param name="roleId">Only users with this role.</param>
    /// <param name="includeFields"><c>custom_attributes</c> or <c>host_key</c>.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    public static IAsyncEnumerable<ZoomUser> ListAllUsersAsync(
        this IZoomUsersApi api,
        UserStatus? status = null,
        int pageSize = ZoomPager.MaxPageSize,
        string? roleId = null,
        string? includeFields = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        var size = ZoomPager.ClampPageSize(pageSize);
        return ZoomPager.EnumerateAsync<UserList, ZoomUser>(
            (token, ct) => api.ListUsersAsync(status, size, roleId, null, token, includeFields, null, ct),
            cancellationToken);
    }

    /// <summary>Every meeting of a user (operation <c>meetings</c>).</summary>
    /// <param name="api">The meetings API.</param>
    /// <param name="userId">User id, email or <c>me</c>.</param>
    /// <param name="type">Which meetings (default scheduled).</param>
    /// <param name="pageSize">Records per request (clamped to 1..300).</param>
    /// <param name="from">Start date of the range.</param>
    /// <param name="to">End date of the range.</param>
    /// <param name="timezone">Time zone of the range.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    public static IAsyncEnumerable<MeetingSummary> ListAllMeetingsAsync(
        this IZoomMeetingsApi api,
        string userId,
        MeetingListType? type = null,
        int pageSize = ZoomPager.MaxPageSize,
        DateOnly? from = null,
        DateOnly? to = null,
        string? timezone = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var size = ZoomPager.ClampPageSize(pageSize);
        return ZoomPager.EnumerateAsync<MeetingList, MeetingSummary>(
            (token, ct) => api.ListMeetingsAsync(userId, type, size, token, null, from, to, timezone, ct),
            cancellationToken);
    }

    /// <summary>Every registrant of a meeting (operation <c>meetingRegistrants</c>).</summary>
    /// <param name="api">The meetings API.</param>
    /// <param name="meetingId">The meeting id.</param>
    /// <param name="occurrenceId">Registrants of one occurrence.</param>
    /// <param name="status"><c>pending</c>, <c>approved</c> or <c>denied</c>.</param>
    /// <param name="pageSize">Records per request (clamped to 1..300).</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    public static IAsyncEnumerable<MeetingRegistrant> ListAllMeetingRegistrantsAsync(
        this IZoomMeetingsApi api,
        long meetingId,
        string? occurrenceId = null,
        string? status = null,
        int pageSize = ZoomPager.MaxPageSize,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        var size = ZoomPager.ClampPageSize(pageSize);
        return ZoomPager.EnumerateAsync<MeetingRegistrantList, MeetingRegistrant>(
            (token, ct) => api.ListMeetingRegistrantsAsync(meetingId, occurrenceId, status, size, null, token, ct),
            cancellationToken);
    }

    /// <summary>Every participant of an ended meeting (operation <c>pastMeetingParticipants</c>).</summary>
    /// <param name="api">The meetings API.</param>
    /// <param name="meetingId">A meeting id or an instance UUID.</param>
    /// <param name="pageSize">Records per request (clamped to 1..300).</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    public static IAsyncEnumerable<PastMeetingParticipant> ListAllPastMeetingParticipantsAsync(
        this IZoomMeetingsApi api,
        MeetingIdOrUuid meetingId,
        int pageSize = ZoomPager.MaxPageSize,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        var size = ZoomPager.ClampPageSize(pageSize);
        return ZoomPager.EnumerateAsync<PastMeetingParticipantList, PastMeetingParticipant>(
            (token, ct) => api.ListPastMeetingParticipantsAsync(meetingId, size, token, ct),
            cancellationToken);
    }

    /// <summary>Every AI Companion meeting summary of the account in a window (operation <c>Listmeetingsummaries</c>).</summary>
    /// <param name="api">The meetings API.</param>
    /// <param name="from">Start of the window, <c>yyyy-MM-ddTHH:mm:ssZ</c> (UTC).</param>
    /// <param name="to">End of the window, <c>yyyy-MM-ddTHH:mm:ssZ</c> (UTC).</param>
    /// <param name="pageSize">Records per request (clamped to 1..300).</param>
    /// <param name="timeFilterField">Which summary time <paramref name="from"/> and <paramref name="to"/> filter on.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    public static IAsyncEnumerable<MeetingAiSummaryListItem> ListAllMeetingSummariesAsync(
        this IZoomMeetingsApi api,
        string? from = null,
        string? to = null,
        int pageSize = ZoomPager.MaxPageSize,
        string? timeFilterField = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        var size = ZoomPager.ClampPageSize(pageSize);
        return ZoomPager.EnumerateAsync<MeetingAiSummaryList, MeetingAiSummaryListItem>(
            (token, ct) => api.ListMeetingSummariesAsync(size, token, from, to, timeFilterField, ct),
            cancellationToken);
    }

    /// <summary>
    /// Every cloud recording of a user (operation <c>recordingsList</c>). Zoom answers at most one month per request, so
    /// a range given by both <paramref name="from"/> and <paramref name="to"/> is listed window by window
    /// (<see cref="ZoomRecordingWindows"/>); with either missing, Zoom's own default range applies.
    /// </summary>
    /// <param name="api">The recordings API.</param>
    /// <param name="userId">User id, email or <c>me</c>.</param>
    /// <param name="from">Start date (UTC).</param>
    /// <param name="to">End date (UTC), not before <paramref name="from"/>; any distance from it.</param>
    /// <param name="pageSize">Records per request (clamped to 1..300).</param>
    /// <param name="meetingId">Only recordings of this meeting.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    public static IAsyncEnumerable<RecordingMeeting> ListAllRecordingsAsync(
        this IZoomRecordingsApi api,
        string userId,
        DateOnly? from = null,
        DateOnly? to = null,
        int pageSize = ZoomPager.MaxPageSize,
        long? meetingId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var size = ZoomPager.ClampPageSize(pageSize);
        if (from is not { } first || to is not { } last)
        {
            return ZoomPager.EnumerateAsync<RecordingList, RecordingMeeting>(
                (token, ct) => api.ListRecordingsAsync(userId, from, to, size, token, null, null, null, meetingId, ct),
                cancellationToken);
        }

        if (last < first)
        {
            throw new ArgumentException($"The recordings range is empty: {nameof(to)} {last:yyyy-MM-dd} is before {nameof(from)} {first:yyyy-MM-dd}.", nameof(to));
        }

        return ListWindowsAsync(api, userId, first, last, size, meetingId, cancellationToken);
    }

    /// <summary>Every registrant of a meeting's on-demand recording (operation <c>meetingRecordingRegistrants</c>).</summary>
    /// <param name="api">The recordings API.</param>
    /// <param name="meetingId">The meeting id.</param>
    /// <param name="status"><c>pending</c>, <c>approved</c> (Zoom's default) or <c>denied</c>.</param>
    /// <param name="pageSize">Records per request (clamped to 1..300).</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    public static IAsyncEnumerable<MeetingRegistrant> ListAllRecordingRegistrantsAsync(
        this IZoomRecordingsApi api,
        long meetingId,
        string? status = null,
        int pageSize = ZoomPager.MaxPageSize,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        var size = ZoomPager.ClampPageSize(pageSize);
        return ZoomPager.EnumerateAsync<RecordingRegistrantList, MeetingRegistrant>(
            (token, ct) => api.ListRecordingRegistrantsAsync(meetingId, status, size, null, token, ct),
            cancellationToken);
    }

    /// <summary>Every viewing/download analytics record of a meeting's recording (operation <c>analytics_details</c>).</summary>
    /// <param name="api">The recordings API.</param>
    /// <param name="meetingId">A meeting id or an instance UUID.</param>
    /// <param name="from">Start date.</param>
    /// <param name="to">End date.</param>
    /// <param name="type"><c>by_view</c> or <c>by_download</c>.</param>
    /// <param name="pageSize">Records per request (clamped to 1..300).</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    public static IAsyncEnumerable<RecordingAnalyticsDetail> ListAllRecordingAnalyticsDetailsAsync(
        this IZoomRecordingsApi api,
        MeetingIdOrUuid meetingId,
        DateOnly? from = null,
        DateOnly? to = null,
        string? type = null,
        int pageSize = ZoomPager.MaxPageSize,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        var size = ZoomPager.ClampPageSize(pageSize);
        return ZoomPager.EnumerateAsync<RecordingAnalyticsDetails, RecordingAnalyticsDetail>(
            (token, ct) => api.GetRecordingAnalyticsDetailsAsync(meetingId, size, token, from, to, type, ct),
            cancellationToken);
    }

    private static async IAsyncEnumerable<RecordingMeeting> ListWindowsAsync(
        IZoomRecordingsApi api,
        string userId,
        DateOnly from,
        DateOnly to,
        int? size,
        long? meetingId,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var (windowFrom, windowTo) in ZoomRecordingWindows.Split(from, to))
        {
            await foreach (var item in ZoomPager.EnumerateAsync<RecordingList, RecordingMeeting>(
                (token, ct) => api.ListRecordingsAsync(userId, windowFrom, windowTo, size, token, null, null, null, meetingId, ct),
                cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }
}
