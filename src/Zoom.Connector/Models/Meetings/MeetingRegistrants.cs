// Registrants: people signed up for a meeting that requires registration, or for a meeting's on-demand cloud recording.
using System.Text.Json.Serialization;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Models;

/// <summary>
/// A registrant: a person signed up for a meeting that requires registration, or for the on-demand viewing of a
/// meeting's cloud recording. One shape serves every registrant operation: the body of
/// <c>POST /meetings/{meetingId}/registrants</c> and <c>POST /meetings/{meetingId}/recordings/registrants</c>, the
/// items of both registrant lists, and <c>GET /meetings/{meetingId}/registrants/{registrantId}</c>. Fields an
/// operation does not use stay null and are not sent.
/// </summary>
/// <remarks>
/// <see cref="JoinUrl"/> carries the registrant's personal token and <see cref="ParticipantPinCode"/> lets them join
/// by phone: both are secrets and are left out of <see cref="ToString"/>. The profile answers
/// (<see cref="NoOfEmployees"/>, <see cref="PurchasingTimeFrame"/>, <see cref="RoleInPurchaseProcess"/>) are kept as
/// the text Zoom sends (<c>""</c> included) so that a read-modify-write returns them unchanged.
/// </remarks>
public sealed record MeetingRegistrant
{
    /// <summary>The registrant's id (in responses).</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? Id { get; init; }

    /// <summary>The registrant's email address (required when registering).</summary>
    public string? Email { get; init; }

    /// <summary>The registrant's first name (required when registering).</summary>
    public string? FirstName { get; init; }

    /// <summary>The registrant's last name.</summary>
    public string? LastName { get; init; }

    /// <summary>The registrant's street address.</summary>
    public string? Address { get; init; }

    /// <summary>The registrant's city.</summary>
    public string? City { get; init; }

    /// <summary>The registrant's state or province.</summary>
    public string? State { get; init; }

    /// <summary>The registrant's ZIP or postal code.</summary>
    public string? Zip { get; init; }

    /// <summary>The registrant's two-letter country code.</summary>
    public string? Country { get; init; }

    /// <summary>The registrant's phone number.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? Phone { get; init; }

    /// <summary>The registrant's questions and comments for the host.</summary>
    public string? Comments { get; init; }

    /// <summary>The registrant's industry.</summary>
    public string? Industry { get; init; }

    /// <summary>The registrant's job title.</summary>
    public string? JobTitle { get; init; }

    /// <summary>The registrant's organization.</summary>
    public string? Org { get; init; }

    /// <summary>The size of the registrant's organization, one of Zoom's ranges (<c>1-20</c> ... <c>More than 10,000</c>) or <c>""</c>.</summary>
    public string? NoOfEmployees { get; init; }

    /// <summary>When the registrant plans to buy: <c>Within a month</c>, <c>1-3 months</c>, <c>4-6 months</c>, <c>More than 6 months</c>, <c>No timeframe</c> or <c>""</c>.</summary>
    public string? PurchasingTimeFrame { get; init; }

    /// <summary>The registrant's part in buying: <c>Decision Maker</c>, <c>Evaluator/Recommender</c>, <c>Influencer</c>, <c>Not involved</c> or <c>""</c>.</summary>
    public string? RoleInPurchaseProcess { get; init; }

    /// <summary>The language of the registrant's confirmation email, e.g. <c>en-US</c> (meeting registration only).</summary>
    public string? Language { get; init; }

    /// <summary>The registrant's answers to the meeting's custom registration questions.</summary>
    public IReadOnlyList<MeetingRegistrantCustomQuestion>? CustomQuestions { get; init; }

    /// <summary>When registering for a meeting that needs manual approval: approve this registrant at once.</summary>
    public bool? AutoApprove { get; init; }

    /// <summary>The registrant's status: <c>approved</c>, <c>pending</c> or <c>denied</c>.</summary>
    public string? Status { get; init; }

    /// <summary>When the person registered (responses only).</summary>
    public DateTimeOffset? CreateTime { get; init; }

    /// <summary>A secret (kept out of <see cref="ToString"/>): the registrant's personal join link, with their registration token.</summary>
    public string? JoinUrl { get; init; }

    /// <summary>A secret (kept out of <see cref="ToString"/>): the PIN that identifies the registrant when joining by phone.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? ParticipantPinCode { get; init; }

    /// <summary>Prints the registrant without their personal join URL and PIN.</summary>
    public override string ToString() => $"MeetingRegistrant {{ Id = {Id}, Email = {Email}, Status = {Status} }}";
}

/// <summary>A registrant's answer to one of the custom questions the host added to the registration form.</summary>
public sealed record MeetingRegistrantCustomQuestion
{
    /// <summary>The question, as the host wrote it.</summary>
    public string? Title { get; init; }

