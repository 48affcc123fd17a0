using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using NUnit.Framework;

namespace Zoom.Connector.Sample.Tests;

/// <summary>
/// The sample's support log: kept in files beside the emulator's state by default, so <c>support-log</c> in a later
/// run (a new host over the same folder, as a new process would be) shows the calls earlier commands made, token
/// requests included, and never a secret.
/// </summary>
[TestFixture]
public sealed partial class SupportLogCommandTests
{
    private const string Person = "henrik.kowalski1@example.com";
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

    private string LogFolder => Path.Combine(_folder, ".zoom-support-log");

    private sealed record Run(int ExitCode, string Stdout, string Stderr)
    {
        public JsonElement Json() => JsonDocument.Parse(Stdout).RootElement.Clone();
    }

    private async Task<Run> RunAsync(IDictionary<string, string?>? settings, params string[] args)
    {
        var values = new Dictionary<string, string?> { ["Zoom:Emulator:DataPath"] = Path.Combine(_folder, ".zoom-emulator") };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await SampleApp.RunAsync(args, stdout, stderr, configure: null, new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        return new Run(exit, stdout.ToString(), stderr.ToString());
    }

    private Task<Run> RunAsync(params string[] args) => RunAsync(null, args);

    private static List<JsonElement> Records(Run run) => [.. run.Json().GetProperty("records").EnumerateArray()];

    [Test]
    public async Task SupportLog_InALaterRun_ShowsEarlierCommandsCallsAndTokenRequestsInOrder()
    {
        var users = await RunAsync("users", "list");
        var create = await RunAsync("meetings", "create", "--topic", "Support check", "--start", "tomorrow@10:00", "--duration", "30", "--password", "Pw9876", "--as", Person);
        Assert.That(users.ExitCode, Is.Zero, users.Stderr);
        Assert.That(create.ExitCode, Is.Zero, create.Stderr);

        var json = await RunAsync("support-log", "--json");
        var table = await RunAsync("support-log");

        Assert.That(json.ExitCode, Is.Zero, json.Stderr);
        var records = Records(json);
        var operations = records.Select(r => r.GetProperty("operation").GetString()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(operations[0], Is.EqualTo("users"), "the first command's call comes first");
            Assert.That(operations, Does.Contain("token:authorization_code"), "the sign-in's token request of --as");
            Assert.That(operations.IndexOf("token:authorization_code"), Is.LessThan(operations.IndexOf("meetingCreate")), "the token before the call it made possible");
            Assert.That(records.Select(r => r.GetProperty("timestamp").GetDateTimeOffset()), Is.Ordered);
            Assert.That(json.Json().GetProperty("total_records").GetInt32(), Is.EqualTo(records.Count));
            Assert.That(records.Single(r => r.GetProperty("operation").GetString() == "meetingCreate").GetProperty("identityKey").GetString(),
                Does.StartWith("u-").And.Not.Contain("henrik"), "the person under a pseudonym");
            Assert.That(table.ExitCode, Is.Zero, table.Stderr);
            Assert.That(table.Stdout, Does.Contain("meetingCreate").And.Contain("token:authorization_code").And.Contain("GET /v2/users").And.Contain(LogFolder));
        });
    }

    [Test]
    public async Task SupportLog_Filters_ByOperationStatusAndSince()
    {
        await RunAsync("users", "list");
        await RunAsync("meetings", "show", "12345678901");          // 404: Zoom says the meeting does not exist

        var byOperation = await RunAsync("support-log", "--operation", "users", "--json");
        var byStatus = await RunAsync("support-log", "--status", "404", "--json");
        var recent = await RunAsync("support-log", "--since", "1h", "--json");
        var future = await RunAsync("support-log", "--since", DateTimeOffset.UtcNow.AddHours(1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Multiple(() =>
        {
            Assert.That(Records(byOperation).Select(r => r.GetProperty("operation").GetString()), Is.All.EqualTo("users").And.Not.Empty);
            Assert.That(Records(byStatus).Select(r => r.GetProperty("operation").GetString()), Is.EqualTo(new[] { "meeting" }));
            Assert.That(Records(byStatus)[0].GetProperty("zoomCode").GetInt32(), Is.EqualTo(3001));
            Assert.That(Records(recent), Has.Count.EqualTo(Records(byOperation).Count + 1));
            Assert.That(future.ExitCode, Is.Zero, future.Stderr);
            Assert.That(future.Stdout, Does.Contain("No support-log records match"));
        });
    }

    [Test]
    public async Task SupportLog_Files_AreOwnerOnlyAndCarryNoSecret()
    {
        var create = await RunAsync("meetings", "create", "--topic", "Secret check", "--start", "tomorrow@11:00", "--duration", "30", "--password", "Pw4321", "--as", Person);
        Assert.That(create.ExitCode, Is.Zero, create.Stderr);
        var passcode = Passcode().Match(create.Stdout).Groups[1].Value;
        await RunAsync("meetings", "invitation", MeetingId().Match(create.Stdout).Groups[1].Value);

        var files = Directory.GetFiles(LogFolder, "*.jsonl");
        var text = string.Concat(files.Select(File.ReadAllText));

        Assert.That(files, Is.Not.Empty);
        Assert.That(text, Does.Contain("meetingInvitation"));
        foreach (var secret in new[] { passcode, "Pw4321", "access_token", "refresh_token", "Bearer", "start_url", "zoom.us/s/", "code_verifier", Person })
        {
            Assert.That(text, Does.Not.Contain(secret), $"the support log's files carry '{secret}'");
        }

        if (!OperatingSystem.IsWindows())
        {
            Assert.That(File.GetUnixFileMode(LogFolder), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
            Assert.That(files.Select(File.GetUnixFileMode), Is.All.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        }
    }

    [Test]
    public async Task SupportLog_DisabledByConfiguration_RecordsNothingAndSaysSo()
    {
        var off = new Dictionary<string, string?> { ["Zoom:SupportLog:Enabled"] = "false" };
        var users = await RunAsync(off, "users", "list");
        var shown = await RunAsync(off, "support-log");

        Assert.That(users.ExitCode, Is.Zero, users.Stderr);
        Assert.That(Directory.Exists(LogFolder) && Directory.EnumerateFiles(LogFolder).Any(), Is.False, "nothing written");
        Assert.That(shown.ExitCode, Is.Zero, shown.Stderr);
        Assert.That(shown.Stdout, Does.Contain("No support-log records match"));
    }

    [TestCase("--since", "yesterday", "--since: must be an age such as 30m")]
    [TestCase("--status", "abc", "--status must be an HTTP status code from 100 to 599")]
    [TestCase("--limit", "0", "--limit must be a whole number from 1 to")]
    public async Task SupportLog_BadOption_Exit2NamingIt(string option, string value, string expected)
    {
        var run = await RunAsync("support-log", option, value, "--json");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain(expected));
        Assert.That(run.Json().GetProperty("error").GetProperty("exit_code").GetInt32(), Is.EqualTo(2));
    }

    [GeneratedRegex(@"Passcode:\s+(\S+)")]
    private static partial Regex Passcode();

    [GeneratedRegex(@"meetings show (\d+)")]
    private static partial Regex MeetingId();
}
