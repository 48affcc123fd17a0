// Models derived field by field from the Zoom API specs (see docs/api-coverage.md).
using System.Text.Json;
using System.Text.Json.Serialization;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Models;

/// <summary>A nested object of a Zoom API payload.</summary>
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

/// <summary>A nested object of a Zoom API payload.</summary>
public sealed record RecordingAnalyticsSummaryItem
{
    /// <summary>Date of viewing or downloading the recording.</summary>
    public string? Date { get; init; }

    /// <summary>The number of people who have watched this Meeting Recording.</summary>
    public int? ViewsTotalCount { get; init; }

    /// <summary>The number of people who downloaded this Meeting Recording.</summary>
    public int? DownloadsTotalCount { get; init; }
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

/// <summary>A nested object of a Zoom API payload.</summary>
public sealed record RecordingRegistrant
{
    /// <summary>The registrant's ID.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? Id { get; init; }

    /// <summary>The registrant's address.</summary>
    public string? Address { get; init; }

    /// <summary>The registrant's city.</summary>
    public string? City { get; init; }

    /// <summary>The registrant's questions and comments.</summary>
    public string? Comments { get; init; }

    /// <summary>The registrant's two-letter country code.</summary>
    public string? Country { get; init; }

    /// <summary>Information about custom questions.</summary>
    public IReadOnlyList<MeetingRegistrantDetailsCustomQuestion>? CustomQuestions { get; init; }

    /// <summary>The registrant's email address.</summary>
    public string? Email { get; init; }

    /// <summary>The registrant's first name.</summary>
    public string? FirstName { get; init; }

    /// <summary>The registrant's industry.</summary>
    public string? Industry { get; init; }

    /// <summary>The registrant's job title.</summary>
    public string? JobTitle { get; init; }

    /// <summary>The registrant's last name.</summary>
    public string? LastName { get; init; }

    /// <summary>The registrant's number of employees.</summary>
    public MeetingRegistrantDetailsNoOfEmployees? NoOfEmployees { get; init; }

    /// <summary>The registrant's organization.</summary>
    public string? Org { get; init; }

    /// <summary>The registrant's phone number.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? Phone { get; init; }

    /// <summary>The registrant's purchasing time frame.</summary>
    public MeetingRegistrantDetailsPurchasingTimeFrame? PurchasingTimeFrame { get; init; }

    /// <summary>The registrant's role in the purchase process.</summary>
    public MeetingRegistrantDetailsRoleInPurchaseProcess? RoleInPurchaseProcess { get; init; }

    /// <summary>The registrant's state or province.</summary>
    public string? State { get; init; }

    /// <summary>The registrant's status.</summary>
    public MeetingRegistrantDetailsStatus? Status { get; init; }

    /// <summary>The registrant's ZIP or postal code.</summary>
    public string? Zip { get; init; }
}

/// <summary>Information about the meeting cloud recording registrant.</summary>
public sealed record RecordingRegistrantList : IZoomPage<RecordingRegistrant>
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
    public IReadOnlyList<RecordingRegistrant>? Registrants { get; init; }

    IReadOnlyList<RecordingRegistrant> IZoomPage<RecordingRegistrant>.Items => Registrants ?? [];
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

/// <summary>Registrant.</summary>
public sealed record RecordingRegistrantRequest
{
    /// <summary>The registrant's address.</summary>
    public string? Address { get; init; }

    /// <summary>The registrant's city.</summary>
    public string? City { get; init; }

    /// <summary>The registrant's questions and comments.</summary>
    public string? Comments { get; init; }

    /// <summary>The registrant's two-letter country code.</summary>
    public string? Country { get; init; }

    /// <summary>Information about custom questions.</summary>
    public IReadOnlyList<MeetingRegistrantDetailsCustomQuestion>? CustomQuestions { get; init; }

    /// <summary>The registrant's email address.</summary>
    public string? Email { get; init; }

    /// <summary>The registrant's first name.</summary>
    public string? FirstName { get; init; }

