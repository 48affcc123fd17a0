using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using Zoom.Connector.Models;
using Zoom.Connector.Testing;
using Calendar = Ical.Net.Calendar;

namespace Zoom.Connector.Sample.Tests.Scheduling;

/// <summary><c>meetings create</c> with recurrence, co-hosts, dial-in and <c>--as</c>, and <c>meetings invitation --ics</c>, run in-process against the emulator.</summary>
[TestFixture]
public sealed class SchedulingCommandsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    private ZoomEmulator _emulator = null!;
    private string _directory = null!;

    [SetUp]
    public void SetUp()
    {
        _emulator = new ZoomEmulator(timeProvider: new FakeTimeProvider(Now));
        _directory = Directory.CreateTempSubdirectory("zoom-sample-tests-").FullName;
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_directory, recursive: true);

    private sealed record Run(int ExitCode, string Stdout, string Stderr)
    {
        public JsonElement Json() => JsonDocument.Parse(Stdout).RootElement.Clone();
    }

    private async Task<Run> RunAsync(params string[] args) => await RunWithAsync(null, args);

    private async Task<Run> RunWithAsync(IConfiguration? configuration, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await SampleApp.RunAsync(args, stdout, stderr, services =>
        {
            services.AddSingleton<TimeProvider>(_emulator.TimeProvider);
            services.AddSingleton(_emulator);
        }, configuration ?? new ConfigurationBuilder().Build());
        return new Run(exit, stdout.ToString(), stderr.ToString());
    }

    private Meeting Created(string topic) => _emulator.Meetings.Single(m => m.Topic == topic && m.CreationSource == CreationSource.OpenApi);

    private ZoomUser ActiveUser(int skip) => _emulator.Users.Where(u => u.Status == UserStatus.Active && u.Id != _emulator.AdminUserId).Skip(skip).First();

    private static string[] Create(string topic, string start, params string[] more)
        => ["meetings", "create", "--topic", topic, "--start", start, "--duration", "30", .. more];

    private static DateTimeOffset[] Instants(JsonElement meeting)
        => meeting.GetProperty("occurrences").EnumerateArray().Select(o => o.GetProperty("start_time_utc").GetDateTimeOffset()).ToArray();

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    // ----- one-time -----

    [Test]
    public async Task MeetingsCreate_OneTimeWithPasswordText_ShowsTheOneTimeSuccessPageAndInvitationDetails()
    {
        var run = await RunAsync(Create("Budget", "2026-12-02T14:30", "--timezone", "Europe/Berlin", "--password", "Pa55-w_rd"));

        var meeting = Created("Budget");
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(meeting.Type, Is.EqualTo(MeetingType.Scheduled));
        Assert.That(run.Stdout, Does.StartWith("Meeting scheduled: \"Budget\" (one-time)"));
        Assert.That(run.Stdout, Does.Contain("Starts:     Wed 2026-12-02 14:30 Europe/Berlin (2026-12-02 13:30 UTC)"));
        Assert.That(run.Stdout, Does.Contain("Invitation details"));
        Assert.That(run.Stdout, Does.Contain("  Topic:       Budget"));
        Assert.That(run.Stdout, Does.Contain("  Passcode:    Pa55-w_rd"));
        Assert.That(run.Stdout, Does.Contain("  Calendar:    Wed 2026-12-02 14:30 Europe/Berlin for 30 minutes"));
        Assert.That(run.Stdout, Does.Contain("  Meeting ID:  " + FormatId(meeting.Id)));
        Assert.That(run.Stdout, Does.Contain("  Join URL:    https://zoom.us/j/" + meeting.Id.ToString(CultureInfo.InvariantCulture)));
        Assert.That(run.Stdout, Does.Contain("  Dial-in numbers:"));
        Assert.That(run.Stdout, Does.Not.Contain("Occurrences ("));
        Assert.That(run.Stdout, Does.Contain("Zoom's invitation:"));
        Assert.That(run.Stdout, Does.Not.Contain(meeting.StartUrl!));
    }

    [Test]
    public async Task MeetingsCreate_OneTimeJson_PrintsKindOneTimeWithLocalAndUtcStart()
    {
        var run = await RunAsync(Create("Budget", "2026-12-02T14:30", "--timezone", "Europe/Berlin", "--json"));

        var meeting = run.Json().GetProperty("meeting");
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(meeting.GetProperty("kind").GetString(), Is.EqualTo("one_time"));
        Assert.That(meeting.GetProperty("start_time").GetString(), Is.EqualTo("2026-12-02T14:30:00+01:00"));
        Assert.That(meeting.GetProperty("start_time_utc").GetString(), Is.EqualTo("2026-12-02T13:30:00Z"));
        Assert.That(meeting.GetProperty("occurrences").GetArrayLength(), Is.Zero);
        Assert.That(meeting.TryGetProperty("recurrence", out _), Is.False);
        Assert.That(meeting.TryGetProperty("password", out _) || meeting.TryGetProperty("start_url", out _), Is.False);
    }

    // ----- recurrence shapes -----

    [Test]
    public async Task MeetingsCreate_DailyEveryTwoDaysText_ShowsTheRecurringSuccessPageWithLocalOccurrences()
    {
        var run = await RunAsync(Create("Check-in", "2026-12-01T08:15", "--timezone", "Asia/Tokyo", "--recurrence", "daily", "--interval", "2", "--end-times", "3"));

        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(Created("Check-in").Recurrence, Is.EqualTo(new MeetingRecurrence { Type = RecurrenceType.Daily, RepeatInterval = 2, EndTimes = 3 }));
        Assert.That(run.Stdout, Does.StartWith("Recurring meeting scheduled: \"Check-in\" (3 occurrences)"));
        Assert.That(run.Stdout, Does.Contain("  Repeats:    Every 2 days, 3 times"));
        Assert.That(run.Stdout, Does.Contain("  Time:       08:15 Asia/Tokyo, 30 minutes"));
        Assert.That(run.Stdout, Does.Contain("  Occurrences (Asia/Tokyo):"));
        Assert.That(run.Stdout, Does.Contain("     1. Tue 2026-12-01 08:15 +09:00 (2026-11-30 23:15 UTC)"));
        Assert.That(run.Stdout, Does.Contain("     2. Thu 2026-12-03 08:15 +09:00 (2026-12-02 23:15 UTC)"));
        Assert.That(run.Stdout, Does.Contain("     3. Sat 2026-12-05 08:15 +09:00 (2026-12-04 23:15 UTC)"));
    }

    [Test]
    public async Task MeetingsCreate_DailyJson_PrintsRecurrenceAndOccurrences()
    {
        var run = await RunAsync(Create("Check-in", "2026-12-01T08:15", "--timezone", "Asia/Tokyo", "--recurrence", "daily", "--end-times", "2", "--json"));

        var meeting = run.Json().GetProperty("meeting");
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(meeting.GetProperty("kind").GetString(), Is.EqualTo("recurring"));
        Assert.That(meeting.GetProperty("recurrence").GetProperty("frequency").GetString(), Is.EqualTo("daily"));
        Assert.That(meeting.GetProperty("recurrence").GetProperty("end_times").GetInt32(), Is.EqualTo(2));
        Assert.That(Instants(meeting), Is.EqualTo(new[] { Utc(2026, 11, 30, 23, 15), Utc(2026, 12, 1, 23, 15) }));
    }

    [Test]
    public async Task MeetingsCreate_WeeklyMonWedAcrossTheSpringChangeText_KeepsNineOClockLocal()
    {
        var run = await RunAsync(Create("Standup", "2027-03-22T09:00", "--timezone", "Europe/Paris", "--recurrence", "weekly", "--weekdays", "mon,wed", "--end-times", "4"));

        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(Created("Standup").Recurrence!.WeeklyDays, Is.EqualTo("2,4"));
        Assert.That(run.Stdout, Does.Contain("  Repeats:    Every week on Mon, Wed, 4 times"));
        Assert.That(run.Stdout, Does.Contain("     2. Wed 2027-03-24 09:00 +01:00 (2027-03-24 08:00 UTC)"));
        Assert.That(run.Stdout, Does.Contain("     3. Mon 2027-03-29 09:00 +02:00 (2027-03-29 07:00 UTC)"));
    }

    [Test]
    public async Task MeetingsCreate_WeeklyEveryTwoWeeksUntilADateJson_MatchesTheEmulatorsOccurrences()
    {
        var run = await RunAsync(Create("Sync", "2026-12-01T10:00", "--timezone", "America/Chicago", "--recurrence", "weekly", "--interval", "2", "--weekdays", "tuesday,FRI", "--end-date", "2026-12-31", "--json"));

        var meeting = run.Json().GetProperty("meeting");
        var emulated = Created("Sync");
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(meeting.GetProperty("recurrence").GetProperty("weekdays").EnumerateArray().Select(d => d.GetString()), Is.EqualTo(new[] { "tue", "fri" }));
        Assert.That(meeting.GetProperty("recurrence").GetProperty("end_date").GetString(), Is.EqualTo("2026-12-31"));
        Assert.That(emulated.Recurrence!.RepeatInterval, Is.EqualTo(2));
        Assert.That(Instants(meeting), Is.EqualTo(emulated.Occurrences!.Select(o => o.StartTime!.Value.ToUniversalTime()).ToArray()));
        Assert.That(Instants(meeting), Is.EqualTo(new[] { Utc(2026, 12, 1, 16), Utc(2026, 12, 4, 16), Utc(2026, 12, 15, 16), Utc(2026, 12, 18, 16), Utc(2026, 12, 29, 16) }));
    }

    [Test]
    public async Task MeetingsCreate_DailyUntilADateText_ShowsTheEndDateAndEveryOccurrence()
    {
        var run = await RunAsync(Create("Sprint", "2026-12-28T09:30", "--timezone", "Europe/Madrid", "--recurrence", "daily", "--end-date", "2026-12-30"));

        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(Created("Sprint").Recurrence!.EndDateTime, Is.EqualTo(Utc(2026, 12, 30, 22, 59).AddSeconds(59)));
        Assert.That(run.Stdout, Does.StartWith("Recurring meeting scheduled: \"Sprint\" (3 occurrences)"));
        Assert.That(run.Stdout, Does.Contain("  Repeats:    Every day, until Wed 2026-12-30"));
        Assert.That(run.Stdout, Does.Contain("     3. Wed 2026-12-30 09:30 +01:00 (2026-12-30 08:30 UTC)"));
        Assert.That(run.Stdout, Does.Not.Contain("     4. "));
    }

    [Test]
    public async Task MeetingsCreate_MonthlyOnDayText_ShowsTheDayOfMonth()
    {
        var run = await RunAsync(Create("Payroll", "2026-12-15T11:00", "--timezone", "Europe/London", "--recurrence", "monthly", "--month-day", "15", "--end-times", "3"));

        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(Created("Payroll").Recurrence!.MonthlyDay, Is.EqualTo(15));
        Assert.That(run.Stdout, Does.Contain("  Repeats:    Every month on day 15, 3 times"));
        Assert.That(run.Stdout, Does.Contain("     3. Mon 2027-02-15 11:00 +00:00 (2027-02-15 11:00 UTC)"));
    }

    [Test]
    public async Task MeetingsCreate_MonthlyOnDayJson_PrintsMonthDay()
    {
        var run = await RunAsync(Create("Payroll", "2026-12-15T11:00", "--timezone", "Europe/London", "--recurrence", "monthly", "--month-day", "15", "--end-times", "2", "--json"));

        var meeting = run.Json().GetProperty("meeting");
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(meeting.GetProperty("recurrence").GetProperty("month_day").GetInt32(), Is.EqualTo(15));
        Assert.That(Instants(meeting), Is.EqualTo(new[] { Utc(2026, 12, 15, 11), Utc(2027, 1, 15, 11) }));
    }

    [Test]
    public async Task MeetingsCreate_MonthlySecondTuesdayText_ShowsTheNthWeekday()
    {
        var run = await RunAsync(Create("Board", "2026-12-01T18:00", "--timezone", "America/New_York", "--recurrence", "monthly", "--interval", "2", "--month-week", "2", "--weekdays", "tue", "--end-times", "3"));

        var recurrence = Created("Board").Recurrence!;
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That((recurrence.MonthlyWeek, recurrence.MonthlyWeekDay), Is.EqualTo((2, 3)));
        Assert.That(run.Stdout, Does.Contain("  Repeats:    Every 2 months on the second Tuesday, 3 times"));
        Assert.That(run.Stdout, Does.Contain("     1. Tue 2026-12-08 18:00 -05:00 (2026-12-08 23:00 UTC)"));
        Assert.That(run.Stdout, Does.Contain("     2. Tue 2027-02-09 18:00 -05:00 (2027-02-09 23:00 UTC)"));
        Assert.That(run.Stdout, Does.Contain("     3. Tue 2027-04-13 18:00 -04:00 (2027-04-13 22:00 UTC)"));
    }

    [Test]
    public async Task MeetingsCreate_MonthlyLastFridayUntilADateJson_PrintsWeekLastAndEndDate()
    {
        var run = await RunAsync(Create("Retro", "2026-12-01T16:00", "--timezone", "America/Los_Angeles", "--recurrence", "monthly", "--month-week", "last", "--weekdays", "fri", "--end-date", "2027-03-31", "--json"));

        var recurrence = run.Json().GetProperty("meeting").GetProperty("recurrence");
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(Created("Retro").Recurrence!.MonthlyWeek, Is.EqualTo(-1));
        Assert.That(recurrence.GetProperty("month_week").GetInt32(), Is.EqualTo(-1));
        Assert.That(recurrence.GetProperty("month_week_day").GetString(), Is.EqualTo("fri"));
        Assert.That(recurrence.GetProperty("end_date").GetString(), Is.EqualTo("2027-03-31"));
        Assert.That(Instants(run.Json().GetProperty("meeting")), Is.EqualTo(new[] { Utc(2026, 12, 26, 0), Utc(2027, 1, 30, 0), Utc(2027, 2, 27, 0), Utc(2027, 3, 26, 23) }));
    }

    // ----- co-hosts and dial-in -----

    [Test]
    public async Task MeetingsCreate_CoHostsInTheAccountText_SendsThemAsAlternativeHostsAndListsThem()
    {
        var first = ActiveUser(0).Email!;
        var second = ActiveUser(1).Email!;
        var run = await RunAsync(Create("Launch", "2026-12-04T09:00", "--timezone", "UTC", "--co-host", first, "--co-host", second));

        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(Created("Launch").Settings!.AlternativeHosts, Is.EqualTo($"{first};{second}"));
        Assert.That(run.Stdout, Does.Contain($"  Co-hosts:    {first}, {second}"));
    }

    [Test]
    public async Task MeetingsCreate_CoHostJson_PrintsCoHosts()
    {
        var coHost = ActiveUser(2).Email!;
        var run = await RunAsync(Create("Launch", "2026-12-04T09:00", "--timezone", "UTC", "--co-host", coHost, "--json"));

        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(run.Json().GetProperty("meeting").GetProperty("co_hosts").EnumerateArray().Select(c => c.GetString()), Is.EqualTo(new[] { coHost }));
    }

    [Test]
    public async Task MeetingsCreate_CoHostNotInTheAccount_ExitsTwoNamingTheFieldAndCreatesNothing()
    {
        var run = await RunAsync(Create("Launch", "2026-12-04T09:00", "--timezone", "UTC", "--co-host", "stranger@elsewhere.example"));

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("--co-host: --co-host entry 'stranger@elsewhere.example' is not a user of this Zoom account"));
        Assert.That(run.Stderr + run.Stdout, Does.Not.Contain("   at "));
        Assert.That(run.Stdout, Is.Empty);
        Assert.That(_emulator.Requests.Where(r => r.Method == "POST"), Is.Empty);
    }

    [Test]
    public async Task MeetingsCreate_CoHostNotInTheAccountJson_PrintsTheFieldErrorAsOneDocument()
    {
        var run = await RunAsync(Create("Launch", "2026-12-04T09:00", "--timezone", "UTC", "--co-host", "stranger@elsewhere.example", "--json"));

        var error = run.Json().GetProperty("error");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(error.GetProperty("option").GetString(), Is.EqualTo("--co-host"));
        Assert.That(error.GetProperty("message").GetString(), Does.Contain("is not a user of this Zoom account"));
    }

    [Test]
    public async Task MeetingsCreate_DialInCountriesText_ListsTheirNumbers()
    {
        var run = await RunAsync(Create("Global", "2026-12-04T09:00", "--timezone", "UTC", "--dial-in", "de", "--dial-in", "US"));

        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(Created("Global").Settings!.GlobalDialInCountries, Is.EqualTo(new[] { "DE", "US" }));
        Assert.That(run.Stdout, Does.Contain("  Dial-in numbers:"));
        Assert.That(run.Stdout, Does.Contain("Germany"));
    }

    [Test]
    public async Task MeetingsCreate_DialInJson_PrintsTheNumbersOfEachCountry()
    {
        var run = await RunAsync(Create("Global", "2026-12-04T09:00", "--timezone", "UTC", "--dial-in", "DE", "--json"));

        var numbers = run.Json().GetProperty("meeting").GetProperty("dial_in_numbers").EnumerateArray().ToList();
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(numbers.Select(n => n.GetProperty("country").GetString()), Does.Contain("DE"));
        Assert.That(numbers.Select(n => n.GetProperty("number").GetString()), Has.All.StartWith("+"));
    }

    // ----- validation -----

    [Test]
    public async Task MeetingsCreate_PasswordWithASpace_ExitsTwoWithTheRuleAndSendsNothing()
    {
        var run = await RunAsync(Create("Secret", "2026-12-04T09:00", "--timezone", "UTC", "--password", "no way"));

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("--password: --password may contain only letters, digits and @ - _ *."));
        Assert.That(run.Stderr, Does.Not.Contain("no way"));
        Assert.That(_emulator.Requests, Is.Empty);
    }

    [Test]
    public async Task MeetingsCreate_RecurrenceWithoutAnEndJson_PrintsTheRecurrenceField()
    {
        var run = await RunAsync(Create("Endless", "2026-12-04T09:00", "--timezone", "UTC", "--recurrence", "weekly", "--weekdays", "fri", "--json"));

        var error = run.Json().GetProperty("error");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(error.GetProperty("option").GetString(), Is.EqualTo("--end-times"));
        Assert.That(error.GetProperty("message").GetString(), Is.EqualTo("--end-times: --recurrence needs an end: --end-times (1-60) or --end-date."));
        Assert.That(_emulator.Requests, Is.Empty);
    }

    [Test]
    public async Task MeetingsCreate_WeeklyIntervalOverFifty_ExitsTwoWithTheRange()
    {
        var run = await RunAsync(Create("Rare", "2026-12-04T09:00", "--timezone", "UTC", "--recurrence", "weekly", "--interval", "51", "--weekdays", "fri", "--end-times", "2"));

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("--interval: --interval of a weekly recurrence must be 1-50; got 51."));
    }

    [Test]
    public async Task MeetingsCreate_RecurrenceOptionWithoutRecurrence_PrintsUsageAndExitsNonZero()
    {
        var run = await RunAsync(Create("Odd", "2026-12-04T09:00", "--weekdays", "mon", "--end-times", "3"));

        Assert.That(run.ExitCode, Is.Not.Zero);
        Assert.That(run.Stderr, Does.Contain("--weekdays needs --recurrence daily, weekly or monthly."));
        Assert.That(run.Stderr, Does.Contain("--end-times needs --recurrence daily, weekly or monthly."));
        Assert.That(run.Stderr, Does.Contain("--help')"));
        Assert.That(run.Stdout, Is.Empty);
        Assert.That(_emulator.Requests, Is.Empty);
    }

    [Test]
    public async Task MeetingsCreate_MonthWeekNotANumber_PrintsUsageAndExitsNonZero()
    {
        var run = await RunAsync(Create("Odd", "2026-12-04T09:00", "--recurrence", "monthly", "--weekdays", "tue", "--month-week", "5x", "--end-times", "2", "--json"));

        Assert.That(run.ExitCode, Is.Not.Zero);
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("--month-week takes 1, 2, 3, 4 or last; got '5x'."));
        Assert.That(run.Json().GetProperty("error").GetProperty("kind").GetString(), Is.EqualTo("usage"));
        Assert.That(_emulator.Requests, Is.Empty);
    }

    [Test]
    public async Task MeetingsCreate_MonthWeekFive_SchedulerRefusesWithTheRange()
    {
        var run = await RunAsync(Create("Odd", "2026-12-04T09:00", "--timezone", "UTC", "--recurrence", "monthly", "--weekdays", "tue", "--month-week", "5", "--end-times", "2"));

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("--month-week: --month-week"));
        Assert.That(_emulator.Requests, Is.Empty);
    }

    [Test]
    public async Task MeetingsCreate_UnknownWeekday_PrintsUsageAndExitsNonZero()
    {
        var run = await RunAsync(Create("Odd", "2026-12-04T09:00", "--recurrence", "weekly", "--weekdays", "mon,funday", "--end-times", "2"));

        Assert.That(run.ExitCode, Is.Not.Zero);
        Assert.That(run.Stderr, Does.Contain("got 'funday'"));
        Assert.That(_emulator.Requests, Is.Empty);
    }

    // ----- invitation --ics -----

    [Test]
    public async Task MeetingsInvitation_IcsText_WritesACalendarThatIcalNetParsesWithTheEmulatorsOccurrences()
    {
        await RunAsync(Create("Standup", "2027-03-22T09:00", "--timezone", "Europe/Paris", "--recurrence", "weekly", "--weekdays", "mon,wed", "--end-times", "4"));
        var meeting = Created("Standup");
        var file = Path.Combine(_directory, "standup.ics");

        var run = await RunAsync("meetings", "invitation", meeting.Id.ToString(CultureInfo.InvariantCulture), "--ics", file);

        var calendar = Calendar.Load(await File.ReadAllTextAsync(file))!;
        var instants = calendar.Events.Single()!.GetOccurrences(null, null).Select(o => new DateTimeOffset(o.Period.StartTime.AsUtc, TimeSpan.Zero)).Take(100).ToArray();
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(instants, Is.EqualTo(meeting.Occurrences!.Select(o => o.StartTime!.Value.ToUniversalTime()).ToArray()));
        Assert.That(calendar.Events.Single()!.Summary, Is.EqualTo("Standup"));
        Assert.That(run.Stdout, Does.Contain("  Occurrences (Europe/Paris):"));
        Assert.That(run.Stdout, Does.Contain("Topic: Standup"));
        Assert.That(run.Stdout, Does.Contain("Calendar file: " + file));
        Assert.That(run.Stderr, Does.Contain("Wrote " + file));
        Assert.That(await File.ReadAllTextAsync(file), Does.Not.Contain(meeting.StartUrl!));
    }

    [Test]
    public async Task MeetingsInvitation_IcsJson_NamesTheFileInTheDocument()
    {
        var file = Path.Combine(_directory, "one.ics");
        var id = _emulator.Meetings.First(m => m.HostId == _emulator.AdminUserId && m.Type == MeetingType.Scheduled).Id;

        var run = await RunAsync("meetings", "invitation", id.ToString(CultureInfo.InvariantCulture), "--ics", file, "--json");

        var json = run.Json();
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(json.GetProperty("ics_file").GetString(), Is.EqualTo(file));
        Assert.That(json.GetProperty("meeting").GetProperty("id").GetInt64(), Is.EqualTo(id));
        Assert.That(Calendar.Load(await File.ReadAllTextAsync(file))!.Events.Single()!.Uid, Is.EqualTo($"{id}@zoom.us"));
    }

    [Test]
    public async Task MeetingsInvitation_IcsInAMissingFolder_ExitsTwoNamingTheFile()
    {
        var file = Path.Combine(_directory, "missing", "x.ics");
        var id = _emulator.Meetings.First(m => m.HostId == _emulator.AdminUserId && m.Type == MeetingType.Scheduled).Id;

        var run = await RunAsync("meetings", "invitation", id.ToString(CultureInfo.InvariantCulture), "--ics", file);

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain($"--ics: could not write {file}"));
        Assert.That(run.Stderr, Does.Not.Contain("   at "));
    }

    // ----- --as -----

    [Test]
    public async Task MeetingsCreate_AsAUserText_SignsThemInThroughTheEmulatorAndMakesThemTheHost()
    {
        var person = ActiveUser(0);
        var run = await RunAsync(Create("Office hours", "2026-12-04T15:00", "--as", person.Email!));

        var meeting = Created("Office hours");
        var create = _emulator.Requests.Single(r => r.Method == "POST" && r.PathAndQuery.StartsWith("/v2/users/", StringComparison.Ordinal));
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(meeting.HostId, Is.EqualTo(person.Id));
        Assert.That(create.PathAndQuery, Is.EqualTo("/v2/users/me/meetings"));
        Assert.That(create.Identity, Is.EqualTo(person.Id));
        Assert.That(_emulator.Requests.Any(r => r.PathAndQuery.StartsWith("/oauth/authorize", StringComparison.Ordinal) && r.StatusCode == 302), Is.True);
        Assert.That(_emulator.Requests.Any(r => r.PathAndQuery.StartsWith("/oauth/token", StringComparison.Ordinal) && r.StatusCode == 200), Is.True);
        Assert.That(meeting.Timezone, Is.EqualTo(person.Timezone), "the person's own time zone by default");
        Assert.That(run.Stdout, Does.Contain("  Host:       " + person.Email));
        Assert.That(run.Stderr, Does.Contain($"Signed in {person.Email} through the emulator's OAuth app"));
    }

    [Test]
    public async Task MeetingsCreate_AsAUserRecurringJson_PrintsScheduledAsAndTheHost()
    {
        var person = ActiveUser(1);
        var run = await RunAsync(Create("Office hours", "2026-12-04T15:00", "--timezone", "UTC", "--as", person.Email!, "--recurrence", "daily", "--end-times", "2", "--json"));

        var json = run.Json();
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(json.GetProperty("scheduled_as").GetString(), Is.EqualTo(person.Email));
        Assert.That(json.GetProperty("meeting").GetProperty("host_id").GetString(), Is.EqualTo(person.Id));
        Assert.That(Created("Office hours").HostId, Is.EqualTo(person.Id));
    }

    [Test]
    public async Task MeetingsCreate_AsAUserWithACoHost_CreatesAsThePersonWithTheCoHost()
    {
        var person = ActiveUser(3);
        var coHost = ActiveUser(4).Email!;
        var run = await RunAsync(Create("Pairing", "2026-12-04T15:00", "--timezone", "UTC", "--as", person.Email!, "--co-host", coHost));

        var meeting = Created("Pairing");
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(meeting.HostId, Is.EqualTo(person.Id));
        Assert.That(meeting.Settings!.AlternativeHosts, Is.EqualTo(coHost));
        Assert.That(_emulator.Requests.Single(r => r.Method == "POST" && r.PathAndQuery.StartsWith("/v2/", StringComparison.Ordinal)).Identity, Is.EqualTo(person.Id));
        Assert.That(_emulator.Requests.Single(r => r.PathAndQuery == "/v2/users/" + Uri.EscapeDataString(coHost)).Identity,
            Is.EqualTo(_emulator.AdminUserId), "co-hosts are checked with the service identity");
    }

    [Test]
    public async Task MeetingsCreate_AsSomeoneOutsideTheAccount_ExitsTwoAndCreatesNothing()
    {
        var run = await RunAsync(Create("Office hours", "2026-12-04T15:00", "--timezone", "UTC", "--as", "stranger@elsewhere.example"));

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("--as: the emulator refused to sign in 'stranger@elsewhere.example'"));
        Assert.That(_emulator.Requests.Where(r => r.PathAndQuery.StartsWith("/v2/", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public async Task MeetingsCreate_AsWithUser_PrintsUsageAndExitsNonZero()
    {
        var run = await RunAsync(Create("Office hours", "2026-12-04T15:00", "--as", "a@example.com", "--user", "b@example.com"));

        Assert.That(run.ExitCode, Is.Not.Zero);
        Assert.That(run.Stderr, Does.Contain("--as and --user exclude each other"));
        Assert.That(_emulator.Requests, Is.Empty);
    }

    [Test]
    public async Task MeetingsCreate_AsBlank_PrintsUsageAndExitsNonZero()
    {
        var run = await RunAsync(Create("Office hours", "2026-12-04T15:00", "--as", " "));

        Assert.That(run.ExitCode, Is.Not.Zero);
        Assert.That(run.Stderr, Does.Contain("--as needs the person's user key"));
        Assert.That(run.Stderr, Does.Not.Contain("   at "));
        Assert.That(_emulator.Requests, Is.Empty);
    }

    [Test]
    public async Task MeetingsCreate_AsAgainstZoomWithNoStoredToken_SaysThePersonMustSignInFirst()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Zoom:BaseUrl"] = "http://127.0.0.1:9/v2/",
            ["Zoom:Service:AccessToken"] = "configured-token",
            ["Zoom:Actions:ClientId"] = "actions-client",
            ["Zoom:Actions:ClientSecret"] = "actions-secret",
            ["Zoom:Actions:RedirectUri"] = "https://app.example.com/zoom/callback",
        }).Build();

        var run = await RunWithAsync(configuration, Create("Office hours", "2026-12-04T15:00", "--timezone", "UTC", "--as", "pat@example.com"));

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("--as: pat@example.com has not signed in to the Zoom:Actions app, so no token is stored for them."));
        Assert.That(run.Stderr, Does.Contain("A console app cannot receive Zoom's OAuth redirect"));
        Assert.That(run.Stderr, Does.Not.Contain("actions-secret").And.Not.Contain("configured-token"));
        Assert.That(_emulator.Requests, Is.Empty);
    }

    [Test]
    public async Task MeetingsCreate_AsAgainstZoomWithoutAnActionsApp_NamesTheMissingKeys()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Zoom:BaseUrl"] = "http://127.0.0.1:9/v2/",
            ["Zoom:Service:AccessToken"] = "configured-token",
        }).Build();

        var run = await RunWithAsync(configuration, Create("Office hours", "2026-12-04T15:00", "--timezone", "UTC", "--as", "pat@example.com", "--json"));

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Json().GetProperty("error").GetProperty("message").GetString(), Does.Contain("Zoom:Actions:ClientId, ClientSecret and RedirectUri"));
    }

    private static string FormatId(long id)
    {
        var digits = id.ToString(CultureInfo.InvariantCulture);
        return $"{digits[..3]} {digits[3..7]} {digits[7..]}";
    }
}
