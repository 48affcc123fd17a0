// Models derived field by field from the Zoom API specs (see docs/api-coverage.md).
using System.Text.Json.Serialization;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Models;

/// <summary>The body of <c>POST /users/features</c> (bulkUpdateFeature).</summary>
public sealed record UserFeatureBulkUpdateRequest
{
    /// <summary>The feature type to update.</summary>
    public UserFeatureBulkFeatureType? FeatureType { get; init; }

    /// <summary>The feature value you want to update.</summary>
    public string? FeatureValue { get; init; }

    /// <summary>The users' info you want to update.</summary>
    public IReadOnlyList<UserReference>? Users { get; init; }
}

/// <summary>Zoom values of <c>UserFeatureBulkFeatureType</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<UserFeatureBulkFeatureType>))]
public enum UserFeatureBulkFeatureType
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>user_type</c>.</summary>
    [JsonStringEnumMemberName("user_type")] UserType,
    /// <summary><c>concurrent_meeting</c>.</summary>
    [JsonStringEnumMemberName("concurrent_meeting")] ConcurrentMeeting,
    /// <summary><c>large_meeting</c>.</summary>
    [JsonStringEnumMemberName("large_meeting")] LargeMeeting,
    /// <summary><c>webinar</c>.</summary>
    [JsonStringEnumMemberName("webinar")] Webinar,
    /// <summary><c>zoom_events</c>.</summary>
    [JsonStringEnumMemberName("zoom_events")] ZoomEvents,
    /// <summary><c>zoom_iq_for_sales</c>.</summary>
    [JsonStringEnumMemberName("zoom_iq_for_sales")] ZoomIqForSales,
    /// <summary><c>zoom_whiteboard</c>.</summary>
    [JsonStringEnumMemberName("zoom_whiteboard")] ZoomWhiteboard,
    /// <summary><c>plan_united_type</c>.</summary>
    [JsonStringEnumMemberName("plan_united_type")] PlanUnitedType,
    /// <summary><c>zoom_one_type</c>.</summary>
    [JsonStringEnumMemberName("zoom_one_type")] ZoomOneType,
}

/// <summary>Names a Zoom user by id or email (either is enough).</summary>
public sealed record UserReference
{
    /// <summary>The user's ID.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? Id { get; init; }

    /// <summary>The user's email.</summary>
    public string? Email { get; init; }
}

/// <summary>The response of <c>POST /users/features</c> (bulkUpdateFeature).</summary>
public sealed record UserFeatureBulkUpdateResult
{
    /// <summary>The IDs of users for whom the feature was updated successfully</summary>
    public IReadOnlyList<string>? SuccessUserIds { get; init; }

    /// <summary>The details why these users' feature was not updated successfully.</summary>
    public IReadOnlyList<UserFeatureBulkFailDetail>? FailDetails { get; init; }
}

/// <summary>Why a bulk feature update did not apply to some users, and which users.</summary>
public sealed record UserFeatureBulkFailDetail
{
    /// <summary>The IDs of users for whom the feature was not updated successfully.</summary>
    public IReadOnlyList<string>? UserIds { get; init; }

    /// <summary>The reason why the feature for these users was not updated successfully.</summary>
    public UserFeatureBulkFailDetailReason? Reason { get; init; }
}

/// <summary>Zoom values of <c>UserFeatureBulkFailDetailReason</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<UserFeatureBulkFailDetailReason>))]
public enum UserFeatureBulkFailDetailReason
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>Users not found</c>.</summary>
    [JsonStringEnumMemberName("Users not found")] UsersNotFound,
    /// <summary><c>Have upcoming events</c>.</summary>
    [JsonStringEnumMemberName("Have upcoming events")] HaveUpcomingEvents,
    /// <summary><c>Unpaid user</c>.</summary>
    [JsonStringEnumMemberName("Unpaid user")] UnpaidUser,
    /// <summary><c>Not enough seats</c>.</summary>
    [JsonStringEnumMemberName("Not enough seats")] NotEnoughSeats,
    /// <summary><c>Can&#x27;t update for Zoom One users</c>.</summary>
    [JsonStringEnumMemberName("Can't update for Zoom One users")] CanTUpdateForZoomOneUsers,
    /// <summary><c>Can&#x27;t update for free users</c>.</summary>
    [JsonStringEnumMemberName("Can't update for free users")] CanTUpdateForFreeUsers,
    /// <summary><c>Can&#x27;t update for Zoom United users</c>.</summary>
    [JsonStringEnumMemberName("Can't update for Zoom United users")] CanTUpdateForZoomUnitedUsers,
    /// <summary><c>Can&#x27;t update for Zoom Room users</c>.</summary>
    [JsonStringEnumMemberName("Can't update for Zoom Room users")] CanTUpdateForZoomRoomUsers,
    /// <summary><c>Not allowed to add basic users</c>.</summary>
    [JsonStringEnumMemberName("Not allowed to add basic users")] NotAllowedToAddBasicUsers,
    /// <summary><c>Can&#x27;t update for non-SSO users</c>.</summary>
    [JsonStringEnumMemberName("Can't update for non-SSO users")] CanTUpdateForNonSSOUsers,
    /// <summary><c>No need to update</c>.</summary>
    [JsonStringEnumMemberName("No need to update")] NoNeedToUpdate,
}