    /// <summary>The registrant's industry.</summary>
    public string? Industry { get; init; }

    /// <summary>The registrant's job title.</summary>
    public string? JobTitle { get; init; }

    /// <summary>The registrant's last name.</summary>
    public string? LastName { get; init; }

    /// <summary>The registrant's number of employees.</summary>
    public MeetingRegistrantDetailsNoOfEmployees? NoOfEmployees { get; init; }

    /// <summary>The registrant's organization.</summary>
    public string? Org { get; init; }

    /// <summary>The registrant's phone number.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? Phone { get; init; }

    /// <summary>The registrant's purchasing time frame.</summary>
    public MeetingRegistrantDetailsPurchasingTimeFrame? PurchasingTimeFrame { get; init; }

    /// <summary>The registrant's role in the purchase process.</summary>
    public MeetingRegistrantDetailsRoleInPurchaseProcess? RoleInPurchaseProcess { get; init; }

    /// <summary>The registrant's state or province.</summary>
    public string? State { get; init; }

    /// <summary>The registrant's status.</summary>
    public MeetingRegistrantDetailsStatus? Status { get; init; }

    /// <summary>The registrant's ZIP or postal code.</summary>
    public string? Zip { get; init; }
}

/// <summary>Zoom values of <c>RecordingRegistrationQuestionsCustomQuestionType</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<RecordingRegistrationQuestionsCustomQuestionType>))]
public enum RecordingRegistrationQuestionsCustomQuestionType
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>short</c>.</summary>
    [JsonStringEnumMemberName("short")] ShortValue,
    /// <summary><c>single</c>.</summary>
    [JsonStringEnumMemberName("single")] SingleChoice,
    /// <summary><c>multiple</c>.</summary>
    [JsonStringEnumMemberName("multiple")] Multiple,
}

/// <summary>A nested object of a Zoom API payload.</summary>
public sealed record RecordingRegistrationQuestionsCustomQuestion
{
    /// <summary>Answer choices for the question.</summary>
    public IReadOnlyList<string>? Answers { get; init; }

    /// <summary>Whether registrants are required to answer custom questions or not.</summary>
    public bool? Required { get; init; }

    /// <summary>The question's title.</summary>
    public string? Title { get; init; }

    /// <summary>The type of registration question and answers.</summary>
    public RecordingRegistrationQuestionsCustomQuestionType? Type { get; init; }
}

/// <summary>Recording tegistrant questions</summary>
public sealed record RecordingRegistrationQuestions
{
    /// <summary>Array of registrant custom questions.</summary>
    public IReadOnlyList<RecordingRegistrationQuestionsCustomQuestion>? CustomQuestions { get; init; }

    /// <summary>Array of registrant questions.</summary>
    public IReadOnlyList<MeetingRegistrationQuestionsQuestion>? Questions { get; init; }
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

/// <summary>A nested object of a Zoom API payload.</summary>
public sealed record RecordingRegistrantStatusRegistrant
{
    /// <summary>The <c>id</c> value.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? Id { get; init; }
}

/// <summary>Registrant status.</summary>
public sealed record RecordingRegistrantStatusRequest
{
    /// <summary>The <c>action</c> value.</summary>
    public RecordingRegistrantStatusAction? Action { get; init; }

    /// <summary>List of registrants.</summary>
    public IReadOnlyList<RecordingRegistrantStatusRegistrant>? Registrants { get; init; }
}

/// <summary>Zoom values of <c>RecordingSettingsShareRecording</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<RecordingSettingsShareRecording>))]
public enum RecordingSettingsShareRecording
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>publicly</c>.</summary>
    [JsonStringEnumMemberName("publicly")] Publicly,
    /// <summary><c>internally</c>.</summary>
    [JsonStringEnumMemberName("internally")] Internally,
    /// <summary><c>none</c>.</summary>
    [JsonStringEnumMemberName("none")] None,
}

/// <summary>Recording settings</summary>
public sealed record RecordingSettingsUpdateRequest
{
    /// <summary>The approval type for the registration.</summary>
    public int? ApprovalType { get; init; }

