using System.Text.Json.Serialization;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Models;

/// <summary>A custom question answer of a registrant.</summary>
public sealed record RegistrantCustomQuestion
{
    /// <summary>The question.</summary>
    public string? Title { get; init; }

    /// <summary>The answer.</summary>
    public string? Value { get; init; }
}

/// <summary>A meeting registrant: the body of <c>POST /meetings/{meetingId}/registrants</c> and an item of the list.</summary>
public sealed record MeetingRegistrant
{
    /// <summary>The registrant id (responses only).</summary>
    public string? Id { get; init; }

    /// <summary>The registrant's email (required on create).</summary>
    public string? Email { get; init; }

    /// <summary>First name (required on create).</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Address.</summary>
    public string? Address { get; init; }

    /// <summary>City.</summary>
    public string? City { get; init; }

    /// <summary>State or province.</summary>
    public string? State { get; init; }

    /// <summary>ZIP or postal code.</summary>
    public string? Zip { get; init; }

    /// <summary>Two-letter country code.</summary>
    public string? Country { get; init; }

    /// <summary>Phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>Comments.</summary>
    public string? Comments { get; init; }

    /// <summary>Industry.</summary>
    public string? Industry { get; init; }

    /// <summary>Job title.</summary>
    public string? JobTitle { get; init; }

    /// <summary>Organization.</summary>
    public string? Org { get; init; }

    /// <summary>Number of employees.</summary>
    public string? NoOfEmployees { get; init; }

    /// <summary>Purchasing time frame.</summary>
    public string? PurchasingTimeFrame { get; init; }

    /// <summary>Role in the purchase process.</summary>
    public string? RoleInPurchaseProcess { get; init; }

    /// <summary>Preferred language.</summary>
    public string? Language { get; init; }

    /// <summary>Answers to custom questions.</summary>
    public IReadOnlyList<RegistrantCustomQuestion>? CustomQuestions { get; init; }

    /// <summary>Send a confirmation email to the registrant (create only).</summary>
    public bool? AutoApprove { get; init; }

    /// <summary><c>approved</c>, <c>pending</c> or <c>denied</c> (responses only).</summary>
    public string? Status { get; init; }

    /// <summary>When the registrant registered (responses only).</summary>
    public DateTimeOffset? CreateTime { get; init; }

    /// <summary>The registrant's personal join URL (responses only).</summary>
    public string? JoinUrl { get; init; }

    /// <summary>The participant PIN code used to join by phone (responses only).</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? ParticipantPinCode { get; init; }

    /// <summary>Prints the registrant without their personal join URL and PIN.</summary>
    public override string ToString() => $"MeetingRegistrant {{ Id = {Id}, Email = {Email}, Status = {Status} }}";
}

/// <summary>The response of <c>GET /meetings/{meetingId}/registrants</c> (meetingRegistrants).</summary>
public sealed record MeetingRegistrantList : IZoomPage<MeetingRegistrant>
{
    /// <summary>Number of pages.</summary>
    public int? PageCount { get; init; }

    /// <summary>Page number.</summary>
    public int? PageNumber { get; init; }

    /// <summary>Records per page.</summary>
    public int? PageSize { get; init; }

    /// <summary>Total number of records.</summary>
    public int? TotalRecords { get; init; }

    /// <inheritdoc />
    public string? NextPageToken { get; init; }

    /// <summary>The registrants on this page.</summary>
    public IReadOnlyList<MeetingRegistrant>? Registrants { get; init; }

    IReadOnlyList<MeetingRegistrant> IZoomPage<MeetingRegistrant>.Items => Registrants ?? [];
}

/// <summary>The 201 response of <c>POST /meetings/{meetingId}/registrants</c> (meetingRegistrantCreate).</summary>
public sealed record MeetingRegistrantCreated
{
    /// <summary>The meeting id.</summary>
    public long Id { get; init; }

    /// <summary>The registrant's personal join URL.</summary>
    public string? JoinUrl { get; init; }

    /// <summary>The registrant id.</summary>
    public string? RegistrantId { get; init; }

    /// <summary>The meeting's start time (UTC).</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>The meeting topic.</summary>
    public string? Topic { get; init; }

    /// <summary>Occurrences the registrant registered for.</summary>
    public IReadOnlyList<MeetingOccurrence>? Occurrences { get; init; }

    /// <summary>The participant PIN code used to join by phone.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? ParticipantPinCode { get; init; }

    /// <summary>Prints the result without the personal join URL and PIN.</summary>
    public override string ToString() => $"MeetingRegistrantCreated {{ Id = {Id}, RegistrantId = {RegistrantId} }}";
}
