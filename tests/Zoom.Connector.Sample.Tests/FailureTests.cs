using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using Zoom.Connector.Testing;

namespace Zoom.Connector.Sample.Tests;

/// <summary>Every class of bad input, per command, with --json: no stack trace, the documented exit code, exactly one JSON document.</summary>
[TestFixture]
public sealed partial class FailureTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private ZoomEmulator _emulator = null!;
    private string _folder = null!;

    [SetUp]
    public void SetUp()
    {
        _emulator = new ZoomEmulator(timeProvider: new FakeTimeProvider(Now));
        _folder = Directory.CreateTempSubdirectory("zoom-sample-failures-").FullName;
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_folder, recursive: true);

    private async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string[] args, Dictionary<string, string?>? config = null, CancellationToken cancellationToken = default)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await SampleApp.RunAsync(args, stdout, stderr, services =>
        {
            services.AddSingleton<TimeProvider>(_emulator.TimeProvider);
            services.AddSingleton(_emulator);
        }, new ConfigurationBuilder().AddInMemoryCollection(config ?? []).Build(), cancellationToken);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static JsonElement AssertOneErrorDocument((int Exit, string Stdout, string Stderr) run, int exit, string kind)
    {
        Assert.That(run.Exit, Is.EqualTo(exit), run.Stderr);
        Assert.That(StackFrame().IsMatch(run.Stderr), Is.False, "no stack trace: " + run.Stderr);
        Assert.That(run.Stderr, Does.Not.Contain("Unhandled exception"));
        using var document = JsonDocument.Parse(run.Stdout); // throws unless stdout is exactly one JSON document
        var error = document.RootElement.GetProperty("error").Clone();
        Assert.That(error.GetProperty("kind").GetString(), Is.EqualTo(kind));
        Assert.That(error.GetProperty("message").GetString(), Is.Not.Empty);
        Assert.That(error.TryGetProperty("code", out _), Is.True);
        Assert.That(error.GetProperty("exit_code").GetInt32(), Is.EqualTo(exit));
        return error;
    }

    [TestCase("users list --status unknown", "--status takes active, inactive or pending")]
    [TestCase("meetings list --type bogus", "--type takes scheduled")]
    [TestCase("meetings show abc", "The meeting id must be digits")]
    [TestCase("meetings invitation 12x", "The meeting id must be digits")]
    [TestCase("meetings create --topic T --start tomorrow@09:00 --duration 30.5", "--duration takes a whole number of minutes (1-1440), not a fraction; got '30.5'")]
    [TestCase("meetings create --topic T --start 2026-13-01T09:00 --duration 30", "--start takes tomorrow@09:00")]
    [TestCase("meetings create --topic T --start tomorrow@09:00 --duration 30 --timezone EST", "use America/New_York")]
    [TestCase("meetings create --topic T --start tomorrow@09:00 --duration 30 --timezone europe/pari", "did you mean Europe/Paris?")]
    [TestCase("recordings list --from 2026-13-01", "--from takes a date as yyyy-MM-dd")]
    [TestCase("sync --entities bogus", "--entities takes users, meetings, recordings, all")]
    [TestCase("sync --max-runs 2.5 --watch", "--max-runs takes a whole number of runs")]
    [TestCase("meetings create --topic T --start tomorrow@09:00 --duration 30 --recurrence monthly --month-week 2 --weekdays funday --end-times 2", "--weekdays takes weekdays such as mon,wed")]
    [TestCase("meetings create --topic T --start tomorrow@09:00 --duration 30 --recurrence weekly --interval 1.5 --weekdays mon --end-times 2", "--interval takes a whole number")]
    [TestCase("bogus", "Unrecognized command or argument 'bogus'")]
    public async Task AnyCommand_UsageErrorWithJson_ExitsTwoWithOneDocumentNamingTheOption(string commandLine, string expected)
    {
        var run = await RunAsync([.. commandLine.Split(' '), "--json"]);

        var error = AssertOneErrorDocument(run, 2, "usage");
        Assert.That(error.GetProperty("message").GetString(), Does.Contain(expected));
        Assert.That(run.Stderr.Trim().Split('\n'), Has.Length.EqualTo(1), "one line");
        Assert.That(_emulator.Requests, Is.Empty);
    }

    [TestCase("users list", "Zoom:RateLimit:Plan", "Gold", "must be one of")]
    [TestCase("meetings list", "Zoom:RateLimit:Plan", "Gold", "Zoom__RateLimit__Plan")]
    [TestCase("sync --entities users", "Zoom:Sync:IncrementalEvery", "banana", "must be a time span")]
    [TestCase("recordings list", "Zoom:Resilience:MaxRetryAttempts", "50", "must be between 0 and 10")]
    public async Task AnyCommand_ConfigurationThatDoesNotBind_ExitsTwoNamingTheKeyNotTheValue(string commandLine, string key, string value, string expected)
    {
        var run = await RunAsync([.. commandLine.Split(' '), "--json"], new() { [key] = value });

        var error = AssertOneErrorDocument(run, 2, "configuration");
        Assert.That(error.GetProperty("option").GetString(), Is.EqualTo(key));
        Assert.That(error.GetProperty("message").GetString(), Does.Contain(expected));
        Assert.That(run.Stdout + run.Stderr, Does.Not.Contain(value), "the value may be a secret under the wrong key");
        Assert.That(_emulator.Requests, Is.Empty);
    }

    private const string CreateTomorrow = "meetings create --topic T --start tomorrow@09:00 --duration 30 --timezone UTC";

    [TestCase("users list", "zoom")]
    [TestCase("meetings list", "zoom")]
    [TestCase("meetings show {id}", "zoom")]
    [TestCase("meetings invitation {id}", "zoom")]
    [TestCase(CreateTomorrow, "zoom")]
    [TestCase("recordings list", "zoom")]
    [TestCase("sync --entities users", "sync")]
    public async Task AnyCommand_ZoomRefusesWithJson_ExitsOneWithOneDocument(string commandLine, string kind)
    {
        var id = _emulator.Meetings.First(m => m.HostId == _emulator.AdminUserId).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // 501 is a refusal the pipeline does not retry, so the first answer is final.
        _emulator.Faults.ServerError(times: 100, status: System.Net.HttpStatusCode.NotImplemented);

        var error = AssertOneErrorDocument(await RunAsync([.. commandLine.Replace("{id}", id, StringComparison.Ordinal).Split(' '), "--json"]), 1, kind);

        Assert.That(error.GetProperty("status").GetInt32(), Is.EqualTo(501));
    }

    [TestCase("users list")]
    [TestCase("meetings list")]
    [TestCase("meetings show 89899360132")]
    [TestCase("meetings invitation 89899360132")]
    [TestCase(CreateTomorrow)]
    [TestCase("recordings list")]
    [TestCase("sync --entities users")]
    public async Task AnyCommand_CancelledWithJson_ExitsOneThirtyWithOneDocumentAndSendsNothing(string commandLine)
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        AssertOneErrorDocument(await RunAsync([.. commandLine.Split(' '), "--json"], cancellationToken: cancelled.Token), 130, "cancelled");
        Assert.That(_emulator.Requests, Is.Empty);
    }

    [Test]
    public async Task MeetingsShow_UnknownIdWithJson_ExitsOneWithZoomsCode()
    {
        var error = AssertOneErrorDocument(await RunAsync(["meetings", "show", "123 4567 8901", "--json"]), 1, "zoom");

        Assert.That(error.GetProperty("code").GetInt32(), Is.EqualTo(3001));
        Assert.That(error.GetProperty("status").GetInt32(), Is.EqualTo(404));
    }

    [Test]
    public async Task MeetingsShow_IdWithSpacesAsZoomPrintsIt_ShowsTheMeeting()
    {
        var id = _emulator.Meetings.First(m => m.HostId == _emulator.AdminUserId).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var spaced = $"{id[..3]} {id[3..7]} {id[7..]}";

        var run = await RunAsync(["meetings", "show", spaced, "--json"]);

        Assert.That(run.Exit, Is.Zero, run.Stderr);
        Assert.That(JsonDocument.Parse(run.Stdout).RootElement.GetProperty("meeting").GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(id));
    }

    [Test]
    public async Task SyncOut_AFolder_ExitsTwoNamingTheOptionAndSendsNothing()
    {
        var error = AssertOneErrorDocument(await RunAsync(["sync", "--out", _folder, "--json"]), 2, "file");

        Assert.That(error.GetProperty("option").GetString(), Is.EqualTo("--out"));
        Assert.That(error.GetProperty("message").GetString(), Does.Contain("is a folder"));
        Assert.That(_emulator.Requests, Is.Empty);
    }

    [Test]
    public async Task SyncOut_AFileThatIsNotJsonLines_ExitsTwoAndLeavesNoCheckpoint()
    {
        var file = Path.Combine(_folder, "notes.txt");
        await File.WriteAllTextAsync(file, "my notes, not a sync file\n");

        var error = AssertOneErrorDocument(await RunAsync(["sync", "--out", file, "--json"]), 2, "file");

        Assert.That(error.GetProperty("message").GetString(), Does.Contain("line 1 is not valid JSON"));
        Assert.That(Directory.GetFiles(_folder), Is.EqualTo(new[] { file }), "no stray checkpoint");
        Assert.That(await File.ReadAllTextAsync(file), Is.EqualTo("my notes, not a sync file\n"), "the file is untouched");
        Assert.That(_emulator.Requests, Is.Empty);
    }

    [Test]
    public async Task SyncOut_CorruptCheckpoint_ExitsTwoNamingTheCheckpointFile()
    {
        var file = Path.Combine(_folder, "zoom.jsonl");
        await File.WriteAllTextAsync(file + ".checkpoint.json", "{ not json");

        var error = AssertOneErrorDocument(await RunAsync(["sync", "--entities", "users", "--out", file, "--json"]), 2, "file");

        Assert.That(error.GetProperty("message").GetString(), Does.Contain(file + ".checkpoint.json").And.Contain("Delete it"));
        Assert.That(_emulator.Requests, Is.Empty);
    }

    [Test]
    public async Task UsersList_ZoomUnreachable_ExitsOneAsNetwork()
    {
        // Port 9 (discard) on loopback: nothing listens, so the connection is refused at once.
        var run = await RunAsync(["users", "list", "--json"], new()
        {
            ["Zoom:Service:AccessToken"] = "test-token",
            ["Zoom:BaseUrl"] = "http://127.0.0.1:9/v2/",
            ["Zoom:Resilience:MaxRetryAttempts"] = "0",
        });

        AssertOneErrorDocument(run, 1, "network");
        Assert.That(run.Stderr, Does.Not.Contain("test-token"));
    }

    [Test]
    public async Task MeetingsCreate_InactiveCoHost_ExitsTwoBeforeAnythingIsSent()
    {
        var gone = _emulator.AddUser("gone@example.com", "Gone", "Away", status: Models.UserStatus.Inactive);
        var meetings = _emulator.Meetings.Count;

        var error = AssertOneErrorDocument(await RunAsync(["meetings", "create", "--topic", "T", "--start", "tomorrow@09:00", "--duration", "30", "--co-host", gone.Email!, "--json"]), 2, "input");

        Assert.That(error.GetProperty("option").GetString(), Is.EqualTo("--co-host"));
        Assert.That(_emulator.Meetings, Has.Count.EqualTo(meetings));
        Assert.That(_emulator.Requests.Where(r => r.Method == "POST"), Is.Empty);
    }

    [Test]
    public async Task MeetingsCreate_HostAsCoHost_ExitsTwoBeforeAnythingIsSent()
    {
        var owner = _emulator.Users.Single(u => u.Id == _emulator.AdminUserId);

        AssertOneErrorDocument(await RunAsync(["meetings", "create", "--topic", "T", "--start", "tomorrow@09:00", "--duration", "30", "--co-host", owner.Email!, "--json"]), 2, "input");

        Assert.That(_emulator.Requests.Where(r => r.Method == "POST"), Is.Empty);
    }

    [Test]
    public async Task MeetingsCreate_TimeZoneInAnotherCase_UsesTheCanonicalId()
    {
        var run = await RunAsync(["meetings", "create", "--topic", "T", "--start", "tomorrow@09:00", "--duration", "30", "--timezone", "europe/paris", "--json"]);

        Assert.That(run.Exit, Is.Zero, run.Stderr);
        Assert.That(JsonDocument.Parse(run.Stdout).RootElement.GetProperty("meeting").GetProperty("timezone").GetString(), Is.EqualTo("Europe/Paris"));
    }

    [TestCase("tomorrow@09:00", "Pacific/Kiritimati", "2026-11-30T09:00:00+14:00")] // already the 29th there at 12:00 UTC
    [TestCase("tomorrow@09:00", "Pacific/Honolulu", "2026-11-29T09:00:00-10:00")]
    [TestCase("+2d@14:30", "Europe/Paris", "2026-11-30T14:30:00+01:00")]
    [TestCase("today@18:00", "UTC", "2026-11-28T18:00:00+00:00")]
    [TestCase("+3h", "UTC", "2026-11-28T15:00:00+00:00")]
    public async Task MeetingsCreate_RelativeStart_CountsInTheMeetingsTimeZone(string start, string zone, string expected)
    {
        var run = await RunAsync(["meetings", "create", "--topic", "T", "--start", start, "--duration", "30", "--timezone", zone, "--json"]);

        Assert.That(run.Exit, Is.Zero, run.Stderr);
        Assert.That(JsonDocument.Parse(run.Stdout).RootElement.GetProperty("meeting").GetProperty("start_time").GetDateTimeOffset(), Is.EqualTo(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public async Task MeetingsCreate_Verbose_LogsTheConnectorOnStderrOnly()
    {
        var quiet = await RunAsync(["meetings", "create", "--topic", "T", "--start", "tomorrow@09:00", "--duration", "30", "--json"]);
        var verbose = await RunAsync(["meetings", "create", "--topic", "T", "--start", "tomorrow@09:00", "--duration", "30", "--json", "--verbose"]);

        Assert.That(verbose.Exit, Is.Zero, verbose.Stderr);
        Assert.That(verbose.Stderr, Does.Contain("Zoom.Connector.Scheduling.ZoomMeetingScheduler[6001] Scheduled Zoom meeting"));
        Assert.That(quiet.Stderr, Does.Not.Contain("ZoomMeetingScheduler"));
        Assert.That(() => JsonDocument.Parse(verbose.Stdout), Throws.Nothing, "stdout still carries one document");
    }

    [Test]
    public async Task MeetingsList_Verbose_LogsEachCallWithoutItsPath()
    {
        var run = await RunAsync(["meetings", "list", "--user", "avery.morgan@example.com", "--verbose"]);

        Assert.That(run.Exit, Is.Zero, run.Stderr);
        Assert.That(run.Stderr, Does.Match(@"dbug: Zoom\.Connector\.Http\.Pipeline\.ZoomTelemetryHandler\[4003\] GET \(meetings\) answered 200 in \d+ ms\."));
        Assert.That(run.Stderr, Does.Not.Contain("avery.morgan"), "the path (with the e-mail) is not logged");
    }

    [GeneratedRegex(@"^\s+at \S+", RegexOptions.Multiline)]
    private static partial Regex StackFrame();
}
