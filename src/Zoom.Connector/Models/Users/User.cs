using System.Text.Json;
using System.Text.Json.Serialization;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Models;

/// <summary>A user's status.</summary>
[JsonConverter(typeof(ZoomEnumConverter<UserStatus>))]
public enum UserStatus
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary>An active user.</summary>
    [JsonStringEnumMemberName("active")] Active,
    /// <summary>A deactivated user.</summary>
    [JsonStringEnumMemberName("inactive")] Inactive,
    /// <summary>A user who has not accepted the invitation yet (has no id).</summary>
    [JsonStringEnumMemberName("pending")] Pending,
}

/// <summary>A user's licence type.</summary>
[JsonConverter(typeof(ZoomEnumConverter<UserType>))]
public enum UserType
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary>1: Basic.</summary>
    Basic = 1,
    /// <summary>2: Licensed.</summary>
    Licensed = 2,
    /// <summary>4: No meeting licence.</summary>
    NoMeetingLicense = 4,
    /// <summary>99: None (SSO-created users only).</summary>
    None = 99,
}

/// <summary>
/// A Zoom user, as listed by <c>GET /users</c> and returned by <c>GET /users/{userId}</c>.
/// Pending users have no <see cref="Id"/>. <see cref="HostKey"/> is a secret and is left out of <see cref="ToString"/>.
/// </summary>
public sealed record ZoomUser
{
    /// <summary>The user id (absent for pending users).</summary>
    public string? Id { get; init; }

    /// <summary>The account id (get only).</summary>
    public string? AccountId { get; init; }

    /// <summary>The account number (get only).</summary>
    public long? AccountNumber { get; init; }

    /// <summary>Email address.</summary>
    public string? Email { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Display name.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Licence type.</summary>
    public UserType Type { get; init; }

    /// <summary>Active, inactive or pending.</summary>
    public UserStatus? Status { get; init; }

    /// <summary>Personal meeting id.</summary>
    public long? Pmi { get; init; }

    /// <summary>The user's time zone.</summary>
    public string? Timezone { get; init; }

    /// <summary>Department.</summary>
    public string? Dept { get; init; }

    /// <summary>Role id.</summary>
    public string? RoleId { get; init; }

    /// <summary>Role name (get only).</summary>
    public string? RoleName { get; init; }

    /// <summary>Group ids.</summary>
    public IReadOnlyList<string>? GroupIds { get; init; }

    /// <summary>IM group ids.</summary>
    public IReadOnlyList<string>? ImGroupIds { get; init; }

    /// <summary>1 when the user's email is verified, else 0.</summary>
    public int? Verified { get; init; }

    /// <summary>When the user was created (for pending users: when invited).</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the user was created.</summary>
    public DateTimeOffset? UserCreatedAt { get; init; }

    /// <summary>Last login time (Zoom keeps a three-day buffer).</summary>
    public DateTimeOffset? LastLoginTime { get; init; }

    /// <summary>Last client version used.</summary>
    public string? LastClientVersion { get; init; }

    /// <summary>Employee unique id.</summary>
    public string? EmployeeUniqueId { get; init; }

    /// <summary>Zoom United plan type.</summary>
    public string? PlanUnitedType { get; init; }

    /// <summary>Language (get only).</summary>
    public string? Language { get; init; }

    /// <summary>Phone number (get only).</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>Phone country (get only, legacy).</summary>
    public string? PhoneCountry { get; init; }

    /// <summary>Personal meeting URL (get only).</summary>
    public string? PersonalMeetingUrl { get; init; }

    /// <summary>Picture URL (get only).</summary>
    public string? PicUrl { get; init; }

    /// <summary>Whether the user uses the PMI for instant meetings (get only).</summary>
    public bool? UsePmi { get; init; }

    /// <summary>Vanity URL (get only).</summary>
    public string? VanityUrl { get; init; }

    /// <summary>The user's Jabber id (get only).</summary>
    public string? Jid { get; init; }

    /// <summary>Cluster (get only).</summary>
    public string? Cluster { get; init; }

    /// <summary>Login types (get only).</summary>
    public IReadOnlyList<int>? LoginTypes { get; init; }

    /// <summary>Company (get only).</summary>
    public string? Company { get; init; }

    /// <summary>Job title (get only).</summary>
    public string? JobTitle { get; init; }

    /// <summary>Location (get only).</summary>
    public string? Location { get; init; }

    /// <summary>Manager (get only).</summary>
    public string? Manager { get; init; }

    /// <summary>Pronouns (get only).</summary>
    public string? Pronouns { get; init; }

    /// <summary>Zoom One type (get only).</summary>
    public int? ZoomOneType { get; init; }

    /// <summary>The user's CMS id (Kaltura integration only).</summary>
    public string? CmsUserId { get; init; }

    /// <summary>The user's phone numbers (get only).</summary>
    public IReadOnlyList<UserPhoneNumber>? PhoneNumbers { get; init; }

    /// <summary>Pronoun display: 1 ask every time, 2 always display, 3 do not display.</summary>
    public int? PronounsOption { get; init; }

    /// <summary>A secret: the host key (only with <c>include_fields=host_key</c>).</summary>
    public string? HostKey { get; init; }

    /// <summary>Custom attributes (only with <c>include_fields=custom_attributes</c>).</summary>
    public IReadOnlyList<UserCustomAttributeValue>? CustomAttributes { get; init; }

    /// <summary>Fields this version does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Prints the user without the host key.</summary>
    public override string ToString() => $"ZoomUser {{ Id = {Id}, Email = {Email}, Type = {Type}, Status = {Status} }}";
}

/// <summary>One of a user's phone numbers.</summary>
public sealed record UserPhoneNumber
{
    /// <summary>The country calling code, e.g. <c>+1</c>.</summary>
    public string? Code { get; init; }

