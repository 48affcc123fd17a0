using System.Text.Json;
using System.Text.Json.Serialization;
using Zoom.Connector.Models;

namespace Zoom.Connector.Serialization;

/// <summary>
/// Source-generated JSON metadata for every Zoom model: snake_case names, nulls left out when writing,
/// numbers accepted as strings (Zoom sends some ids both ways). A <c>null</c> in a non-nullable number or boolean reads
/// as its default and an empty date-time as <see langword="null"/>, so no response shape Zoom's spec allows fails a page.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    PropertyNameCaseInsensitive = true,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    Converters = new[] { typeof(ZoomDateTimeOffsetConverter), typeof(ZoomInt64Converter), typeof(ZoomBooleanConverter) })]
[JsonSerializable(typeof(ZoomErrorBody))]
[JsonSerializable(typeof(JsonElement))]
// Users
[JsonSerializable(typeof(ZoomUser))]
[JsonSerializable(typeof(UserList))]
[JsonSerializable(typeof(UserCreateRequest))]
[JsonSerializable(typeof(UserCreated))]
[JsonSerializable(typeof(UserUpdateRequest))]
[JsonSerializable(typeof(UserStatusRequest))]
[JsonSerializable(typeof(UserEmailCheck))]
[JsonSerializable(typeof(UserSettings))]
// Meetings
[JsonSerializable(typeof(Meeting))]
[JsonSerializable(typeof(MeetingList))]
[JsonSerializable(typeof(UpcomingMeetingList))]
[JsonSerializable(typeof(MeetingCreateRequest))]
[JsonSerializable(typeof(MeetingUpdateRequest))]
[JsonSerializable(typeof(MeetingStatusRequest))]
[JsonSerializable(typeof(MeetingInvitation))]
[JsonSerializable(typeof(PastMeetingDetails))]
[JsonSerializable(typeof(PastMeetingInstanceList))]
[JsonSerializable(typeof(PastMeetingParticipantList))]
[JsonSerializable(typeof(MeetingRegistrant))]
[JsonSerializable(typeof(MeetingRegistrantList))]
[JsonSerializable(typeof(MeetingRegistrantCreated))]
// Cloud recordings
[JsonSerializable(typeof(RecordingList))]
[JsonSerializable(typeof(RecordingMeeting))]
[JsonSerializable(typeof(RecordingStatusRequest))]
[JsonSerializable(typeof(RecordingSettings))]
// Coverage (issue 8)
[JsonSerializable(typeof(UserFeatureBulkUpdateResult))]
[JsonSerializable(typeof(UserFeatureBulkUpdateRequest))]
[JsonSerializable(typeof(UserZak))]
[JsonSerializable(typeof(UserSummary))]
[JsonSerializable(typeof(UserVanityNameCheck))]
[JsonSerializable(typeof(UserAssistantList))]
[JsonSerializable(typeof(UserAssistantsAdded))]
[JsonSerializable(typeof(UserAssistantsAddRequest))]
[JsonSerializable(typeof(UserCollaborationDeviceList))]
[JsonSerializable(typeof(UserCollaborationDevice))]
[JsonSerializable(typeof(UserEmailUpdateRequest))]
[JsonSerializable(typeof(MeetingTemplateDetails))]
[JsonSerializable(typeof(UserPasswordUpdateRequest))]
[JsonSerializable(typeof(UserPermissions))]
[JsonSerializable(typeof(UserPresenceStatusUpdateRequest))]
[JsonSerializable(typeof(UserSchedulerList))]
[JsonSerializable(typeof(UserSettingsUpdateRequest))]
[JsonSerializable(typeof(UserToken))]
[JsonSerializable(typeof(LiveMeetingChatMessageUpdateRequest))]
[JsonSerializable(typeof(LiveMeetingControlRequest))]
[JsonSerializable(typeof(LiveMeetingRtmsStatusRequest))]
[JsonSerializable(typeof(MeetingAiSummaryList))]
[JsonSerializable(typeof(MeetingPollBatch))]
[JsonSerializable(typeof(MeetingPollBatchCreateRequest))]
[JsonSerializable(typeof(MeetingRegistrantBatchResult))]
[JsonSerializable(typeof(MeetingRegistrantBatchRequest))]
[JsonSerializable(typeof(MeetingInviteLinks))]
[JsonSerializable(typeof(MeetingInviteLinksCreateRequest))]
[JsonSerializable(typeof(MeetingJoinToken))]
[JsonSerializable(typeof(MeetingLivestream))]
[JsonSerializable(typeof(MeetingLivestreamUpdateRequest))]
[JsonSerializable(typeof(MeetingLivestreamStatusRequest))]
[JsonSerializable(typeof(MeetingAiSummary))]
[JsonSerializable(typeof(MeetingAppAdded))]
[JsonSerializable(typeof(MeetingPollList))]
[JsonSerializable(typeof(MeetingPoll))]
[JsonSerializable(typeof(MeetingPollRequest))]
[JsonSerializable(typeof(MeetingRegistrationQuestions))]
[JsonSerializable(typeof(MeetingRegistrantStatusRequest))]
[JsonSerializable(typeof(MeetingSipDialing))]
[JsonSerializable(typeof(MeetingSipDialingRequest))]
[JsonSerializable(typeof(MeetingSurvey))]
[JsonSerializable(typeof(MeetingToken))]
[JsonSerializable(typeof(PastMeetingPollResults))]
[JsonSerializable(typeof(PastMeetingQa))]
[JsonSerializable(typeof(MeetingTemplateList))]
[JsonSerializable(typeof(MeetingTemplateCreated))]
[JsonSerializable(typeof(MeetingTemplateCreateRequest))]
[JsonSerializable(typeof(RecordingAnalyticsDetails))]
[JsonSerializable(typeof(RecordingAnalyticsSummary))]
[JsonSerializable(typeof(RecordingRegistrantList))]
[JsonSerializable(typeof(RecordingRegistrantCreated))]
[JsonSerializable(typeof(RecordingRegistrantStatusRequest))]
[JsonSerializable(typeof(RecordingSettingsUpdateRequest))]
[JsonSerializable(typeof(RecordingTranscript))]
[JsonSerializable(typeof(UserPresence))]
[JsonSerializable(typeof(MeetingAiSummaryTemplateList))]
[JsonSerializable(typeof(UserVirtualBackgroundUploaded))]
public sealed partial class ZoomJsonContext : JsonSerializerContext;
