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

    /// <summary>
    /// Uploads a user's profile picture (multipart, field <c>pic_file</c>; JPG/JPEG, GIF or PNG up to 2 MB).
    /// Zoom operation <c>userPicture</c>: <c>POST /users/{userId}/picture</c> (MEDIUM).
    /// </summary>
    /// <param name="userId">User id, email or <c>me</c>.</param>
    /// <param name="picFile">The picture, e.g. <c>new StreamPart(stream, "me.png", "image/png")</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Multipart]
    [Post("/users/{userId}/picture")]
    Task UploadUserPictureAsync(string userId, [AliasAs("pic_file")] StreamPart picFile, CancellationToken cancellationToken = default);

    /// <summary>
    /// Uploads a virtual background file for a user (multipart, field <c>file</c>).
    /// Zoom operation <c>uploadVBuser</c>: <c>POST /users/{userId}/settings/virtual_backgrounds</c> (MEDIUM).
    /// </summary>
    /// <param name="userId">User id, email or <c>me</c>.</param>
    /// <param name="file">The image or video, e.g. <c>new ByteArrayPart(bytes, "beach.jpg", "image/jpeg")</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Multipart]
    [Post("/users/{userId}/settings/virtual_backgrounds")]
    Task<UserVirtualBackgroundUploaded> UploadUserVirtualBackgroundAsync(string userId, [AliasAs("file")] ByteArrayPart file, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets a user's presence status. Zoom operation <c>getUserPresenceStatus</c>: <c>GET /users/{userId}/presence_status</c>
    /// (rate-limit label unconfirmed; not in the bundled specs).
    /// </summary>
    /// <param name="userId">User id, email or <c>me</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/users/{userId}/presence_status")]
    Task<UserPresence> GetUserPresenceStatusAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists a user's AI Companion meeting summary templates. Zoom operation <c>Getmeetingsummarytemplates</c>:
    /// <c>GET /users/{userId}/meeting_summary_templates</c> (rate-limit label unconfirmed; not in the bundled specs).
    /// </summary>
    /// <param name="userId">User id, email or <c>me</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/users/{userId}/meeting_summary_templates")]
    Task<MeetingAiSummaryTemplateList> ListMeetingSummaryTemplatesAsync(string userId, CancellationToken cancellationToken = default);

    // ---- Operations added for full coverage (issue 8); their models follow the spec field by field. ----

    /// <summary>Bulk update feature. Zoom operation <c>bulkUpdateFeature</c>: <c>POST /users/features</c> (MEDIUM).</summary>
    /// <param name="request">The request body.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Post("/users/features")]
    Task<UserFeatureBulkUpdateResult> BulkUpdateUserFeatureAsync(
        [Body] UserFeatureBulkUpdateRequest request,
        CancellationToken cancellationToken = default);

    /// <summary>Get the user's ZAK. Zoom operation <c>userZak</c>: <c>GET /users/me/zak</c> (LIGHT).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/users/me/zak")]
    Task<UserZak> GetMyZakAsync(
        CancellationToken cancellationToken = default);

    /// <summary>Get user summary. Zoom operation <c>userSummary</c>: <c>GET /users/summary</c> (MEDIUM).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/users/summary")]
    Task<UserSummary> GetUserSummaryAsync(
        CancellationToken cancellationToken = default);

    /// <summary>Check a user's PM room. Zoom operation <c>userVanityName</c>: <c>GET /users/vanity_name</c> (LIGHT).</summary>
    /// <param name="vanityName">Personal meeting room name.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/users/vanity_name")]
    Task<UserVanityNameCheck> CheckUserVanityNameAsync(
        [AliasAs("vanity_name")] string vanityName,
        CancellationToken cancellationToken = default);

    /// <summary>List user assistants. Zoom operation <c>userAssistants</c>: <c>GET /users/{userId}/assistants</c> (MEDIUM).</summary>
    /// <param name="userId">User id, email or <c>me</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/users/{userId}/assistants")]
    Task<UserAssistantList> ListUserAssistantsAsync(
        string userId,
        CancellationToken cancellationToken = default);

    /// <summary>Add assistants. Zoom operation <c>userAssistantCreate</c>: <c>POST /users/{userId}/assistants</c> (MEDIUM).</summary>
    /// <param name="userId">User id, email or <c>me</c>.</param>
    /// <param name="request">The request body.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Post("/users/{userId}/assistants")]
    Task<UserAssistantsAdded> AddUserAssistantsAsync(
        string userId,
        [Body] UserAssistantsAddRequest request,
        CancellationToken cancellationToken = default);

    /// <summary>Delete user assistants. Zoom operation <c>userAssistantsDelete</c>: <c>DELETE /users/{userId}/assistants</c> (LIGHT).</summary>
    /// <param name="userId">User id, email or <c>me</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Delete("/users/{userId}/assistants")]
    Task DeleteUserAssistantsAsync(
        string userId,
        CancellationToken cancellationToken = default);

    /// <summary>Delete a user assistant. Zoom operation <c>userAssistantDelete</c>: <c>DELETE /users/{userId}/assistants/{assistantId}</c> (LIGHT).</summary>
    /// <param name="userId">User id, email or <c>me</c>.</param>
    /// <param name="assistantId">Assistant ID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Delete("/users/{userId}/assistants/{assistantId}")]
    Task DeleteUserAssistantAsync(
        string userId,
        string assistantId,
        CancellationToken cancellationToken = default);

    /// <summary>List a user's collaboration devices. Zoom operation <c>listCollaborationDevices</c>: <c>GET /users/{userId}/collaboration_devices</c> (MEDIUM).</summary>
    /// <param name="userId">User id, email or <c>me</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/users/{userId}/collaboration_devices")]
    Task<UserCollaborationDeviceList> ListCollaborationDevicesAsync(
        string userId,
        CancellationToken cancellationToken = default);

    /// <summary>Get collaboration device detail. Zoom operation <c>getCollaborationDevice</c>: <c>GET /users/{userId}/collaboration_devices/{collaborationDeviceId}</c> (MEDIUM).</summary>
    /// <param name="userId">User id, email or <c>me</c>.</param>
    /// <param name="collaborationDeviceId">The collaboration deviceId.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/users/{userId}/collaboration_devices/{collaborationDeviceId}")]
    Task<UserCollaborationDevice> GetCollaborationDeviceAsync(
        string userId,
        string collaborationDeviceId,
        CancellationToken cancellationToken = default);

    /// <summary>Update a user's email. Zoom operation <c>userEmailUpdate</c>: <c>PUT /users/{userId}/email</c> (LIGHT).</summary>
    /// <param name="userId">User id, email or <c>me</c>.</param>
    /// <param name="request">The request body.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Put("/users/{userId}/email")]
    Task UpdateUserEmailAsync(
        string userId,
        [Body] UserEmailUpdateRequest request,
        CancellationToken cancellationToken = default);

    /// <summary>Get meeting template detail. Zoom operation <c>getUserMeetingTemplates</c>: <c>GET /users/{userId}/meeting_templates/{meetingTemplateId}</c> (MEDIUM).</summary>
    /// <param name="userId">User id, email or <c>me</c>.</param>
    /// <param name="meetingTemplateId">The meeting template ID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/users/{userId}/meeting_templates/{meetingTemplateId}")]
    Task<MeetingTemplateDetails> GetUserMeetingTemplateAsync(
        string userId,
        string meetingTemplateId,
        CancellationToken cancellationToken = default);

    /// <summary>Update a user's password. Zoom operation <c>userPassword</c>: <c>PUT /users/{userId}/password</c> (MEDIUM).</summary>
    /// <param name="userId">User id, email or <c>me</c>.</param>
    /// <param name="request">The request body.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Put("/users/{userId}/password")]
    Task UpdateUserPasswordAsync(
        string userId,
        [Body] UserPasswordUpdateRequest request,
        CancellationToken cancellationToken = default);

    /// <summary>Get user permissions. Zoom operation <c>userPermission</c>: <c>GET /users/{userId}/permissions</c> (LIGHT).</summary>
    /// <param name="userId">User id, email or <c>me</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/users/{userId}/permissions")]
    Task<UserPermissions> GetUserPermissionsAsync(
        string userId,
        CancellationToken cancellationToken = default);

    /// <summary>Delete a user's profile picture. Zoom operation <c>userPictureDelete</c>: <c>DELETE /users/{userId}/picture</c> (MEDIUM).</summary>
    /// <param name="userId">User id, email or <c>me</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Delete("/users/{userId}/picture")]
    Task DeleteUserPictureAsync(
        string userId,
        CancellationToken cancellationToken = default);

    /// <summary>Update a user's presence status. Zoom operation <c>updatePresenceStatus</c>: <c>PUT /users/{userId}/presence_status</c> (MEDIUM).</summary>
    /// <param name="userId">User id, email or <c>me</c>.</param>
    /// <param name="request">The request body.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Put("/users/{userId}/presence_status")]
    Task UpdateUserPresenceStatusAsync(
        string userId,
        [Body] UserPresenceStatusUpdateRequest request,
        CancellationToken cancellationToken = default);

    /// <summary>List user schedulers. Zoom operation <c>userSchedulers</c>: <c>GET /users/{userId}/schedulers</c> (MEDIUM).</summary>
    /// <param name="userId">User id, email or <c>me</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/users/{userId}/schedulers")]
    Task<UserSchedulerList> ListUserSchedulersAsync(
        string userId,
        CancellationToken cancellationToken = default);

    /// <summary>Delete user schedulers. Zoom operation <c>userSchedulersDelete</c>: <c>DELETE /users/{userId}/schedulers</c> (LIGHT).</summary>
    /// <param name="userId">User id, email or <c>me</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Delete("/users/{userId}/schedulers")]
    Task DeleteUserSchedulersAsync(
        string userId,
        CancellationToken cancellationToken = default);

    /// <summary>Delete a scheduler. Zoom operation <c>userSchedulerDelete</c>: <c>DELETE /users/{userId}/schedulers/{schedulerId}</c> (LIGHT).</summary>
    /// <param name="userId">User id, email or <c>me</c>.</param>
    /// <param name="schedulerId">Scheduler's ID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Delete("/users/{userId}/schedulers/{schedulerId}")]
    Task DeleteUserSchedulerAsync(
        string userId,
        string schedulerId,
        CancellationToken cancellationToken = default);

    /// <summary>Update user settings. Zoom operation <c>userSettingsUpdate</c>: <c>PATCH /users/{userId}/settings</c> (MEDIUM).</summary>
    /// <param name="userId">User id, email or <c>me</c>.</param>
    /// <param name="request">The request body.</param>
    /// <param name="option">Optional query parameters. Values: <c>meeting_authentication</c>, <c>recording_authentication</c>, <c>meeting_security</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Patch("/users/{userId}/settings")]
    Task UpdateUserSettingsAsync(
        string userId,
        [Body] UserSettingsUpdateRequest request,
        string? option = null,
        CancellationToken cancellationToken = default);

    /// <summary>Delete Virtual Background files. Zoom operation <c>delUserVB</c>: <c>DELETE /users/{userId}/settings/virtual_backgrounds</c> (LIGHT).</summary>
    /// <param name="userId">User id, email or <c>me</c>.</param>
    /// <param name="fileIds">A comma-separated list of the Virtual Background file IDs to delete.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Delete("/users/{userId}/settings/virtual_backgrounds")]
    Task DeleteUserVirtualBackgroundsAsync(
        string userId,
        [AliasAs("file_ids")] string? fileIds = null,
        CancellationToken cancellationToken = default);

    /// <summary>Get a user's token. Zoom operation <c>userToken</c>: <c>GET /users/{userId}/token</c> (LIGHT).</summary>
    /// <param name="userId">User id, email or <c>me</c>.</param>
    /// <param name="type">The user token type. Values: <c>token</c>, <c>zak</c>.</param>
    /// <param name="ttl">The ZAK expiration time to live (TTL), in seconds.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/users/{userId}/token")]
    Task<UserToken> GetUserTokenAsync(
        string userId,
        string? type = null,
        int? ttl = null,
        CancellationToken cancellationToken = default);

    /// <summary>Revoke a user's SSO token. Zoom operation <c>userSSOTokenDelete</c>: <c>DELETE /users/{userId}/token</c> (LIGHT).</summary>
    /// <param name="userId">User id, email or <c>me</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Delete("/users/{userId}/token")]
    Task RevokeUserSsoTokenAsync(
        string userId,
        CancellationToken cancellationToken = default);
}
