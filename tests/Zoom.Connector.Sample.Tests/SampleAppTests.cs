using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using Zoom.Connector.Testing;

namespace Zoom.Connector.Sample.Tests;

[TestFixture]
public sealed class SampleAppTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private const string EmulatorNotice = "using the built-in Zoom emulator";

    private ZoomEmulator _emulator = null!;

    [SetUp]
    public void SetUp() => _emulator = new ZoomEmulator(timeProvider: new FakeTimeProvider(Now));

    private sealed record Run(int ExitCode, string Stdout, string Stderr)
    {
        public JsonElement Json() => JsonDocument.Parse(Stdout).RootElement.Clone();
    }

    private async Task<Run> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await SampleApp.RunAsync(args, stdout, stderr, services =>
        {
            services.AddSingleton<TimeProvider>(_emulator.TimeProvider);
            services.AddSingleton(_emulator);
        }, new ConfigurationBuilder().Build());
        return new Run(exit, stdout.ToString(), stderr.ToString());
    }

    private long AdminRecurringMeetingId => _emulator.Meetings.First(m => m.HostId == _emulator.AdminUserId && m.Type == Models.MeetingType.RecurringFixedTime).Id;

    [Test]
    public async Task MeetingsCreate_ReadmeCommand_SchedulesTheMeetingAndPrintsItsInvitation()
    {
        var run = await RunAsync("meetings", "create", "--topic", "Design review", "--start", "2026-12-01T09:00", "--duration", "45");

        var created = _emulator.Meetings.Single(m => m.Topic == "Design review" && m.CreationSource == Models.CreationSource.OpenApi);
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(run.Stdout, Does.StartWith("Meeting scheduled: \"Design review\" (one-time)"));
        Assert.That(run.Stdout, Does.Contain($"Join URL:   https://zoom.us/j/{created.Id}{Environment.NewLine}"));
        Assert.That(run.Stdout, Does.Contain("Starts:     Tue 2026-12-01 09:00 America/New_York (2026-12-01 14:00 UTC)"));
        Assert.That(run.Stdout, Does.Contain("Host:       avery.morgan@example.com"));
        Assert.That(run.Stdout, Does.Contain("Time: Dec 1, 2026 09:00 AM America/New_York"));
        Assert.That(run.Stdout, Does.Contain("Passcode: " + created.Password));
        Assert.That(run.Stdout, Does.Not.Contain(created.StartUrl!));
        Assert.That(run.Stderr.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(run.Stderr, Does.Contain(EmulatorNotice));
    }

    [Test]
    public async Task MeetingsCreate_Json_PrintsOneDocumentWithoutStartUrlOrPasscodeFields()
    {
        var run = await RunAsync("meetings", "create", "--topic", "Planning", "--start", "2026-12-03T15:30", "--duration", "30", "--timezone", "Europe/London", "--password", "s3cret_1", "--json");

        var json = run.Json();
        var meeting = json.GetProperty("meeting");
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(meeting.GetProperty("start_time").GetDateTimeOffset(), Is.EqualTo(new DateTimeOffset(2026, 12, 3, 15, 30, 0, TimeSpan.Zero)));
        Assert.That(meeting.TryGetProperty("start_url", out _), Is.False);
        Assert.That(meeting.TryGetProperty("password", out _), Is.False);
        Assert.That(meeting.GetProperty("join_url").GetString(), Does.Not.Contain("pwd="));
        Assert.That(json.GetProperty("invitation").GetString(), Does.Contain("Passcode: s3cret_1"));
        Assert.That(_emulator.Meetings.Single(m => m.Topic == "Planning").Password, Is.EqualTo("s3cret_1"));
    }

    [Test]
    public async Task UsersList_Text_PrintsATableOfActiveUsers()
    {
        var run = await RunAsync("users", "list");

        var active = _emulator.Users.Count(u => u.Status == Models.UserStatus.Active);
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(run.Stdout, Does.Contain("avery.morgan@example.com"));
        Assert.That(run.Stdout, Does.Contain($"{active} user(s)."));
    }

    [Test]
    public async Task UsersList_Json_PrintsOneDocument()
    {
        var run = await RunAsync("users", "list", "--status", "inactive", "--json");

        var json = run.Json();
        var inactive = _emulator.Users.Where(u => u.Status == Models.UserStatus.Inactive).Select(u => u.Id).ToList();
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(json.GetProperty("users").EnumerateArray().Select(u => u.GetProperty("id").GetString()), Is.EqualTo(inactive));
        Assert.That(json.GetProperty("total_records").GetInt32(), Is.EqualTo(inactive.Count));
    }

    [Test]
    public async Task MeetingsList_Text_PrintsTheOwnersMeetings()
    {
        var run = await RunAsync("meetings", "list");

        var mine = _emulator.Meetings.Where(m => m.HostId == _emulator.AdminUserId).ToList();
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(mine.Select(m => m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), Has.All.Matches<string>(id => run.Stdout.Contains(id, StringComparison.Ordinal)));
        Assert.That(run.Stdout, Does.Contain($"{mine.Count} meeting(s)."));
    }

    [Test]
    public async Task MeetingsList_JsonForAnotherUserAndType_PrintsOneDocument()
    {
        var user = _emulator.Users.First(u => u.Status == Models.UserStatus.Active && u.Id != _emulator.AdminUserId);
        var run = await RunAsync("meetings", "list", "--user", user.Email!, "--type", "upcoming", "--json");

        var ids = run.Json().GetProperty("meetings").EnumerateArray().Select(m => m.GetProperty("id").GetInt64()).ToList();
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(ids, Is.Not.Empty);
        Assert.That(ids.Select(id => _emulator.FindMeeting(id)!.HostId), Has.All.EqualTo(user.Id));
    }

    [Test]
    public async Task MeetingsShow_Text_ShowsOccurrencesButNoSecrets()
    {
        var meeting = _emulator.FindMeeting(AdminRecurringMeetingId)!;
        var run = await RunAsync("meetings", "show", meeting.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(run.Stdout, Does.Contain(meeting.Topic!));
        Assert.That(run.Stdout, Does.Contain(meeting.Occurrences![0].OccurrenceId!));
        Assert.That(run.Stdout, Does.Not.Contain(meeting.Password!));
        Assert.That(run.Stdout, Does.Not.Contain("zak="));
    }

    [Test]
    public async Task MeetingsShow_Json_PrintsTheMeetingWithoutSecrets()
    {
        var id = AdminRecurringMeetingId;
        var run = await RunAsync("meetings", "show", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");

        var meeting = run.Json().GetProperty("meeting");
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(meeting.GetProperty("id").GetInt64(), Is.EqualTo(id));
        Assert.That(meeting.GetProperty("occurrences").GetArrayLength(), Is.GreaterThan(1));
        Assert.That(meeting.TryGetProperty("start_url", out _) || meeting.TryGetProperty("password", out _) || meeting.TryGetProperty("pstn_password", out _), Is.False);
    }

    [Test]
    public async Task MeetingsInvitation_Text_PrintsZoomsInvitation()
    {
        var meeting = _emulator.FindMeeting(AdminRecurringMeetingId)!;
        var run = await RunAsync("meetings", "invitation", meeting.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(run.Stdout, Does.Contain("Topic: " + meeting.Topic));
        Assert.That(run.Stdout, Does.Contain("Passcode: " + meeting.Password));
        Assert.That(run.Stdout, Does.Contain("Dial by your location"));
    }

    [Test]
    public async Task MeetingsInvitation_Json_PrintsOneDocument()
    {
        var id = AdminRecurringMeetingId;
        var run = await RunAsync("meetings", "invitation", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");

        var json = run.Json();
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(json.GetProperty("id").GetInt64(), Is.EqualTo(id));
        Assert.That(json.GetProperty("invitation").GetString(), Does.Contain("Join Zoom Meeting"));
    }

    [Test]
    public async Task RecordingsList_Text_PrintsLastMonthsRecordings()
    {
        var run = await RunAsync("recordings", "list");

        var mine = _emulator.Recordings.Where(r => r.HostId == _emulator.AdminUserId && r.StartTime >= Now.AddMonths(-1)).ToList();
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(mine, Is.Not.Empty);
        Assert.That(run.Stdout, Does.Contain($"{mine.Count} recording(s) from 2026-10-28 to 2026-11-28."));
        Assert.That(run.Stdout, Does.Contain(mine[0].Topic!));
    }

    [Test]
    public async Task RecordingsList_JsonWithDates_PrintsOneDocumentWithoutPasscodes()
    {
        var run = await RunAsync("recordings", "list", "--from", "2026-11-01", "--to", "2026-11-28", "--json");

        var json = run.Json();
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(json.GetProperty("from").GetString(), Is.EqualTo("2026-11-01"));
        Assert.That(json.GetProperty("meetings").GetArrayLength(), Is.GreaterThan(0));
        Assert.That(run.Stdout, Does.Not.Contain("recording_play_passcode").And.Not.Contain("\"password\""));
    }

    [Test]
    public async Task RecordingsList_RangeOverOneMonth_IsListedInZoomsOneMonthWindows()
    {
        // The paging helper splits the range into Zoom's one-month windows (it used to fail with Zoom's code 300).
        var run = await RunAsync("recordings", "list", "--from", "2026-09-01", "--to", "2026-11-28");

        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(run.Stderr, Does.Not.Contain("Zoom error 300"));
    }

    [Test]
    public async Task MeetingsShow_UnknownId_ExitsNonZeroWithCode3001AndNoStackTrace()
    {
        var run = await RunAsync("meetings", "show", "12345678901");

        Assert.That(run.ExitCode, Is.Not.Zero);
        Assert.That(run.Stderr, Does.Contain("Zoom error 3001: Meeting does not exist: 12345678901."));
        Assert.That(run.Stderr + run.Stdout, Does.Not.Contain("   at "));
    }

    [Test]
    public async Task MeetingsShow_UnknownIdWithJson_PrintsTheErrorAsOneDocument()
    {
        var run = await RunAsync("meetings", "show", "12345678901", "--json");

        var error = run.Json().GetProperty("error");
        Assert.That(run.ExitCode, Is.Not.Zero);
        Assert.That(error.GetProperty("code").GetInt32(), Is.EqualTo(3001));
        Assert.That(error.GetProperty("status").GetInt32(), Is.EqualTo(404));
    }

    [Test]
    public async Task MeetingsCreate_DurationOverOneDay_SchedulerRefusesBeforeSendingAndNamesTheField()
    {
        var run = await RunAsync("meetings", "create", "--topic", "Too long", "--start", "2026-12-01T09:00", "--duration", "5000", "--timezone", "UTC");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("--duration: --duration must be 1-1440 minutes; got 5000."));
        Assert.That(run.Stderr + run.Stdout, Does.Not.Contain("   at "));
        Assert.That(_emulator.Requests.Where(r => r.Method == "POST"), Is.Empty);
    }

    [Test]
    public async Task UnknownOption_PrintsUsageAndExitsNonZero()
    {
        var run = await RunAsync("meetings", "list", "--bogus", "--json");

        Assert.That(run.ExitCode, Is.Not.Zero);
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("--bogus"));
        Assert.That(run.Stderr, Does.Contain("--help')"));
        Assert.That(run.Json().GetProperty("error").GetProperty("kind").GetString(), Is.EqualTo("usage"));
        Assert.That(_emulator.Requests, Is.Empty);
    }

    [Test]
    public async Task MeetingsCreate_BadStartAndMissingDuration_PrintsUsageAndExitsNonZero()
    {
        var run = await RunAsync("meetings", "create", "--topic", "x", "--start", "tomorrow");

        Assert.That(run.ExitCode, Is.Not.Zero);
        Assert.That(run.Stderr, Does.Contain("--start takes tomorrow@09:00"));
        Assert.That(run.Stderr, Does.Contain("--duration"));
        Assert.That(_emulator.Requests, Is.Empty);
    }

    [Test]
    public async Task CredentialsConfigured_DoesNotUseTheEmulator()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Zoom:BaseUrl"] = "http://127.0.0.1:9/v2/",
            ["Zoom:Service:AccessToken"] = "configured-token",
        }).Build();

        var exit = await SampleApp.RunAsync(["users", "list"], stdout, stderr, configuration: configuration);

        Assert.That(exit, Is.Not.Zero);
        Assert.That(stderr.ToString(), Does.Not.Contain(EmulatorNotice));
        Assert.That(stderr.ToString(), Does.Contain("Could not reach Zoom"));
        Assert.That(stderr.ToString(), Does.Not.Contain("configured-token"));
    }
}