    /// <summary>The registrant's answer.</summary>
    public string? Value { get; init; }
}

/// <summary>One page of a meeting's registrants: the response of <c>GET /meetings/{meetingId}/registrants</c> (meetingRegistrants).</summary>
public sealed record MeetingRegistrantList : IZoomPage<MeetingRegistrant>
{
    /// <summary>The number of pages.</summary>
    public int? PageCount { get; init; }

    /// <summary>Deprecated by Zoom: the page number; use <see cref="NextPageToken"/>.</summary>
    public int? PageNumber { get; init; }

    /// <summary>The number of registrants per page.</summary>
    public int? PageSize { get; init; }

    /// <summary>The number of registrants across all pages.</summary>
    public int? TotalRecords { get; init; }

    /// <inheritdoc />
    public string? NextPageToken { get; init; }

    /// <summary>The registrants on this page.</summary>
    public IReadOnlyList<MeetingRegistrant>? Registrants { get; init; }

    IReadOnlyList<MeetingRegistrant> IZoomPage<MeetingRegistrant>.Items => Registrants ?? [];
}

/// <summary>
/// A new meeting registration: the 201 response of <c>POST /meetings/{meetingId}/registrants</c>
/// (meetingRegistrantCreate).
/// </summary>
public sealed record MeetingRegistrantCreated
{
    /// <summary>The meeting id.</summary>
    public long Id { get; init; }

    /// <summary>A secret (kept out of <see cref="ToString"/>): the registrant's personal join link.</summary>
    public string? JoinUrl { get; init; }

    /// <summary>The new registrant's id.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? RegistrantId { get; init; }

    /// <summary>The meeting's start time (UTC).</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>The meeting topic.</summary>
    public string? Topic { get; init; }

    /// <summary>The occurrences of a recurring meeting the person registered for.</summary>
    public IReadOnlyList<MeetingOccurrence>? Occurrences { get; init; }

    /// <summary>A secret (kept out of <see cref="ToString"/>): the PIN that identifies the registrant when joining by phone.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? ParticipantPinCode { get; init; }

    /// <summary>Prints the result without the personal join URL and PIN.</summary>
    public override string ToString() => $"MeetingRegistrantCreated {{ Id = {Id}, RegistrantId = {RegistrantId} }}";
}

/// <summary>The body of <c>POST /meetings/{meetingId}/batch_registrants</c> (addBatchRegistrants).</summary>
public sealed record MeetingRegistrantBatchRequest
{
    /// <summary>For a meeting that needs manual approval (<c>approval_type</c> 1): approve these registrants at once.</summary>
    public bool? AutoApprove { get; init; }

    /// <summary>Whether Zoom sends each registrant a confirmation email.</summary>
    public bool? RegistrantsConfirmationEmail { get; init; }

    /// <summary>The people to register, up to 30.</summary>
    public IReadOnlyList<MeetingRegistrantBatchItem>? Registrants { get; init; }
}

/// <summary>One person to register in a batch registration.</summary>
public sealed record MeetingRegistrantBatchItem
{
    /// <summary>Email address of the registrant.</summary>
    public string? Email { get; init; }

    /// <summary>First name of the registrant.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name of the registrant.</summary>
    public string? LastName { get; init; }
}

/// <summary>The response of <c>POST /meetings/{meetingId}/batch_registrants</c> (addBatchRegistrants).</summary>
public sealed record MeetingRegistrantBatchResult
{
    /// <summary>One entry per person registered.</summary>
    public IReadOnlyList<MeetingRegistrantBatchRegistrant>? Registrants { get; init; }
}

/// <summary>
/// One person registered by a batch registration. <see cref="JoinUrl"/> and <see cref="ParticipantPinCode"/> are the
/// registrant's secrets and are left out of <see cref="ToString"/>.
/// </summary>
public sealed record MeetingRegistrantBatchRegistrant
{
    /// <summary>The registrant's email address.</summary>
    public string? Email { get; init; }

    /// <summary>A secret (kept out of <see cref="ToString"/>): the registrant's personal join link, with their registration token.</summary>
    public string? JoinUrl { get; init; }

    /// <summary>The new registrant's id.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? RegistrantId { get; init; }

    /// <summary>A secret (kept out of <see cref="ToString"/>): the PIN that identifies the registrant when joining by phone.</summary>
    public long? ParticipantPinCode { get; init; }

    /// <summary>Prints the registrant without their personal join URL and PIN.</summary>
    public override string ToString() => $"MeetingRegistrantBatchRegistrant {{ RegistrantId = {RegistrantId}, Email = {Email} }}";
}

/// <summary>The body of <c>PUT /meetings/{meetingId}/registrants/status</c> (meetingRegistrantStatus).</summary>
public sealed record MeetingRegistrantStatusRequest
{
    /// <summary>What to do with the registrants: approve, cancel or deny.</summary>
    public MeetingRegistrantStatusAction? Action { get; init; }

