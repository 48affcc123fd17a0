using System.Net;
using NUnit.Framework;
using Zoom.Connector.Api;
using Zoom.Connector.Models;

namespace Zoom.Connector.Tests.Coverage;

/// <summary>One MockHttp test per Users operation added for issue 8: method, path, query, body names and the response.</summary>
public sealed class UsersCoverageTests : CoverageTestBase
{
    private static readonly OperationCase[] Cases =
    [
        new("bulkUpdateFeature", h => Run(h.Get<IZoomUsersApi>().BulkUpdateUserFeatureAsync(Body<UserFeatureBulkUpdateRequest>("bulkUpdateFeature.request.json"))), "POST", "/v2/users/features", "bulkUpdateFeature.request.json", "bulkUpdateFeature.json", HttpStatusCode.Created),
        new("userZak", h => Run(h.Get<IZoomUsersApi>().GetMyZakAsync()), "GET", "/v2/users/me/zak", null, "userZak.json", HttpStatusCode.OK),
        new("userSummary", h => Run(h.Get<IZoomUsersApi>().GetUserSummaryAsync()), "GET", "/v2/users/summary", null, "userSummary.json", HttpStatusCode.OK),
        new("userVanityName", h => Run(h.Get<IZoomUsersApi>().CheckUserVanityNameAsync("jill.chill")), "GET", "/v2/users/vanity_name?vanity_name=jill.chill", null, "userVanityName.json", HttpStatusCode.OK),
        new("userAssistants", h => Run(h.Get<IZoomUsersApi>().ListUserAssistantsAsync("me")), "GET", "/v2/users/me/assistants", null, "userAssistants.json", HttpStatusCode.OK),
        new("userAssistantCreate", h => Run(h.Get<IZoomUsersApi>().AddUserAssistantsAsync("me", Body<UserAssistantsAddRequest>("userAssistantCreate.request.json"))), "POST", "/v2/users/me/assistants", "userAssistantCreate.request.json", "userAssistantCreate.json", HttpStatusCode.Created),
        new("userAssistantsDelete", h => Run(h.Get<IZoomUsersApi>().DeleteUserAssistantsAsync("me")), "DELETE", "/v2/users/me/assistants", null, null, HttpStatusCode.NoContent),
        new("userAssistantDelete", h => Run(h.Get<IZoomUsersApi>().DeleteUserAssistantAsync("me", "asst-1")), "DELETE", "/v2/users/me/assistants/asst-1", null, null, HttpStatusCode.NoContent),
        new("listCollaborationDevices", h => Run(h.Get<IZoomUsersApi>().ListCollaborationDevicesAsync("me")), "GET", "/v2/users/me/collaboration_devices", null, "listCollaborationDevices.json", HttpStatusCode.OK),
        new("getCollaborationDevice", h => Run(h.Get<IZoomUsersApi>().GetCollaborationDeviceAsync("me", "dev-1")), "GET", "/v2/users/me/collaboration_devices/dev-1", null, "getCollaborationDevice.json", HttpStatusCode.OK),
        new("userEmailUpdate", h => Run(h.Get<IZoomUsersApi>().UpdateUserEmailAsync("me", Body<UserEmailUpdateRequest>("userEmailUpdate.request.json"))), "PUT", "/v2/users/me/email", "userEmailUpdate.request.json", null, HttpStatusCode.NoContent),
        new("getUserMeetingTemplates", h => Run(h.Get<IZoomUsersApi>().GetUserMeetingTemplateAsync("me", "tpl-1")), "GET", "/v2/users/me/meeting_templates/tpl-1", null, "getUserMeetingTemplates.json", HttpStatusCode.OK),
        new("userPassword", h => Run(h.Get<IZoomUsersApi>().UpdateUserPasswordAsync("me", Body<UserPasswordUpdateRequest>("userPassword.request.json"))), "PUT", "/v2/users/me/password", "userPassword.request.json", null, HttpStatusCode.NoContent),
        new("userPermission", h => Run(h.Get<IZoomUsersApi>().GetUserPermissionsAsync("me")), "GET", "/v2/users/me/permissions", null, "userPermission.json", HttpStatusCode.OK),
        new("userPictureDelete", h => Run(h.Get<IZoomUsersApi>().DeleteUserPictureAsync("me")), "DELETE", "/v2/users/me/picture", null, null, HttpStatusCode.NoContent),
        new("updatePresenceStatus", h => Run(h.Get<IZoomUsersApi>().UpdateUserPresenceStatusAsync("me", Body<UserPresenceStatusUpdateRequest>("updatePresenceStatus.request.json"))), "PUT", "/v2/users/me/presence_status", "updatePresenceStatus.request.json", null, HttpStatusCode.NoContent),
        new("userSchedulers", h => Run(h.Get<IZoomUsersApi>().ListUserSchedulersAsync("me")), "GET", "/v2/users/me/schedulers", null, "userSchedulers.json", HttpStatusCode.OK),
        new("userSchedulersDelete", h => Run(h.Get<IZoomUsersApi>().DeleteUserSchedulersAsync("me")), "DELETE", "/v2/users/me/schedulers", null, null, HttpStatusCode.NoContent),
        new("userSchedulerDelete", h => Run(h.Get<IZoomUsersApi>().DeleteUserSchedulerAsync("me", "sched-1")), "DELETE", "/v2/users/me/schedulers/sched-1", null, null, HttpStatusCode.NoContent),
        new("userSettingsUpdate", h => Run(h.Get<IZoomUsersApi>().UpdateUserSettingsAsync("me", Body<UserSettingsUpdateRequest>("userSettingsUpdate.request.json"), option: "meeting_authentication")), "PATCH", "/v2/users/me/settings?option=meeting_authentication", "userSettingsUpdate.request.json", null, HttpStatusCode.NoContent),
        new("delUserVB", h => Run(h.Get<IZoomUsersApi>().DeleteUserVirtualBackgroundsAsync("me", fileIds: "f1,f2")), "DELETE", "/v2/users/me/settings/virtual_backgrounds?file_ids=f1%2Cf2", null, null, HttpStatusCode.NoContent),
        new("userToken", h => Run(h.Get<IZoomUsersApi>().GetUserTokenAsync("me", type: "token", ttl: 30)), "GET", "/v2/users/me/token?type=token&ttl=30", null, "userToken.json", HttpStatusCode.OK),
        new("userSSOTokenDelete", h => Run(h.Get<IZoomUsersApi>().RevokeUserSsoTokenAsync("me")), "DELETE", "/v2/users/me/token", null, null, HttpStatusCode.NoContent),
    ];

    [TestCaseSource(nameof(Cases))]
    public Task Operation_SendsSpecRequest_ReadsResponse(OperationCase operation) => VerifyAsync(operation);
}
