using Refit;
using Zoom.Connector.Models;

namespace Zoom.Connector.Api;

/// <summary>
/// Zoom's Users API. <c>userId</c> is a user id, an email (account-level and Server-to-Server tokens) or <c>me</c>
/// (required with user-level tokens).
/// </summary>
public interface IZoomUsersApi
{
    /// <summary>Lists users of the account. Zoom operation <c>users</c>: <c>GET /users</c> (MEDIUM).</summary>
    /// <param name="status">Active (Zoom's default), inactive or pending.</param>
    /// <param name="pageSize">Records per page, 1-300 (Zoom's default 30).</param>
    /// <param name="roleId">Only users with this role.</param>
    /// <param name="pageNumber">Legacy page number; prefer <paramref name="nextPageToken"/>.</param>
    /// <param name="nextPageToken">The token from the previous page.</param>
    /// <param name="includeFields"><c>custom_attributes</c> or <c>host_key</c>.</param>
    /// <param name="license"><c>zoom_workforce_management</c> to filter by that licence.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/users")]
    Task<UserList> ListUsersAsync(
        UserStatus? status = null,
        [AliasAs("page_size")] int? pageSize = null,
        [AliasAs("role_id")] string? roleId = null,
        [AliasAs("page_number")] int? pageNumber = null,
        [AliasAs("next_page_token")] string? nextPageToken = null,
        [AliasAs("include_fields")] string? includeFields = null,
        string? license = null,
        CancellationToken cancellationToken = default);

    /// <summary>Creates a user. Zoom operation <c>userCreate</c>: <c>POST /users</c> (LIGHT).</summary>
    /// <param name="request">The action and the new user's details.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Post("/users")]
    Task<UserCreated> CreateUserAsync([Body] UserCreateRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets a user. Zoom operation <c>user</c>: <c>GET /users/{userId}</c> (LIGHT).</summary>
    /// <param name="userId">User id, email or <c>me</c>.</param>
    /// <param name="loginType">Login type of an email address (e.g. 100 for Zoom work email).</param>
    /// <param name="encryptedEmail">Whether <paramref name="userId"/> is an encrypted email.</param>
    /// <param name="searchByUniqueId">Whether <paramref name="userId"/> is an employee unique id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/users/{userId}")]
    Task<ZoomUser> GetUserAsync(
        string userId,
        [AliasAs("login_type")] int? loginType = null,
        [AliasAs("encrypted_email")] bool? encryptedEmail = null,
        [AliasAs("search_by_unique_id")] bool? searchByUniqueId = null,
        CancellationToken cancellationToken = default);

    /// <summary>Updates a user's profile. Zoom operation <c>userUpdate</c>: <c>PATCH /users/{userId}</c> (LIGHT).</summary>
    /// <param name="userId">User id, email or <c>me</c>.</param>
    /// <param name="request">The fields to change.</param>
    /// <param name="loginType">Login type of an email address.</param>
    /// <param name="removeTspCredentials">Whether to remove the user's TSP credentials.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Patch("/users/{userId}")]
    Task UpdateUserAsync(
        string userId,
        [Body] UserUpdateRequest request,
        [AliasAs("login_type")] int? loginType = null,
        [AliasAs("remove_tsp_credentials")] bool? removeTspCredentials = null,
        CancellationToken cancellationToken = default);

    /// <summary>Disassociates or deletes a user. Zoom operation <c>userDelete</c>: <c>DELETE /users/{userId}</c> (LIGHT).</summary>
    /// <param name="userId">User id or email.</param>
    /// <param name="action"><c>disassociate</c> (Zoom's default) or <c>delete</c>.</param>
    /// <param name="transferEmail">Email of the user who receives transferred data.</param>
    /// <param name="transferMeeting">Transfer upcoming meetings.</param>
    /// <param name="transferWebinar">Transfer upcoming webinars.</param>
    /// <param name="transferRecording">Transfer cloud recordings.</param>
    /// <param name="transferWhiteboard">Transfer whiteboards.</param>
    /// <param name="encryptedEmail">Whether <paramref name="userId"/> is an encrypted email.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Delete("/users/{userId}")]
    Task DeleteUserAsync(
        string userId,
        string? action = null,
        [AliasAs("transfer_email")] string? transferEmail = null,
        [AliasAs("transfer_meeting")] bool? transferMeeting = null,
        [AliasAs("transfer_webinar")] bool? transferWebinar = null,
        [AliasAs("transfer_recording")] bool? transferRecording = null,
        [AliasAs("transfer_whiteboard")] bool? transferWhiteboard = null,
        [AliasAs("encrypted_email")] bool? encryptedEmail = null,
        CancellationToken cancellationToken = default);

    /// <summary>Checks whether an email is already taken in Zoom. Zoom operation <c>userEmail</c>: <c>GET /users/email</c> (LIGHT).</summary>
    /// <param name="email">The email to check.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/users/email")]
    Task<UserEmailCheck> CheckUserEmailAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>Activates or deactivates a user. Zoom operation <c>userStatus</c>: <c>PUT /users/{userId}/status</c> (LIGHT).</summary>
    /// <param name="userId">User id or email.</param>
    /// <param name="request">The action, e.g. <see cref="UserStatusRequest.Deactivate"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Put("/users/{userId}/status")]
    Task UpdateUserStatusAsync(string userId, [Body] UserStatusRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets a user's settings. Zoom operation <c>userSettings</c>: <c>GET /users/{userId}/settings</c> (MEDIUM).</summary>
    /// <param name="userId">User id, email or <c>me</c>.</param>
    /// <param name="loginType">Login type of an email address.</param>
    /// <param name="option"><c>meeting_authentication</c>, <c>recording_authentication</c> or <c>meeting_security</c>.</param>
    /// <param name="customQueryFields">Comma-separated setting names to return only those.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/users/{userId}/settings")]
    Task<UserSettings> GetUserSettingsAsync(
        string userId,
        [AliasAs("login_type")] int? loginType = null,
        string? option = null,
        [AliasAs("custom_query_fields")] string? customQueryFields = null,
        CancellationToken cancellationToken = default);
}