    /// <summary>The authentication domains.</summary>
    public string? AuthenticationDomains { get; init; }

    /// <summary>The authentication options.</summary>
    public string? AuthenticationOption { get; init; }

    /// <summary>Determine whether the registration is required to view the recording.</summary>
    public bool? OnDemand { get; init; }

    /// <summary>A secret (kept out of <see cref="ToString"/>): enable passcode protection for the recording by setting a passcode.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? Password { get; init; }

    /// <summary>Indicate that only authenticated users can view.</summary>
    public bool? RecordingAuthentication { get; init; }

    /// <summary>Send an email to host when someone registers to view the recording.</summary>
    public bool? SendEmailToHost { get; init; }

    /// <summary>Determine how the meeting recording is shared.</summary>
    public RecordingSettingsShareRecording? ShareRecording { get; init; }

    /// <summary>Show social share buttons on registration page.</summary>
    public bool? ShowSocialShareButtons { get; init; }

    /// <summary>The name of the recording.</summary>
    public string? Topic { get; init; }

    /// <summary>Determine whether a viewer can download the recording file or not.</summary>
    public bool? ViewerDownload { get; init; }

    /// <summary>Update the auto-delete status of a meeting's cloud recording.</summary>
    public bool? AutoDelete { get; init; }

    /// <summary>Prints the non-secret fields only.</summary>
    public override string ToString() => $"RecordingSettingsUpdateRequest {{ ApprovalType = {ApprovalType}, AuthenticationDomains = {AuthenticationDomains}, AuthenticationOption = {AuthenticationOption}, OnDemand = {OnDemand}, RecordingAuthentication = {RecordingAuthentication}, SendEmailToHost = {SendEmailToHost} }}";
}

/// <summary>Zoom values of <c>MeetingTranscriptDownloadRestrictionReason</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<MeetingTranscriptDownloadRestrictionReason>))]
public enum MeetingTranscriptDownloadRestrictionReason
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>DELETED_OR_TRASHED</c>.</summary>
    [JsonStringEnumMemberName("DELETED_OR_TRASHED")] DELETEDORTRASHED,
    /// <summary><c>UNSUPPORTED</c>.</summary>
    [JsonStringEnumMemberName("UNSUPPORTED")] UNSUPPORTED,
    /// <summary><c>NO_TRANSCRIPT_DATA</c>.</summary>
    [JsonStringEnumMemberName("NO_TRANSCRIPT_DATA")] NOTRANSCRIPTDATA,
    /// <summary><c>NOT_READY</c>.</summary>
    [JsonStringEnumMemberName("NOT_READY")] NOTREADY,
}

/// <summary>The response of <c>GET /meetings/{meetingId}/transcript</c> (GetMeetingTranscript).</summary>
public sealed record MeetingTranscript
{
    /// <summary>The meeting ID</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? MeetingId { get; init; }

    /// <summary>The user account's unique identifier.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? AccountId { get; init; }

    /// <summary>The meeting topic.</summary>
    public string? MeetingTopic { get; init; }

    /// <summary>ID of the user set as the host of the meeting.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? HostId { get; init; }

    /// <summary>The date and time that the meeting's transcript was created.</summary>
    public string? TranscriptCreatedTime { get; init; }

    /// <summary>Whether the meeting transcript is available for download.</summary>
    public bool? CanDownload { get; init; }

    /// <summary>Auto-delete status of a meeting's transcript Prerequisite.</summary>
    public bool? AutoDelete { get; init; }

    /// <summary>The date when the recording will be auto-deleted when auto_delete is true.</summary>
    public string? AutoDeleteDate { get; init; }

    /// <summary>The URL to download the transcript.</summary>
    public string? DownloadUrl { get; init; }

    /// <summary>If can_download is false, this field provides the reason why the transcript cannot be downloaded.</summary>
    public MeetingTranscriptDownloadRestrictionReason? DownloadRestrictionReason { get; init; }
}
