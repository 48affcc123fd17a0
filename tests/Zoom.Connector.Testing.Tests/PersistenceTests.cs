using System.Net;
using System.Net.Http.Json;
using NUnit.Framework;
using Zoom.Connector.Models;

namespace Zoom.Connector.Testing.Tests;

[TestFixture]
public sealed class PersistenceTests
{
    private string _folder = null!;
    private readonly List<EmulatorHost> _hosts = [];

    [SetUp]
    public void SetUp() => _folder = Path.Combine(Path.GetTempPath(), "zoom-emulator-tests", Guid.NewGuid().ToString("N"));

    [TearDown]
    public void TearDown()
    {
        foreach (var host in _hosts)
        {
            host.Dispose();
        }

        _hosts.Clear();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private EmulatorHost NewHost(Action<ZoomEmulatorOptions>? configure = null)
    {
        var host = EmulatorHost.Create(o =>
        {
            o.DataPath = _folder;
            configure?.Invoke(o);
        });
        _hosts.Add(host);
        return host;
    }

    private static MeetingCreateRequest Request(string topic) => new()
    {
        Topic = topic,
        Type = MeetingType.Scheduled,
        StartTime = new DateTime(2026, 12, 3, 9, 0, 0),
        Duration = 30,
        Timezone = "Europe/Paris",
    };

    [Test]
    public async Task CreateMeeting_NewEmulatorOverSameFolder_ShowsItWithInvitationAndInList()
    {
        var created = await NewHost().Meetings.CreateMeetingAsync("me", Request("Kept across processes"));

        var next = NewHost();
        var read = await next.Meetings.GetMeetingAsync(created.Id);
        var invitation = await next.Meetings.GetMeetingInvitationAsync(created.Id);
        var listed = await next.Meetings.ListMeetingsAsync("me", type: MeetingListType.Scheduled, pageSize: 300);

        Assert.That(read.Topic, Is.EqualTo("Kept across processes"));
        Assert.That(read.StartTime, Is.EqualTo(created.StartTime));
        Assert.That(read.Password, Is.EqualTo(created.Password));
        Assert.That(invitation.Invitation, Does.Contain("Kept across processes"));
        Assert.That(listed.Meetings!.Select(m => m.Id), Does.Contain(created.Id));
    }

    [Test]
    public async Task Changes_TwoLiveEmulatorsOverOneFolder_EachSeesTheOthersChanges()
    {
        var first = NewHost();
        var second = NewHost();

        var a = await first.Meetings.CreateMeetingAsync("me", Request("From the first"));
        var b = await second.Meetings.CreateMeetingAsync("me", Request("From the second"));
        await second.Meetings.DeleteMeetingAsync(a.Id);

        Assert.That(b.Id, Is.Not.EqualTo(a.Id));
        Assert.That(first.Emulator.FindMeeting(b.Id)?.Topic, Is.EqualTo("From the second"));
        Assert.That(first.Emulator.IsMeetingDeleted(a.Id), Is.True);
        Assert.That(second.Emulator.FindMeeting(a.Id)?.Topic, Is.EqualTo("From the first"));
    }

    [Test]
    public async Task CreateMeeting_ConcurrentWritersOverOneFolder_LosesNoMeeting()
    {
        var first = NewHost();
        var second = NewHost();

        var creates = Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? first : second).Meetings.CreateMeetingAsync("me", Request($"Concurrent {i}")));
        var created = await Task.WhenAll(creates);