    /// <summary>The country id, e.g. <c>US</c>.</summary>
    public string? Country { get; init; }

    /// <summary><c>Mobile</c>, <c>Office</c>, <c>Home</c> or <c>Fax</c>.</summary>
    public string? Label { get; init; }

    /// <summary>The phone number.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? Number { get; init; }

    /// <summary>Whether Zoom verified the number.</summary>
    public bool? Verified { get; init; }
}

/// <summary>Features set when creating or updating a user.</summary>
public sealed record UserFeatureSettings
{
    /// <summary>Whether the user has Zoom Phone.</summary>
    public bool? ZoomPhone { get; init; }

    /// <summary>The Zoom One plan option (create only).</summary>
    public int? ZoomOneType { get; init; }
}

/// <summary>A custom attribute of a user.</summary>
public sealed record UserCustomAttributeValue
{
    /// <summary>The attribute key.</summary>
    public string? Key { get; init; }

    /// <summary>The attribute name.</summary>
    public string? Name { get; init; }

    /// <summary>The attribute value.</summary>
    public string? Value { get; init; }
}

/// <summary>The response of <c>GET /users</c> (users).</summary>
public sealed record UserList : IZoomPage<ZoomUser>
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

    /// <summary>The users on this page.</summary>
    public IReadOnlyList<ZoomUser>? Users { get; init; }

    IReadOnlyList<ZoomUser> IZoomPage<ZoomUser>.Items => Users ?? [];
}

/// <summary>The body of <c>POST /users</c> (userCreate).</summary>
public sealed record UserCreateRequest
{
    /// <summary><c>create</c>, <c>autoCreate</c>, <c>custCreate</c> or <c>ssoCreate</c>.</summary>
    public required string Action { get; init; }

    /// <summary>The new user.</summary>
    public required UserCreateInfo UserInfo { get; init; }
}

/// <summary>The <c>user_info</c> of <see cref="UserCreateRequest"/>.</summary>
public sealed record UserCreateInfo
{
    /// <summary>Email (at most 128 characters).</summary>
    public required string Email { get; init; }

    /// <summary>Licence type: 1 Basic, 2 Licensed, 4 No meeting licence, 99 None (ssoCreate only).</summary>
    public required UserType Type { get; init; }

    /// <summary>First name (at most 64 characters).</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name (at most 64 characters).</summary>
    public string? LastName { get; init; }

    /// <summary>Display name (at most 128 characters).</summary>
    public string? DisplayName { get; init; }

    /// <summary>A secret: the password (8-32 characters, autoCreate only).</summary>
    public string? Password { get; init; }

    /// <summary>Plan type for Zoom United.</summary>
    public string? PlanUnitedType { get; init; }

    /// <summary>Features of the new user (Zoom Phone, Zoom One).</summary>
    public UserFeatureSettings? Feature { get; init; }