    /// <summary>The registrants to change, by id and email.</summary>
    public IReadOnlyList<MeetingRegistrantReference>? Registrants { get; init; }
}

/// <summary>Zoom values of <c>MeetingRegistrantStatusAction</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<MeetingRegistrantStatusAction>))]
public enum MeetingRegistrantStatusAction
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>approve</c>.</summary>
    [JsonStringEnumMemberName("approve")] Approve,
    /// <summary><c>cancel</c>.</summary>
    [JsonStringEnumMemberName("cancel")] Cancel,
    /// <summary><c>deny</c>.</summary>
    [JsonStringEnumMemberName("deny")] Deny,
}

/// <summary>Names one registrant in a status change (meeting or recording registrants).</summary>
public sealed record MeetingRegistrantReference
{
    /// <summary>The registrant's id.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? Id { get; init; }

    /// <summary>The registrant's email address (meeting registrants only).</summary>
    public string? Email { get; init; }
}

/// <summary>
/// The registration form of a meeting, or of a meeting's on-demand recording: the standard fields it asks for and the
/// host's custom questions. The response of <c>GET .../registrants/questions</c> and the body of
/// <c>PATCH .../registrants/questions</c>, for meetings and for recordings.
/// </summary>
public sealed record MeetingRegistrationQuestions
{
    /// <summary>Array of custom questions for registrants.</summary>
    public IReadOnlyList<MeetingRegistrationCustomQuestion>? CustomQuestions { get; init; }

    /// <summary>Array of registrant questions.</summary>
    public IReadOnlyList<MeetingRegistrationField>? Questions { get; init; }
}

/// <summary>A question the host added to a registration form.</summary>
public sealed record MeetingRegistrationCustomQuestion
{
    /// <summary>Answer choices for the question.</summary>
    public IReadOnlyList<string>? Answers { get; init; }

    /// <summary>Whether or not the custom question is required to be answered by participants or not.</summary>
    public bool? Required { get; init; }

    /// <summary>Title of the custom question.</summary>
    public string? Title { get; init; }

    /// <summary>The kind of answer: short text, or one or several of <see cref="Answers"/> (<c>multiple</c> is for recording registration only).</summary>
    public MeetingRegistrationCustomQuestionType? Type { get; init; }
}

/// <summary>Zoom values of <c>MeetingRegistrationCustomQuestionType</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<MeetingRegistrationCustomQuestionType>))]
public enum MeetingRegistrationCustomQuestionType
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

/// <summary>A standard field of a registration form (address, job title, ...) and whether it must be filled in.</summary>
public sealed record MeetingRegistrationField
{
    /// <summary>Field name of the question.</summary>
    public MeetingRegistrationFieldName? FieldName { get; init; }

    /// <summary>Whether or not the displayed fields are required to be filled out by registrants.</summary>
    public bool? Required { get; init; }
}

/// <summary>Zoom values of <c>MeetingRegistrationFieldName</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<MeetingRegistrationFieldName>))]
public enum MeetingRegistrationFieldName
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>last_name</c>.</summary>
    [JsonStringEnumMemberName("last_name")] LastName,
    /// <summary><c>address</c>.</summary>
    [JsonStringEnumMemberName("address")] Address,
    /// <summary><c>city</c>.</summary>
    [JsonStringEnumMemberName("city")] City,
    /// <summary><c>country</c>.</summary>
    [JsonStringEnumMemberName("country")] Country,
    /// <summary><c>zip</c>.</summary>
    [JsonStringEnumMemberName("zip")] Zip,
    /// <summary><c>state</c>.</summary>
    [JsonStringEnumMemberName("state")] State,
    /// <summary><c>phone</c>.</summary>
    [JsonStringEnumMemberName("phone")] Phone,
    /// <summary><c>industry</c>.</summary>
    [JsonStringEnumMemberName("industry")] Industry,
    /// <summary><c>org</c>.</summary>
    [JsonStringEnumMemberName("org")] Org,
    /// <summary><c>job_title</c>.</summary>
    [JsonStringEnumMemberName("job_title")] JobTitle,
    /// <summary><c>purchasing_time_frame</c>.</summary>
    [JsonStringEnumMemberName("purchasing_time_frame")] PurchasingTimeFrame,
    /// <summary><c>role_in_purchase_process</c>.</summary>
    [JsonStringEnumMemberName("role_in_purchase_process")] RoleInPurchaseProcess,
    /// <summary><c>no_of_employees</c>.</summary>
    [JsonStringEnumMemberName("no_of_employees")] NoOfEmployees,
    /// <summary><c>comments</c>.</summary>
    [JsonStringEnumMemberName("comments")] Comments,
}
