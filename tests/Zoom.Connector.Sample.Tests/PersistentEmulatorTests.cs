using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using NUnit.Framework;

namespace Zoom.Connector.Sample.Tests;

/// <summary>
/// The built-in emulator keeps its state in a data folder (Zoom:Emulator:DataPath): each run here is a new host over
/// the same folder, as a new process of the sample would be, so every next step the sample prints works.
/// </summary>
[TestFixture]
public sealed class PersistentEmulatorTests
{
    private string _folder = null!;

    [SetUp]
    public void SetUp() => _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "zoom-sample-tests", Guid.NewGuid().ToString("N"))).FullName;

    [TearDown]
    public void TearDown()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private sealed record Run(int ExitCode, string Stdout, string Stderr)
    {
        public JsonElement Json() => JsonDocument.Parse(Stdout).RootElement.Clone();
    }

    private async Task<Run> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Zoom:Emulator:DataPath"] = Path.Combine(_folder, "state") })
            .Build();
        var exit = await SampleApp.RunAsync(args, stdout, stderr, configure: null, configuration);
        return new Run(exit, stdout.ToString(), stderr.ToString());
    }

    private async Task<string> CreateAsync(string topic)
    {
        var start = DateTime.UtcNow.Date.AddDays(2).AddHours(9).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        var created = await RunAsync("meetings", "create", "--topic", topic, "--start", start, "--duration", "30", "--timezone", "UTC", "--json");
        Assert.That(created.ExitCode, Is.Zero, created.Stderr);
        return created.Json().GetProperty("meeting").GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);
    }

    [Test]
    public async Task MeetingsCreate_ThenShowInvitationAndListInNewHosts_FindTheMeeting()
    {
        var id = await CreateAsync("Kept for the next command");
        var ics = Path.Combine(_folder, "meeting.ics");

        var show = await RunAsync("meetings", "show", id);
        var invitation = await RunAsync("meetings", "invitation", id, "--ics", ics);
        var list = await RunAsync("meetings", "list", "--json");

        Assert.That(show.ExitCode, Is.Zero, show.Stderr);
        Assert.That(show.Stdout, Does.Contain("Kept for the next command"));
        Assert.That(invitation.ExitCode, Is.Zero, invitation.Stderr);
        Assert.That(File.ReadAllText(ics), Does.Contain("BEGIN:VEVENT").And.Contain("Kept for the next command"));
        Assert.That(list.ExitCode, Is.Zero, list.Stderr);
        Assert.That(list.Stdout, Does.Contain(id));
        Assert.That(show.Stderr, Does.Contain(Path.Combine(_folder, "state")));
    }

    [Test]
    public async Task SyncIncremental_AfterCreateInAnotherHost_EmitsTheNewMeeting()
    {
        var output = Path.Combine(_folder, "sync.jsonl");
        var full = await RunAsync("sync", "--out", output, "--json");
        var id = await CreateAsync("Created between syncs");

        var incremental = await RunAsync("sync", "--incremental", "--out", output, "--json");

        Assert.That(full.ExitCode, Is.Zero, full.Stderr);
        Assert.That(incremental.ExitCode, Is.Zero, incremental.Stderr);
        var emitted = File.ReadLines(output).Skip(File.ReadLines(output).Count() - (int)incremental.Json().GetProperty("entities").EnumerateObject().Sum(e => e.Value.GetProperty("upserted").GetInt64()));
        Assert.That(emitted, Has.Some.Contains(id).And.Some.Contains("Created between syncs"));
    }

    [Test]
    public async Task Reset_AfterCreate_NextShowNoLongerFindsIt()
    {
        var id = await CreateAsync("Forgotten on reset");

        var reset = await RunAsync("reset");
        var show = await RunAsync("meetings", "show", id);

        Assert.That(reset.ExitCode, Is.Zero, reset.Stderr);
        Assert.That(show.ExitCode, Is.EqualTo(1));
        Assert.That(show.Stderr, Does.Contain("3001"));
    }

    [Test]
    public async Task AnyCommand_CorruptStateFile_ExitsTwoNamingFileAndReset()
    {
        await CreateAsync("Before the damage");
        var state = Path.Combine(_folder, "state", "state.json");
        File.WriteAllText(state, "{ not json");

        var broken = await RunAsync("meetings", "list", "--json");
        var reset = await RunAsync("meetings", "list", "--reset");

        Assert.That(broken.ExitCode, Is.EqualTo(2));
        Assert.That(broken.Stderr, Does.Contain(state).And.Contain("--reset").And.Not.Contain("   at "));
        Assert.That(broken.Json().GetProperty("error").GetProperty("message").GetString(), Does.Contain(state));
        Assert.That(reset.ExitCode, Is.Zero, reset.Stderr);
    }
}
