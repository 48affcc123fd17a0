using System.Net;
using NUnit.Framework;
using Zoom.Connector.Http;
using Zoom.Connector.Models;

namespace Zoom.Connector.Testing.Tests;

[TestFixture]
public sealed class UsersTests
{
    private EmulatorHost _host = null!;

    [SetUp]
    public void SetUp() => _host = EmulatorHost.Create(o => o.UserCount = 60);

    [TearDown]
    public void TearDown() => _host.Dispose();

    [Test]
    public async Task ListUsers_DefaultStatus_PagesThroughEveryActiveUser()
    {
        var seen = new List<ZoomUser>();
        string? token = null;
        do
        {
            var page = await _host.Users.ListUsersAsync(pageSize: 10, nextPageToken: token);
            seen.AddRange(page.Users!);
            token = page.NextPageToken;
        }
        while (!string.IsNullOrEmpty(token));

        var active = _host.Emulator.Users.Where(u => u.Status == UserStatus.Active).ToList();
        Assert.That(seen.Select(u => u.Id), Is.EqualTo(active.Select(u => u.Id)));
        Assert.That(seen, Has.All.Matches<ZoomUser>(u => u.Status == UserStatus.Active));
        Assert.That(active, Has.Count.LessThan(60));
    }

    [Test]
    public async Task ListUsers_PendingStatus_UsersHaveNoId()
    {
        var page = await _host.Users.ListUsersAsync(UserStatus.Pending);

        Assert.That(page.Users, Is.Not.Empty);
        Assert.That(page.Users!.Select(u => u.Id), Has.All.Null);
    }

    [Test]
    public async Task GetUser_Me_ResolvesToTheAccountOwner()
    {
        var me = await _host.Users.GetUserAsync("me");

        Assert.That(me.Id, Is.EqualTo(_host.Emulator.AdminUserId));
        Assert.That(me.RoleName, Is.EqualTo("Owner"));
    }

    [Test]
    public async Task GetUser_ByEmail_ReturnsTheUser()
    {
        var expected = _host.Emulator.Users[3];
        var user = await _host.Users.GetUserAsync(expected.Email!);

        Assert.That(user.Email, Is.EqualTo(expected.Email));
        Assert.That(user.FirstName, Is.EqualTo(expected.FirstName));
    }

    [Test]
    public void GetUser_Unknown_ThrowsCode1001()
    {
        var error = Assert.ThrowsAsync<ZoomApiException>(() => _host.Users.GetUserAsync("nobody@example.com"));

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(error.ZoomCode, Is.EqualTo(1001));
    }

    [Test]
    public async Task CreateUser_NewEmail_Returns201AndEmailCheckFindsIt()
    {
        var created = await _host.Users.CreateUserAsync(new UserCreateRequest
        {
            Action = "custCreate",
            UserInfo = new UserCreateInfo { Email = "new.person@example.com", Type = UserType.Basic, FirstName = "New", LastName = "Person" },
        });
        var check = await _host.Users.CheckUserEmailAsync("new.person@example.com");
        var fetched = await _host.Users.GetUserAsync(created.Id!);

        Assert.That(created.Email, Is.EqualTo("new.person@example.com"));
        Assert.That(check.ExistedEmail, Is.True);
        Assert.That(fetched.Status, Is.EqualTo(UserStatus.Active));
    }

    [Test]
    public void CreateUser_DuplicateEmail_ThrowsCode1005()
    {
        var existing = _host.Emulator.Users[1].Email!;
        var error = Assert.ThrowsAsync<ZoomApiException>(() => _host.Users.CreateUserAsync(new UserCreateRequest
        {
            Action = "create",
            UserInfo = new UserCreateInfo { Email = existing, Type = UserType.Basic },
        }));

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(error.ZoomCode, Is.EqualTo(1005));
    }

    [Test]
    public void CreateUser_InvalidEmail_ThrowsCode300WithFieldError()
    {
        var error = Assert.ThrowsAsync<ZoomApiException>(() => _host.Users.CreateUserAsync(new UserCreateRequest
        {
            Action = "create",
            UserInfo = new UserCreateInfo { Email = "not-an-email", Type = UserType.Basic },
        }));

        Assert.That(error!.ZoomCode, Is.EqualTo(300));
        Assert.That(error.FieldErrors.Select(f => f.Field), Does.Contain("user_info.email"));
    }

