using System.Net;
using NUnit.Framework;
using Zoom.Connector.Api;
using Zoom.Connector.Models;
using Zoom.Connector.Tests.Infrastructure;

namespace Zoom.Connector.Tests;

public sealed class UsersApiTests : ApiTestBase
{
    private static IZoomUsersApi Users(ZoomTestHost host) => host.Get<IZoomUsersApi>();

    [Test]
    public async Task ListUsers_WithFilters_SendsQueryAndReadsPage()
    {
        var (request, page) = await SendAsync(
            h => Users(h).ListUsersAsync(UserStatus.Active, pageSize: 2, roleId: "0", nextPageToken: "abc", includeFields: "custom_attributes"),
            "users-page1.json");

        Assert.That(request.Method, Is.EqualTo(HttpMethod.Get));
        Assert.That(request.PathAndQuery, Is.EqualTo("/v2/users?status=active&page_size=2&role_id=0&next_page_token=abc&include_fields=custom_attributes"));
        Assert.That(page.NextPageToken, Is.EqualTo("tok-page-2"));
        Assert.That(page.TotalRecords, Is.EqualTo(3));
        Assert.That(page.Users, Has.Count.EqualTo(2));
        var jill = page.Users![0];
        Assert.That(jill.Id, Is.EqualTo("KDcuGIm1QgePTO8WbOqwIQ"));
        Assert.That(jill.Type, Is.EqualTo(UserType.Licensed));
        Assert.That(jill.Status, Is.EqualTo(UserStatus.Active));
        Assert.That(jill.Pmi, Is.EqualTo(3542471135L));
        Assert.That(jill.CreatedAt, Is.EqualTo(new DateTimeOffset(2019, 6, 1, 7, 58, 3, TimeSpan.Zero)));
        Assert.That(page.Users[1].AdditionalProperties, Does.ContainKey("some_field_zoom_added_later"));
    }

    [Test]
    public async Task CreateUser_SendsActionAndUserInfo()
    {
        var (request, created) = await SendAsync(
            h => Users(h).CreateUserAsync(new UserCreateRequest
            {
                Action = "create",
                UserInfo = new UserCreateInfo { Email = "jchill@example.com", Type = UserType.Basic, FirstName = "Jill", LastName = "Chill" },
            }),
            "user-created.json",
            HttpStatusCode.Created);

        Assert.That(request.Method, Is.EqualTo(HttpMethod.Post));
        Assert.That(request.PathAndQuery, Is.EqualTo("/v2/users"));
        Assert.That(request.TopLevelNames, Is.EquivalentTo(new[] { "action", "user_info" }));
        var info = request.Json.GetProperty("user_info");
        Assert.That(info.GetProperty("email").GetString(), Is.EqualTo("jchill@example.com"));
        Assert.That(info.GetProperty("type").GetInt32(), Is.EqualTo(1));
        Assert.That(info.GetProperty("first_name").GetString(), Is.EqualTo("Jill"));
        Assert.That(info.TryGetProperty("password", out _), Is.False, "unset fields are not sent");
        Assert.That(created.Id, Is.EqualTo("KDcuGIm1QgePTO8WbOqwIQ"));
    }

    [Test]
    public async Task GetUser_ByEmail_EscapesPathAndReadsAllFields()
    {
        var (request, user) = await SendAsync(h => Users(h).GetUserAsync("jchill@example.com", loginType: 100), "user.json");

        Assert.That(request.Method, Is.EqualTo(HttpMethod.Get));
        Assert.That(request.PathAndQuery, Is.EqualTo("/v2/users/jchill%40example.com?login_type=100"));
        Assert.That(user.AccountNumber, Is.EqualTo(10009239));
        Assert.That(user.HostKey, Is.EqualTo("533895"));
        Assert.That(user.Status, Is.EqualTo(UserStatus.Pending));
        Assert.That(user.LoginTypes, Is.EqualTo(new[] { 1, 100 }));
        Assert.That(user.ToString(), Does.Not.Contain("533895"), "the host key is a secret");
    }

    [Test]
    public async Task UpdateUser_SendsPatchWithOnlySetFields()
    {
        var request = await SendAsync(h => Users(h).UpdateUserAsync("me", new UserUpdateRequest { FirstName = "Jo", Timezone = "Europe/Paris" }));

        Assert.That(request.Method, Is.EqualTo(HttpMethod.Patch));
        Assert.That(request.PathAndQuery, Is.EqualTo("/v2/users/me"));
        Assert.That(request.TopLevelNames, Is.EquivalentTo(new[] { "first_name", "timezone" }));
    }

    [Test]
    public async Task DeleteUser_WithTransfer_SendsQuery()
    {
        var request = await SendAsync(h => Users(h).DeleteUserAsync("u1", action: "delete", transferEmail: "boss@example.com", transferMeeting: true));

        Assert.That(request.Method, Is.EqualTo(HttpMethod.Delete));
        Assert.That(request.PathAndQuery, Is.EqualTo("/v2/users/u1?action=delete&transfer_email=boss%40example.com&transfer_meeting=true"));
    }

    [Test]
    public async Task CheckUserEmail_SendsEmailQuery()
    {
        var (request, check) = await SendAsync(h => Users(h).CheckUserEmailAsync("a+b@example.com"), "user-email.json");
        Assert.That(request.PathAndQuery, Is.EqualTo("/v2/users/email?email=a%2Bb%40example.com"));
        Assert.That(check.ExistedEmail, Is.True);
    }

    [Test]
    public async Task UpdateUserStatus_SendsAction()
    {
        var request = await SendAsync(h => Users(h).UpdateUserStatusAsync("u1", UserStatusRequest.Deactivate));

        Assert.That(request.Method, Is.EqualTo(HttpMethod.Put));
        Assert.That(request.PathAndQuery, Is.EqualTo("/v2/users/u1/status"));
        Assert.That(request.Body, Is.EqualTo("{\"action\":\"deactivate\"}"));
    }

    [Test]
    public async Task GetUserSettings_KeepsEveryGroup()
    {
        var (request, settings) = await SendAsync(h => Users(h).GetUserSettingsAsync("me", option: "meeting_security"), "user-settings.json");

        Assert.That(request.PathAndQuery, Is.EqualTo("/v2/users/me/settings?option=meeting_security"));
        Assert.That(settings.ScheduleMeeting!.Value.GetProperty("host_video").GetBoolean(), Is.True);
        Assert.That(settings.Feature!.Value.GetProperty("meeting_capacity").GetInt32(), Is.EqualTo(100));
        Assert.That(settings.AdditionalProperties, Does.ContainKey("a_group_zoom_added_later"));
    }
}