    /// <summary>Prints the user info without the password.</summary>
    public override string ToString() => $"UserCreateInfo {{ Email = {Email}, Type = {Type} }}";
}

/// <summary>The 201 response of <c>POST /users</c>.</summary>
public sealed record UserCreated
{
    /// <summary>The new user's id.</summary>
    public string? Id { get; init; }

    /// <summary>Email.</summary>
    public string? Email { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Licence type.</summary>
    public UserType Type { get; init; }
}

/// <summary>The body of <c>PATCH /users/{userId}</c> (userUpdate). Only the fields that are set are sent.</summary>
public sealed record UserUpdateRequest
{
    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Display name.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Licence type.</summary>
    public UserType? Type { get; init; }

    /// <summary>Personal meeting id (10 digits).</summary>
    public long? Pmi { get; init; }

    /// <summary>Use the PMI for instant meetings.</summary>
    public bool? UsePmi { get; init; }

    /// <summary>Time zone.</summary>
    public string? Timezone { get; init; }

    /// <summary>Language.</summary>
    public string? Language { get; init; }

    /// <summary>Department.</summary>
    public string? Dept { get; init; }

    /// <summary>Vanity name.</summary>
    public string? VanityName { get; init; }

    /// <summary>Host key (6-10 digits); a secret.</summary>
    public string? HostKey { get; init; }

    /// <summary>Company.</summary>
    public string? Company { get; init; }

    /// <summary>Job title.</summary>
    public string? JobTitle { get; init; }

    /// <summary>Location.</summary>
    public string? Location { get; init; }

    /// <summary>Manager.</summary>
    public string? Manager { get; init; }

    /// <summary>Pronouns.</summary>
    public string? Pronouns { get; init; }

    /// <summary>Employee unique id.</summary>
    public string? EmployeeUniqueId { get; init; }

    /// <summary>Group id to add the user to.</summary>
    public string? GroupId { get; init; }

    /// <summary>Self-introduction (at most 150 characters, no links or HTML).</summary>
    public string? AboutMe { get; init; }

    /// <summary>The user's CMS id (Kaltura integration only).</summary>
    public string? CmsUserId { get; init; }

    /// <summary>Custom attributes to assign.</summary>
    public IReadOnlyList<UserCustomAttributeValue>? CustomAttributes { get; init; }

    /// <summary>Features (Zoom Phone).</summary>
    public UserFeatureSettings? Feature { get; init; }

    /// <summary>LinkedIn profile URL (must contain <c>linkedin.com</c>).</summary>
    public string? LinkedinUrl { get; init; }

    /// <summary>Deprecated by Zoom: use <see cref="PhoneNumbers"/>.</summary>
    public string? PhoneCountry { get; init; }

    /// <summary>Deprecated by Zoom: use <see cref="PhoneNumbers"/>.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>Phone numbers to assign.</summary>
    public IReadOnlyList<UserPhoneNumber>? PhoneNumbers { get; init; }

    /// <summary>Zoom United plan type.</summary>
    public string? PlanUnitedType { get; init; }

    /// <summary>Pronoun display: 1 ask every time, 2 always display, 3 do not display.</summary>
    public int? PronounsOption { get; init; }

    /// <summary>The Zoom One plan option (0 turns the licence off).</summary>
    public int? ZoomOneType { get; init; }

    /// <summary>Prints the request without the host key.</summary>
    public override string ToString() => $"UserUpdateRequest {{ FirstName = {FirstName}, LastName = {LastName}, Type = {Type} }}";
}

/// <summary>The body of <c>PUT /users/{userId}/status</c> (userStatus).</summary>
/// <param name="Action"><c>activate</c>, <c>deactivate</c>, <c>clock_in</c> or <c>clock_out</c>.</param>
public sealed record UserStatusRequest(string Action)
{
    /// <summary>Activates a deactivated user.</summary>
    public static UserStatusRequest Activate { get; } = new("activate");

    /// <summary>Deactivates a user.</summary>
    public static UserStatusRequest Deactivate { get; } = new("deactivate");
}

/// <summary>The response of <c>GET /users/email</c> (userEmail).</summary>
public sealed record UserEmailCheck
{
    /// <summary>Whether the email is already taken in Zoom.</summary>
    public bool ExistedEmail { get; init; }
}
