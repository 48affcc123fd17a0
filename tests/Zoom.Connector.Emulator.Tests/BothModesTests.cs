using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Zoom.Connector.Api;
using Zoom.Connector.Models;

namespace Zoom.Connector.Emulator.Tests;

/// <summary>
/// One end-to-end scenario (list users, create a meeting, read it back, invitation) through the connector's real DI
/// registration, over the in-process emulator and over the standalone server: both paths must agree.
/// </summary>
[TestFixture]
public sealed class BothModesTests
{
    private static MeetingCreateRequest Request(string topic) => new()
    {
        Topic = topic,
        Type = MeetingType.Scheduled,
        StartTime = DateTime.UtcNow.Date.AddDays(3).AddHours(9),
        Duration = 45,
        Timezone = "Europe/Paris",
    };

    private static async Task<(int Users, Meeting Created, Meeting Read, string Invitation)> ScenarioAsync(IServiceProvider services)
    {
        var users = services.GetRequiredService<IZoomUsersApi>();
        var meetings = services.GetRequiredService<IZoomMeetingsApi>();
        var list = await users.ListUsersAsync(pageSize: 300);
        var created = await meetings.CreateMeetingAsync("me", Request("Both modes agree"));
        var read = await meetings.GetMeetingAsync(created.Id);
        var invitation = await meetings.GetMeetingInvitationAsync(created.Id);
        return (list.Users!.Count, created, read, invitation.Invitation!);
    }

    /// <summary>The connector configured only from the server's printed lines, as <c>export $(... | grep ^Zoom__)</c> would.</summary>
    internal static ServiceProvider ConnectorFor(RunningEmulatorServer server)
    {
        var settings = server.EnvironmentLines
            .Where(l => l.StartsWith("Zoom__", StringComparison.Ordinal))
            .Select(l => l.Split('=', 2))
            .ToDictionary(p => p[0].Replace("__", ":", StringComparison.Ordinal), p => (string?)p[1]);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddZoomConnector(configuration.GetSection("Zoom"));
        return services.BuildServiceProvider();
    }

    [Test]
    public async Task Scenario_InProcessAndStandalone_Agree()
    {
        var inProcessServices = new ServiceCollection();
        inProcessServices.AddZoomConnector(_ => { }).UseZoomEmulator(o => o.UseServerToServerCredentials = true);
        await using var inProcess = inProcessServices.BuildServiceProvider();
        await using var server = await RunningEmulatorServer.StartAsync();
        await using var remote = ConnectorFor(server);

        var local = await ScenarioAsync(inProcess);
        var overHttp = await ScenarioAsync(remote);

        Assert.That(overHttp.Users, Is.EqualTo(local.Users));
        Assert.That(overHttp.Read.Topic, Is.EqualTo(local.Read.Topic));
        Assert.That(overHttp.Read.StartTime, Is.EqualTo(local.Read.StartTime));
        Assert.That(overHttp.Read.Timezone, Is.EqualTo(local.Read.Timezone));
        Assert.That(overHttp.Read.HostId, Is.EqualTo(local.Read.HostId));
        Assert.That(overHttp.Read.Id, Is.EqualTo(overHttp.Created.Id));
        Assert.That(server.Emulator.FindMeeting(overHttp.Created.Id)?.Topic, Is.EqualTo("Both modes agree"));
        Assert.That(overHttp.Invitation, Does.Contain("Both modes agree").And.Contain(overHttp.Created.JoinUrl));
        Assert.That(server.Emulator.Requests.Select(r => r.PathAndQuery), Has.Some.StartsWith("/oauth/token"));
    }

    [Test]
    public async Task Downloader_Standalone_FollowsLocalRedirectWithTokenAndReadsStatedSize()
    {
        await using var server = await RunningEmulatorServer.StartAsync();
        await using var services = ConnectorFor(server);
        var uuid = server.Emulator.Recordings.First(r => r.HostId == server.Emulator.AdminUserId).Uuid!;
        var recording = await services.GetRequiredService<IZoomRecordingsApi>().GetMeetingRecordingsAsync(uuid);
        var file = recording.RecordingFiles!.Single(f => f.FileType == "TRANSCRIPT");

        await using var download = await services.GetRequiredService<Zoom.Connector.Downloads.IZoomRecordingDownloader>().OpenAsync(new Uri(file.DownloadUrl!));
        using var buffer = new MemoryStream();
        await download.CopyToAsync(buffer);

        Assert.That(file.DownloadUrl, Does.StartWith(server.Address.GetLeftPart(UriPartial.Authority) + "/rec/download/"));
        Assert.That(download.Redirects, Is.EqualTo(1));
        Assert.That(buffer.Length, Is.EqualTo(file.FileSize));
        Assert.That(server.Emulator.Requests.Where(r => r.PathAndQuery.StartsWith("/rec/", StringComparison.Ordinal)).Select(r => r.StatusCode), Is.EqualTo(new[] { 302, 200 }));
    }

    [Test]
    public async Task Restart_SameDataFolder_KeepsTheMeeting()
    {
        var folder = Path.Combine(Path.GetTempPath(), "zoom-emulator-tests", Guid.NewGuid().ToString("N"));
        try
        {
            long id;
            await using (var first = await RunningEmulatorServer.StartAsync("--data", folder))
            await using (var services = ConnectorFor(first))
            {
                id = (await services.GetRequiredService<IZoomMeetingsApi>().CreateMeetingAsync("me", Request("Survives a restart"))).Id;
            }

            await using var second = await RunningEmulatorServer.StartAsync("--data", folder);
            await using var again = ConnectorFor(second);
            var read = await again.GetRequiredService<IZoomMeetingsApi>().GetMeetingAsync(id);

            Assert.That(read.Topic, Is.EqualTo("Survives a restart"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task Restart_WithReset_StartsFresh()
    {
        var folder = Path.Combine(Path.GetTempPath(), "zoom-emulator-tests", Guid.NewGuid().ToString("N"));
        try
        {
            long id;
            await using (var first = await RunningEmulatorServer.StartAsync("--data", folder))
            {
                id = first.Emulator.AddMeeting(first.Emulator.AdminUserId, Request("Forgotten")).Id;
            }

            await using var second = await RunningEmulatorServer.StartAsync("--data", folder, "--reset");

            Assert.That(second.Emulator.FindMeeting(id), Is.Null);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
