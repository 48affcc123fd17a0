using System.Net;
using NUnit.Framework;
using Zoom.Connector.Api;
using Zoom.Connector.Models;

namespace Zoom.Connector.Tests.Coverage;

/// <summary>One MockHttp test per CloudRecording operation added for issue 8: method, path, query, body names and the response.</summary>
public sealed class RecordingsCoverageTests : CoverageTestBase
{
    private static readonly OperationCase[] Cases =
    [
        new("analytics_details", h => Run(h.Get<IZoomRecordingsApi>().GetRecordingAnalyticsDetailsAsync(85746065, pageSize: 30, nextPageToken: "tok-2", from: new DateOnly(2026, 11, 2), to: new DateOnly(2026, 11, 2), type: "by_view")), "GET", "/v2/meetings/85746065/recordings/analytics_details?page_size=30&next_page_token=tok-2&from=2026-11-02&to=2026-11-02&type=by_view", null, "analytics_details.json", HttpStatusCode.OK),
        new("analytics_summary", h => Run(h.Get<IZoomRecordingsApi>().GetRecordingAnalyticsSummaryAsync(85746065, from: new DateOnly(2026, 11, 2), to: new DateOnly(2026, 11, 2))), "GET", "/v2/meetings/85746065/recordings/analytics_summary?from=2026-11-02&to=2026-11-02", null, "analytics_summary.json", HttpStatusCode.OK),
        new("meetingRecordingRegistrants", h => Run(h.Get<IZoomRecordingsApi>().ListRecordingRegistrantsAsync(85746065, status: "pending", pageSize: 30, pageNumber: 30, nextPageToken: "tok-2")), "GET", "/v2/meetings/85746065/recordings/registrants?status=pending&page_size=30&page_number=30&next_page_token=tok-2", null, "meetingRecordingRegistrants.json", HttpStatusCode.OK),
        new("meetingRecordingRegistrantCreate", h => Run(h.Get<IZoomRecordingsApi>().CreateRecordingRegistrantAsync(85746065, Body<MeetingRegistrant>("meetingRecordingRegistrantCreate.request.json"))), "POST", "/v2/meetings/85746065/recordings/registrants", "meetingRecordingRegistrantCreate.request.json", "meetingRecordingRegistrantCreate.json", HttpStatusCode.Created),
        new("recordingRegistrantsQuestionsGet", h => Run(h.Get<IZoomRecordingsApi>().GetRecordingRegistrationQuestionsAsync(85746065)), "GET", "/v2/meetings/85746065/recordings/registrants/questions", null, "recordingRegistrantsQuestionsGet.json", HttpStatusCode.OK),
        new("recordingRegistrantQuestionUpdate", h => Run(h.Get<IZoomRecordingsApi>().UpdateRecordingRegistrationQuestionsAsync(85746065, Body<MeetingRegistrationQuestions>("recordingRegistrantQuestionUpdate.request.json"))), "PATCH", "/v2/meetings/85746065/recordings/registrants/questions", "recordingRegistrantQuestionUpdate.request.json", null, HttpStatusCode.NoContent),
        new("meetingRecordingRegistrantStatus", h => Run(h.Get<IZoomRecordingsApi>().UpdateRecordingRegistrantStatusAsync(85746065, Body<RecordingRegistrantStatusRequest>("meetingRecordingRegistrantStatus.request.json"))), "PUT", "/v2/meetings/85746065/recordings/registrants/status", "meetingRecordingRegistrantStatus.request.json", null, HttpStatusCode.NoContent),
        new("recordingSettingsUpdate", h => Run(h.Get<IZoomRecordingsApi>().UpdateRecordingSettingsAsync(85746065, Body<RecordingSettingsUpdateRequest>("recordingSettingsUpdate.request.json"))), "PATCH", "/v2/meetings/85746065/recordings/settings", "recordingSettingsUpdate.request.json", null, HttpStatusCode.NoContent),
        new("GetMeetingTranscript", h => Run(h.Get<IZoomRecordingsApi>().GetMeetingTranscriptAsync(85746065)), "GET", "/v2/meetings/85746065/transcript", null, "GetMeetingTranscript.json", HttpStatusCode.OK),
        new("DeleteMeetingTranscript", h => Run(h.Get<IZoomRecordingsApi>().DeleteMeetingTranscriptAsync(85746065)), "DELETE", "/v2/meetings/85746065/transcript", null, null, HttpStatusCode.NoContent),
    ];

    [TestCaseSource(nameof(Cases))]
    public Task Operation_SendsSpecRequest_ReadsResponse(OperationCase operation) => VerifyAsync(operation);
}
