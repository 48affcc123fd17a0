using System.Net;
using NUnit.Framework;
using Zoom.Connector.Api;
using Zoom.Connector.Models;

namespace Zoom.Connector.Tests.Coverage;

/// <summary>One MockHttp test per Meetings operation added for issue 8: method, path, query, body names and the response.</summary>
public sealed class MeetingsCoverageTests : CoverageTestBase
{
    private static readonly OperationCase[] Cases =
    [
        new("updateMeetingChatMessageById", h => Run(h.Get<IZoomMeetingsApi>().UpdateLiveMeetingChatMessageAsync(85746065, "msg-1", Body<LiveMeetingChatMessageUpdateRequest>("updateMeetingChatMessageById.request.json"))), "PATCH", "/v2/live_meetings/85746065/chat/messages/msg-1", "updateMeetingChatMessageById.request.json", null, HttpStatusCode.NoContent),
        new("deleteMeetingChatMessageById", h => Run(h.Get<IZoomMeetingsApi>().DeleteLiveMeetingChatMessageAsync(85746065, "msg-1", fileIds: "f1,f2")), "DELETE", "/v2/live_meetings/85746065/chat/messages/msg-1?file_ids=f1%2Cf2", null, null, HttpStatusCode.NoContent),
        new("inMeetingControl", h => Run(h.Get<IZoomMeetingsApi>().ControlLiveMeetingAsync(85746065, Body<LiveMeetingControlRequest>("inMeetingControl.request.json"))), "PATCH", "/v2/live_meetings/85746065/events", "inMeetingControl.request.json", null, HttpStatusCode.Accepted),
        new("meetingRTMSStatusUpdate", h => Run(h.Get<IZoomMeetingsApi>().UpdateLiveMeetingRtmsStatusAsync(85746065, Body<LiveMeetingRtmsStatusRequest>("meetingRTMSStatusUpdate.request.json"))), "PATCH", "/v2/live_meetings/85746065/rtms_app/status", "meetingRTMSStatusUpdate.request.json", null, HttpStatusCode.NoContent),
        new("Listmeetingsummaries", h => Run(h.Get<IZoomMeetingsApi>().ListMeetingSummariesAsync(pageSize: 30, nextPageToken: "tok-2", from: "from1", to: "to1", timeFilterField: "summary_start_time")), "GET", "/v2/meetings/meeting_summaries?page_size=30&next_page_token=tok-2&from=from1&to=to1&time_filter_field=summary_start_time", null, "Listmeetingsummaries.json", HttpStatusCode.OK),
        new("createBatchPolls", h => Run(h.Get<IZoomMeetingsApi>().CreateMeetingPollsBatchAsync(85746065, Body<MeetingPollBatchCreateRequest>("createBatchPolls.request.json"))), "POST", "/v2/meetings/85746065/batch_polls", "createBatchPolls.request.json", "createBatchPolls.json", HttpStatusCode.Created),
        new("addBatchRegistrants", h => Run(h.Get<IZoomMeetingsApi>().AddMeetingRegistrantsBatchAsync(85746065, Body<MeetingRegistrantBatchRequest>("addBatchRegistrants.request.json"))), "POST", "/v2/meetings/85746065/batch_registrants", "addBatchRegistrants.request.json", "addBatchRegistrants.json", HttpStatusCode.Created),
        new("meetingInviteLinksCreate", h => Run(h.Get<IZoomMeetingsApi>().CreateMeetingInviteLinksAsync(85746065, Body<MeetingInviteLinksCreateRequest>("meetingInviteLinksCreate.request.json"))), "POST", "/v2/meetings/85746065/invite_links", "meetingInviteLinksCreate.request.json", "meetingInviteLinksCreate.json", HttpStatusCode.Created),
        new("meetingLiveStreamingJoinToken", h => Run(h.Get<IZoomMeetingsApi>().GetMeetingLiveStreamingJoinTokenAsync(85746065)), "GET", "/v2/meetings/85746065/jointoken/live_streaming", null, "meetingLiveStreamingJoinToken.json", HttpStatusCode.OK),
        new("meetingLocalRecordingJoinToken", h => Run(h.Get<IZoomMeetingsApi>().GetMeetingLocalRecordingJoinTokenAsync(85746065, bypassWaitingRoom: true)), "GET", "/v2/meetings/85746065/jointoken/local_recording?bypass_waiting_room=true", null, "meetingLocalRecordingJoinToken.json", HttpStatusCode.OK),
        new("getMeetingLiveStreamDetails", h => Run(h.Get<IZoomMeetingsApi>().GetMeetingLiveStreamAsync(85746065)), "GET", "/v2/meetings/85746065/livestream", null, "getMeetingLiveStreamDetails.json", HttpStatusCode.OK),
        new("meetingLiveStreamUpdate", h => Run(h.Get<IZoomMeetingsApi>().UpdateMeetingLiveStreamAsync(85746065, Body<MeetingLivestreamUpdateRequest>("meetingLiveStreamUpdate.request.json"))), "PATCH", "/v2/meetings/85746065/livestream", "meetingLiveStreamUpdate.request.json", null, HttpStatusCode.NoContent),
        new("meetingLiveStreamStatusUpdate", h => Run(h.Get<IZoomMeetingsApi>().UpdateMeetingLiveStreamStatusAsync(85746065, Body<MeetingLivestreamStatusRequest>("meetingLiveStreamStatusUpdate.request.json"))), "PATCH", "/v2/meetings/85746065/livestream/status", "meetingLiveStreamStatusUpdate.request.json", null, HttpStatusCode.NoContent),
        new("Getameetingsummary", h => Run(h.Get<IZoomMeetingsApi>().GetMeetingSummaryAsync(85746065)), "GET", "/v2/meetings/85746065/meeting_summary", null, "Getameetingsummary.json", HttpStatusCode.OK),
        new("Deletemeetingorwebinarsummary", h => Run(h.Get<IZoomMeetingsApi>().DeleteMeetingSummaryAsync(85746065)), "DELETE", "/v2/meetings/85746065/meeting_summary", null, null, HttpStatusCode.NoContent),
        new("meetingAppAdd", h => Run(h.Get<IZoomMeetingsApi>().AddMeetingAppAsync(85746065)), "POST", "/v2/meetings/85746065/open_apps", null, "meetingAppAdd.json", HttpStatusCode.Created),
        new("meetingAppDelete", h => Run(h.Get<IZoomMeetingsApi>().DeleteMeetingAppAsync(85746065)), "DELETE", "/v2/meetings/85746065/open_apps", null, null, HttpStatusCode.NoContent),
        new("meetingPolls", h => Run(h.Get<IZoomMeetingsApi>().ListMeetingPollsAsync(85746065, anonymous: true)), "GET", "/v2/meetings/85746065/polls?anonymous=true", null, "meetingPolls.json", HttpStatusCode.OK),
        new("meetingPollCreate", h => Run(h.Get<IZoomMeetingsApi>().CreateMeetingPollAsync(85746065, Body<MeetingPollRequest>("meetingPollCreate.request.json"))), "POST", "/v2/meetings/85746065/polls", "meetingPollCreate.request.json", "meetingPollCreate.json", HttpStatusCode.Created),
        new("meetingPollGet", h => Run(h.Get<IZoomMeetingsApi>().GetMeetingPollAsync(85746065, "poll-1")), "GET", "/v2/meetings/85746065/polls/poll-1", null, "meetingPollGet.json", HttpStatusCode.OK),
        new("meetingPollUpdate", h => Run(h.Get<IZoomMeetingsApi>().UpdateMeetingPollAsync(85746065, "poll-1", Body<MeetingPollRequest>("meetingPollUpdate.request.json"))), "PUT", "/v2/meetings/85746065/polls/poll-1", "meetingPollUpdate.request.json", null, HttpStatusCode.NoContent),
        new("meetingPollDelete", h => Run(h.Get<IZoomMeetingsApi>().DeleteMeetingPollAsync(85746065, "poll-1")), "DELETE", "/v2/meetings/85746065/polls/poll-1", null, null, HttpStatusCode.NoContent),
        new("meetingRegistrantsQuestionsGet", h => Run(h.Get<IZoomMeetingsApi>().GetMeetingRegistrationQuestionsAsync(85746065)), "GET", "/v2/meetings/85746065/registrants/questions", null, "meetingRegistrantsQuestionsGet.json", HttpStatusCode.OK),
        new("meetingRegistrantQuestionUpdate", h => Run(h.Get<IZoomMeetingsApi>().UpdateMeetingRegistrationQuestionsAsync(85746065, Body<MeetingRegistrationQuestions>("meetingRegistrantQuestionUpdate.request.json"))), "PATCH", "/v2/meetings/85746065/registrants/questions", "meetingRegistrantQuestionUpdate.request.json", null, HttpStatusCode.NoContent),
        new("meetingRegistrantStatus", h => Run(h.Get<IZoomMeetingsApi>().UpdateMeetingRegistrantStatusAsync(85746065, Body<MeetingRegistrantStatusRequest>("meetingRegistrantStatus.request.json"), occurrenceId: "1767546000000")), "PUT", "/v2/meetings/85746065/registrants/status?occurrence_id=1767546000000", "meetingRegistrantStatus.request.json", null, HttpStatusCode.NoContent),
        new("meetingRegistrantGet", h => Run(h.Get<IZoomMeetingsApi>().GetMeetingRegistrantAsync(85746065, "reg-1")), "GET", "/v2/meetings/85746065/registrants/reg-1", null, "meetingRegistrantGet.json", HttpStatusCode.OK),
        new("meetingregistrantdelete", h => Run(h.Get<IZoomMeetingsApi>().DeleteMeetingRegistrantAsync(85746065, "reg-1", occurrenceId: "1767546000000")), "DELETE", "/v2/meetings/85746065/registrants/reg-1?occurrence_id=1767546000000", null, null, HttpStatusCode.NoContent),
        new("getSipDialingWithPasscode", h => Run(h.Get<IZoomMeetingsApi>().GetMeetingSipDialingAsync(85746065, Body<MeetingSipDialingRequest>("getSipDialingWithPasscode.request.json"))), "POST", "/v2/meetings/85746065/sip_dialing", "getSipDialingWithPasscode.request.json", "getSipDialingWithPasscode.json", HttpStatusCode.OK),
        new("meetingSurveyGet", h => Run(h.Get<IZoomMeetingsApi>().GetMeetingSurveyAsync(85746065)), "GET", "/v2/meetings/85746065/survey", null, "meetingSurveyGet.json", HttpStatusCode.OK),
        new("meetingSurveyUpdate", h => Run(h.Get<IZoomMeetingsApi>().UpdateMeetingSurveyAsync(85746065, Body<MeetingSurvey>("meetingSurveyUpdate.request.json"))), "PATCH", "/v2/meetings/85746065/survey", "meetingSurveyUpdate.request.json", null, HttpStatusCode.NoContent),
        new("meetingSurveyDelete", h => Run(h.Get<IZoomMeetingsApi>().DeleteMeetingSurveyAsync(85746065)), "DELETE", "/v2/meetings/85746065/survey", null, null, HttpStatusCode.NoContent),
        new("meetingToken", h => Run(h.Get<IZoomMeetingsApi>().GetMeetingTokenAsync(85746065, type: "closed_caption_token")), "GET", "/v2/meetings/85746065/token?type=closed_caption_token", null, "meetingToken.json", HttpStatusCode.OK),
        new("listPastMeetingPolls", h => Run(h.Get<IZoomMeetingsApi>().ListPastMeetingPollsAsync(85746065)), "GET", "/v2/past_meetings/85746065/polls", null, "listPastMeetingPolls.json", HttpStatusCode.OK),
        new("listPastMeetingQA", h => Run(h.Get<IZoomMeetingsApi>().ListPastMeetingQaAsync(85746065)), "GET", "/v2/past_meetings/85746065/qa", null, "listPastMeetingQA.json", HttpStatusCode.OK),
        new("listMeetingTemplates", h => Run(h.Get<IZoomMeetingsApi>().ListMeetingTemplatesAsync("me")), "GET", "/v2/users/me/meeting_templates", null, "listMeetingTemplates.json", HttpStatusCode.OK),
        new("meetingTemplateCreate", h => Run(h.Get<IZoomMeetingsApi>().CreateMeetingTemplateAsync("me", Body<MeetingTemplateCreateRequest>("meetingTemplateCreate.request.json"))), "POST", "/v2/users/me/meeting_templates", "meetingTemplateCreate.request.json", "meetingTemplateCreate.json", HttpStatusCode.Created),
    ];

    [TestCaseSource(nameof(Cases))]
    public Task Operation_SendsSpecRequest_ReadsResponse(OperationCase operation) => VerifyAsync(operation);
}