    [Test]
    public async Task UpdateUser_NewName_IsStored()
    {
        var id = _host.Emulator.Users[2].Id!;
        await _host.Users.UpdateUserAsync(id, new UserUpdateRequest { FirstName = "Renamed", Dept = "Research" });

        var user = await _host.Users.GetUserAsync(id);
        Assert.That(user.FirstName, Is.EqualTo("Renamed"));
        Assert.That(user.Dept, Is.EqualTo("Research"));
    }

    [Test]
    public async Task DeleteUser_ExistingUser_IsGone()
    {
        var id = _host.Emulator.Users[2].Id!;
        await _host.Users.DeleteUserAsync(id, action: "delete");

        var error = Assert.ThrowsAsync<ZoomApiException>(() => _host.Users.GetUserAsync(id));
        Assert.That(error!.ZoomCode, Is.EqualTo(1001));
        Assert.That(_host.Emulator.FindUser(id), Is.Null);
    }

    [Test]
    public async Task UpdateUserStatus_Deactivate_UserIsInactive()
    {
        var id = _host.Emulator.Users[2].Id!;
        await _host.Users.UpdateUserStatusAsync(id, UserStatusRequest.Deactivate);

        Assert.That((await _host.Users.GetUserAsync(id)).Status, Is.EqualTo(UserStatus.Inactive));
    }

    [Test]
    public async Task GetUserSettings_Me_ReturnsSettingGroups()
    {
        var settings = await _host.Users.GetUserSettingsAsync("me");

        Assert.That(settings.ScheduleMeeting!.Value.GetProperty("host_video").GetBoolean(), Is.True);
        Assert.That(settings.Recording!.Value.GetProperty("cloud_recording").GetBoolean(), Is.True);
    }

    [Test]
    public void Seed_SameSeed_GivesTheSameAccount()
    {
        var first = new ZoomEmulator(new ZoomEmulatorOptions { Seed = 42 }, _host.Time);
        var second = new ZoomEmulator(new ZoomEmulatorOptions { Seed = 42 }, _host.Time);
        var other = new ZoomEmulator(new ZoomEmulatorOptions { Seed = 43 }, _host.Time);

        Assert.That(second.Users.Select(u => u.Email), Is.EqualTo(first.Users.Select(u => u.Email)));
        Assert.That(second.Meetings.Select(m => (m.Id, m.Topic, m.StartTime)), Is.EqualTo(first.Meetings.Select(m => (m.Id, m.Topic, m.StartTime))));
        Assert.That(other.Users.Select(u => u.Id), Is.Not.EqualTo(first.Users.Select(u => u.Id)));
    }

    [Test]
    public async Task Seed_TwentyThousandUsers_GeneratesMeetingsOnlyForUsersThatAreTouched()
    {
        using var host = EmulatorHost.Create(o => o.UserCount = 20_000);
        var last = host.Emulator.Users.Last(u => u.Status == UserStatus.Active);
        var page = await host.Users.ListUsersAsync(pageSize: 300);
        var meetings = await host.Meetings.ListMeetingsAsync(last.Id!);

        Assert.That(host.Emulator.Users, Has.Count.EqualTo(20_000));
        Assert.That(page.Users, Has.Count.EqualTo(300));
        // Three generated meetings plus the two recorded ones (defaults MeetingsPerUser = 3, RecordingsPerUser = 2).
        Assert.That(meetings.Meetings, Has.Count.EqualTo(5));
        Assert.That(host.Emulator.MaterializedUserCount, Is.EqualTo(1));
    }

    [Test]
    public async Task ListUsers_LegacyPageNumber_ReturnsThatPage()
    {
        var first = await _host.Users.ListUsersAsync(pageSize: 5);
        var third = await _host.Users.ListUsersAsync(pageSize: 5, pageNumber: 3);
        var expected = _host.Emulator.Users.Where(u => u.Status == UserStatus.Active).Skip(10).Take(5).Select(u => u.Id);

        Assert.That(third.PageNumber, Is.EqualTo(3));
        Assert.That(third.Users!.Select(u => u.Id), Is.EqualTo(expected));
        Assert.That(first.PageCount, Is.EqualTo((first.TotalRecords + 4) / 5));
    }

    [Test]
    public void DeleteUser_AccountOwnerDirectly_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => _host.Emulator.DeleteUser(_host.Emulator.AdminUserId));
        Assert.That(_host.Emulator.FindUser(_host.Emulator.AdminUserId), Is.Not.Null);
    }
}