        var reader = NewHost();
        var kept = reader.Emulator.Meetings.Where(m => m.Topic!.StartsWith("Concurrent ", StringComparison.Ordinal)).Select(m => m.Id).ToList();
        Assert.That(created.Select(m => m.Id).Distinct().Count(), Is.EqualTo(20));
        Assert.That(kept, Is.EquivalentTo(created.Select(m => m.Id)));
    }

    [Test]
    public void Lock_HeldByOneStore_ExcludesAnotherOpenOfTheLockFile()
    {
        var store = new EmulatorStore(_folder);

        using (store.Lock())
        {
            Assert.That(() => new FileStream(store.LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None), Throws.InstanceOf<IOException>());
        }

        using var again = new FileStream(store.LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        Assert.That(again.CanWrite, Is.True);
    }

    [Test]
    public async Task UserAndTokenChanges_NewEmulator_KeepsThem()
    {
        var host = NewHost();
        var added = host.Emulator.AddUser("new.hire@example.com", "New", "Hire");
        await host.Users.UpdateUserStatusAsync(host.Emulator.Users[1].Id!, UserStatusRequest.Deactivate);
        var token = host.Emulator.IssueAccessToken(added.Id!);

        var next = NewHost();
        using var raw = next.Raw(token);
        var me = await raw.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>("users/me");

        Assert.That(next.Emulator.FindUser("new.hire@example.com")?.Id, Is.EqualTo(added.Id));
        Assert.That(next.Emulator.Users[1].Status, Is.EqualTo(UserStatus.Inactive));
        Assert.That(me!["email"]!.GetValue<string>(), Is.EqualTo("new.hire@example.com"));
    }

    [Test]
    public async Task TrashedRecordingAndDeletedOccurrence_NewEmulator_KeepsThem()
    {
        var host = NewHost();
        var recording = host.Emulator.Recordings[0];
        await host.Recordings.DeleteMeetingRecordingsAsync(recording.Uuid!);
        var weekly = host.Emulator.Meetings.First(m => m.Type == MeetingType.RecurringFixedTime && m.HostId == host.Emulator.AdminUserId);
        var occurrence = weekly.Occurrences![1].OccurrenceId!;
        await host.Meetings.DeleteMeetingAsync(weekly.Id, occurrenceId: occurrence);

        var next = NewHost();
        Assert.That(next.Emulator.Recordings.Select(r => r.Uuid), Does.Not.Contain(recording.Uuid));
        var kept = next.Emulator.FindMeeting(weekly.Id)!.Occurrences!.Single(o => o.OccurrenceId == occurrence);
        Assert.That(kept.Status, Is.EqualTo(OccurrenceStatus.Deleted));
    }

    [Test]
    public async Task StateFile_AfterChange_IsOwnerOnlyAndNoTempFileRemains()
    {
        await NewHost().Meetings.CreateMeetingAsync("me", Request("Perms"));

        var state = Path.Combine(_folder, "state.json");
        Assert.That(File.Exists(state), Is.True);
        Assert.That(Directory.GetFiles(_folder, "*.tmp"), Is.Empty);
        if (!OperatingSystem.IsWindows())
        {
            Assert.That(File.GetUnixFileMode(state), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
            Assert.That(File.GetUnixFileMode(_folder) & (UnixFileMode.GroupRead | UnixFileMode.OtherRead), Is.EqualTo(UnixFileMode.None));
        }
    }

    [Test]
    public void Start_CorruptStateFile_NamesFileAndResetAndLeavesItAlone()
    {
        Directory.CreateDirectory(_folder);
        var state = Path.Combine(_folder, "state.json");
        File.WriteAllText(state, "{\"format_version\":1,\"version\":3,\"users\":[{");

        var error = Assert.Throws<ZoomEmulatorStateException>(() => new ZoomEmulator(new ZoomEmulatorOptions { DataPath = _folder }))!;

        Assert.That(error.StatePath, Is.EqualTo(state));
        Assert.That(error.Message, Does.Contain(state).And.Contain("corrupt").And.Contain("--reset"));
        Assert.That(File.ReadAllText(state), Is.EqualTo("{\"format_version\":1,\"version\":3,\"users\":[{"));
    }

    [Test]
    public void Start_NewerFormatStateFile_RefusesWithClearError()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "state.json"), "{\"format_version\":99,\"version\":1}");

        var error = Assert.Throws<ZoomEmulatorStateException>(() => new ZoomEmulator(new ZoomEmulatorOptions { DataPath = _folder }))!;

        Assert.That(error.Message, Does.Contain("newer version").And.Contain("format 99").And.Contain("--reset"));
    }

    [Test]
    public void Start_FolderMadeWithOtherSeed_RefusesAndNamesBothSettings()
    {
        _ = new ZoomEmulator(new ZoomEmulatorOptions { DataPath = _folder, Seed = 1 });

        var error = Assert.Throws<ZoomEmulatorStateException>(() => new ZoomEmulator(new ZoomEmulatorOptions { DataPath = _folder, Seed = 7 }))!;

        Assert.That(error.Message, Does.Contain("Seed 1").And.Contain("Seed 7"));
    }

    [Test]
    public async Task ResetDataFolder_CorruptOrChangedState_NextEmulatorStartsFresh()
    {
        var created = await NewHost().Meetings.CreateMeetingAsync("me", Request("Gone after reset"));
        File.AppendAllText(Path.Combine(_folder, "state.json"), "garbage");

        ZoomEmulator.ResetDataFolder(_folder);

        var fresh = new ZoomEmulator(new ZoomEmulatorOptions { DataPath = _folder });
        Assert.That(fresh.FindMeeting(created.Id), Is.Null);
        Assert.That(fresh.Users, Has.Count.EqualTo(25));
    }

    [Test]
    public async Task Reset_LiveEmulator_OtherEmulatorOverFolderSeesFreshAccount()
    {
        var first = NewHost();
        var second = NewHost();
        var created = await first.Meetings.CreateMeetingAsync("me", Request("Reset me"));

        second.Emulator.Reset();

        Assert.That(first.Emulator.FindMeeting(created.Id), Is.Null);
        var response = await first.Raw().GetAsync($"meetings/{created.Id}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public void SeededContent_NewEmulatorOverSameFolder_IsTheSameAccount()
    {
        var first = new ZoomEmulator(new ZoomEmulatorOptions { DataPath = _folder });
        var meetings = first.Meetings.Select(m => (m.Id, m.Topic, m.StartTime, m.Password)).ToList();

        var second = new ZoomEmulator(new ZoomEmulatorOptions { DataPath = _folder });

        Assert.That(second.Meetings.Select(m => (m.Id, m.Topic, m.StartTime, m.Password)), Is.EqualTo(meetings));
        Assert.That(second.Users.Select(u => u.Email), Is.EqualTo(first.Users.Select(u => u.Email)));
    }
}
