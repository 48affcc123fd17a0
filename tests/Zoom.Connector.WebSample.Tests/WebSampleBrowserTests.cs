using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Zoom.Connector.Api;
using Zoom.Connector.Models;
using Zoom.Connector.Sync;
using Zoom.Connector.WebSample.Hosting;
using NUnit.Framework;

namespace Zoom.Connector.WebSample.Tests;

/// <summary>
/// The web sample in a real browser: headless Debian Chromium, the app on Kestrel at a real loopback port, its
/// in-process emulator behind it. Each test has its own browser profile and signs in through the emulator's page.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed partial class WebSampleBrowserTests : BrowserFixture
{
    private IBrowserContext? _context;

    [TearDown]
    public async Task CloseContextAsync()
    {
        if (_context is not null)
        {
            await _context.CloseAsync().WaitAsync(TimeSpan.FromSeconds(30));
            _context = null;
        }
    }

    private ZoomUser Owner => Server.Emulator.Users.Single(u => u.Id == Server.Emulator.AdminUserId);

    private ZoomUser Member(int skip = 0)
        => Server.Emulator.Users.Where(u => u.Status == UserStatus.Active && u.Id is not null && u.Id != Server.Emulator.AdminUserId).Skip(skip).First();

    /// <summary>A week from today (real clock), so the start is never in the past.</summary>
    private static string NextWeek => DateTime.UtcNow.Date.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<IPage> NewPageAsync(bool phone = false)
    {
        _context = await Browser.NewContextAsync(Chromium, Server.Address, phone);
        return await _context.NewPageAsync();
    }

    /// <summary>Opens <paramref name="path"/>, is sent to sign in, chooses <paramref name="user"/> on the emulator's page, and lands back on the path.</summary>
    internal static async Task SignInAsync(IPage page, ZoomUser user, string path = "/meetings/new", bool screenshots = false)
    {
        await page.GotoAsync(path);
        Assert.That(new Uri(page.Url).AbsolutePath, Is.EqualTo("/signin"), "a page needing a person sends the browser to sign in");
        if (screenshots)
        {
            await Screenshots.TakeAsync(page, "01-sign-in");
        }

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Sign in with Zoom" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/emulator/oauth/authorize"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to the Zoom emulator" })).ToBeVisibleAsync();
        if (screenshots)
        {
            await Screenshots.TakeAsync(page, "02-emulator-sign-in");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = user.Email!, Exact = false }).First.ClickAsync();
        try
        {
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == path);
        }
        catch (TimeoutException)
        {
            // Say where the browser ended up instead (an error page names its reason), not only that it timed out.
            var landed = new Uri(page.Url);
            var text = await page.Locator("body").InnerTextAsync(new() { Timeout = 2_000 });
            Assert.Fail($"After choosing {user.Email} the browser did not come back to {path}: it is on {landed.AbsolutePath} showing: {text[..Math.Min(text.Length, 400)]}");
        }

        await Assertions.Expect(page.GetByText("Signed in as")).ToContainTextAsync(user.Email!);
    }

    private static async Task FillWeeklyFormAsync(IPage page, string topic, string password, string coHost)
    {
        await page.GetByLabel("Topic").FillAsync(topic);
        await page.GetByLabel("Date", new() { Exact = true }).FillAsync(NextWeek);
        await page.GetByLabel("Time", new() { Exact = true }).FillAsync("09:00");
        await page.GetByLabel("Time zone").FillAsync("Europe/Paris");
        await page.GetByLabel("Duration (minutes)").FillAsync("45");
        await page.GetByLabel("How often").SelectOptionAsync("weekly");
        await page.GetByLabel("Repeat every (days, weeks or months)").FillAsync("1");
        await page.GetByLabel("Monday").CheckAsync();
        await page.GetByLabel("Wednesday").CheckAsync();
        await page.GetByLabel("Number of occurrences").FillAsync("4");
        await page.GetByLabel("Passcode (optional)").FillAsync(password);
        await page.GetByLabel("Co-hosts (optional)").FillAsync(coHost);
        await page.GetByLabel("Dial-in countries (optional)").FillAsync("US, DE");
    }

    private static async Task AssertNoSecretAsync(IPage page)
    {
        var html = await page.ContentAsync();
        Assert.That(html, Does.Not.Contain("zak=").And.Not.Contain("zoom.us/s/"), "start_url never reaches a page");
        Assert.That(html, Does.Not.Contain("emu_at_").And.Not.Contain("emu_rt_").And.Not.Contain("emu_admin_"), "no token reaches a page");
    }

    [Test]
    public async Task SignIn_CreateWeeklyMeetingWithCoHost_ShowsRecurringSuccessInvitationAndIcsWithRRule()
    {
        var page = await NewPageAsync();
        var coHost = Member();
        await SignInAsync(page, Owner, screenshots: true);
        Assert.That(await _context!.CookiesAsync(), Has.Some.Matches<BrowserContextCookiesResult>(c => c.Name == "__Host-websample" && c.Secure),
            "the app's __Host- cookie is accepted on http://127.0.0.1 (a secure context for Chromium)");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Create meeting" })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "03-create-meeting");
        await FillWeeklyFormAsync(page, "Weekly design review", "Pa55-w_rd", coHost.Email!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create meeting" }).ClickAsync();

        await page.WaitForURLAsync(new Regex(@"/meetings/\d+/created$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Recurring meeting scheduled" })).ToBeVisibleAsync();
        var details = page.Locator("dl.details");
        await Assertions.Expect(details).ToContainTextAsync("Every week on Monday and Wednesday, 4 times");
        await Assertions.Expect(details).ToContainTextAsync(coHost.Email!);
        await Assertions.Expect(details).ToContainTextAsync("Europe/Paris");
        await Screenshots.TakeAsync(page, "04-recurring-meeting-scheduled");
        await AssertNoSecretAsync(page);
        var meetingId = long.Parse(Regex.Match(page.Url, @"/meetings/(\d+)/created").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.That(Server.Emulator.FindMeeting(meetingId)?.Settings?.AlternativeHosts, Does.Contain(coHost.Email!), "the co-host reached Zoom");

        await page.GetByRole(AriaRole.Link, new() { Name = "View the invitation" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/meetings/{meetingId}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Weekly design review", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#passcode")).ToHaveTextAsync("Pa55-w_rd");
        var occurrences = page.Locator("ol.occurrences li");
        await Assertions.Expect(occurrences).ToHaveCountAsync(4);
        foreach (var text in await occurrences.AllTextContentsAsync())
        {
            Assert.That(text, Does.Contain(", 09:00 (UTC+0"), "occurrences are shown in the meeting's time zone at its wall-clock time");
            Assert.That(text, Does.StartWith("Mon").Or.StartWith("Wed"));
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("US");
        await Assertions.Expect(page.Locator("dl.details").First).ToContainTextAsync(MeetingText.MeetingId(meetingId));
        await Screenshots.TakeAsync(page, "05-invitation");
        await AssertNoSecretAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(
            () => page.GetByRole(AriaRole.Link, new() { Name = "Add to calendar (.ics)" }).ClickAsync(),
            new PageRunAndWaitForDownloadOptions { Timeout = Browser.Timeout });
        Assert.That(download.SuggestedFilename, Is.EqualTo($"meeting-{meetingId}.ics"));
        var ics = await File.ReadAllTextAsync(await download.PathAsync());
        // The event's own rule (the VTIMEZONE before it has daylight-saving rules of its own).
        var vevent = ics[ics.IndexOf("BEGIN:VEVENT", StringComparison.Ordinal)..];
        var rrule = Regex.Match(vevent, @"^RRULE:(.*)$", RegexOptions.Multiline).Groups[1].Value.Trim();
        Assert.That(rrule.Split(';'), Does.Contain("FREQ=WEEKLY").And.Contain("BYDAY=MO,WE").And.Contain("COUNT=4"), rrule);
        Assert.That(vevent, Does.Match(@"DTSTART;TZID=Europe/Paris:\d{8}T090000"), "09:00 wall-clock time in the meeting's zone");
        Assert.That(ics, Does.Not.Contain("zak="));
    }

    [Test]
    public async Task InvalidPassword_ShowsMessageNextToTheField_AndKeepsTheOtherFields()
    {
        var page = await NewPageAsync();
        var coHost = Member(1);
        await SignInAsync(page, Member(2));
        var topic = "Quarterly budget " + Guid.NewGuid().ToString("N")[..6];
        await FillWeeklyFormAsync(page, topic, "no spaces!", coHost.Email!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create meeting" }).ClickAsync();

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/meetings/new");
        var passwordField = page.Locator("div.field").Filter(new() { Has = page.Locator("#Form_Password") });
        await Assertions.Expect(passwordField.Locator("#Password-error")).ToHaveTextAsync("Passcode may contain only letters, digits and @ - _ *.");
        await Assertions.Expect(page.GetByLabel("Passcode (optional)")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByLabel("Passcode (optional)")).ToHaveAttributeAsync("aria-describedby", new Regex("Password-error"));
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Passcode may contain only letters");
        Assert.That(await page.GetByRole(AriaRole.Main).InnerTextAsync(), Does.Not.Contain("assword"), "the page says passcode, as Zoom's UI does");
        Assert.That(await page.Locator(".error").CountAsync(), Is.EqualTo(1), "only the passcode is wrong");

        // What was typed is kept (the passcode itself is never sent back).
        await Assertions.Expect(page.GetByLabel("Topic")).ToHaveValueAsync(topic);
        await Assertions.Expect(page.GetByLabel("Date", new() { Exact = true })).ToHaveValueAsync(NextWeek);
        await Assertions.Expect(page.GetByLabel("Time", new() { Exact = true })).ToHaveValueAsync("09:00");
        await Assertions.Expect(page.GetByLabel("Time zone")).ToHaveValueAsync("Europe/Paris");
        await Assertions.Expect(page.GetByLabel("Duration (minutes)")).ToHaveValueAsync("45");
        await Assertions.Expect(page.GetByLabel("How often")).ToHaveValueAsync("weekly");
        await Assertions.Expect(page.GetByLabel("Monday")).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("Wednesday")).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("Tuesday")).Not.ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("Number of occurrences")).ToHaveValueAsync("4");
        await Assertions.Expect(page.GetByLabel("Co-hosts (optional)")).ToHaveValueAsync(coHost.Email!);
        await Assertions.Expect(page.GetByLabel("Dial-in countries (optional)")).ToHaveValueAsync("US, DE");
        await Assertions.Expect(page.GetByLabel("Passcode (optional)")).ToHaveValueAsync(string.Empty);
        await Screenshots.TakeAsync(page, "06-create-meeting-invalid-passcode");
        Assert.That(Server.Emulator.Meetings.Where(m => m.Topic == topic), Is.Empty, "nothing was created");

        // Corrected, and made a one-time meeting: the one-time success page.
        await page.GetByLabel("Passcode (optional)").FillAsync("Budget_1");
        await page.GetByLabel("How often").SelectOptionAsync("once");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create meeting" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/meetings/\d+/created$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Meeting scheduled", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("dl.details")).ToContainTextAsync("Starts");
        await Assertions.Expect(page.Locator("dl.details")).ToContainTextAsync(", 09:00 (UTC+01:00)");
        await Assertions.Expect(page.Locator("dl.details")).Not.ToContainTextAsync("Repeats");
        await Screenshots.TakeAsync(page, "12-meeting-scheduled");
        Assert.That(Server.Emulator.Meetings.Single(m => m.Topic == topic).Type, Is.EqualTo(MeetingType.Scheduled));
    }

    [Test]
    public async Task AbbreviatedTimeZoneAndNoDayTicked_MessagesUseTheFormsLabels_UnderTheFieldsAndInTheSummary()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, Member(5));
        await Assertions.Expect(page.GetByRole(AriaRole.Contentinfo)).ToContainTextAsync("built-in Zoom emulator");
        var topic = "Stand-up " + Guid.NewGuid().ToString("N")[..6];
        await FillWeeklyFormAsync(page, topic, "Pa55", Member(1).Email!);
        await page.GetByLabel("Time zone").FillAsync("est");
        await page.GetByLabel("Monday").UncheckAsync();
        await page.GetByLabel("Wednesday").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create meeting" }).ClickAsync();

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/meetings/new");
        const string zoneMessage = "Time zone 'est' is an abbreviation, not a time zone (it has no daylight-saving rules and Zoom expects a time zone id): use America/New_York or another time zone from the list.";
        const string daysMessage = "On these days must name at least one weekday for weekly meetings.";
        var zoneField = page.Locator("div.field").Filter(new() { Has = page.Locator("#Form_TimeZone") });
        await Assertions.Expect(zoneField.Locator("#TimeZone-error")).ToHaveTextAsync(zoneMessage);
        await Assertions.Expect(page.GetByLabel("Time zone")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByLabel("Time zone")).ToHaveValueAsync("est");
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "On these days (weekly meetings)" }).Locator("#WeeklyDays-error")).ToHaveTextAsync(daysMessage);
        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = zoneMessage })).ToHaveAttributeAsync("href", "#Form_TimeZone");
        await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = daysMessage })).ToHaveAttributeAsync("href", "#Form_WeeklyDays");
        Assert.That(await page.Locator(".error").CountAsync(), Is.EqualTo(2));
        await Screenshots.TakeAsync(page, "13-create-meeting-time-zone-and-days");
        Assert.That(await page.GetByRole(AriaRole.Main).InnerTextAsync(), Does.Not.Match(@"\b(?:TimeZone|Recurrence|WeeklyDays|Password)\b"), "the form's labels, never the library's names");
        Assert.That(Server.Emulator.Meetings.Where(m => m.Topic == topic), Is.Empty, "nothing was created");

        // Fixed as the message says, in any letter case: the meeting is created in the canonical zone.
        await page.GetByLabel("Time zone").FillAsync("america/new_york");
        await page.GetByLabel("Tuesday").CheckAsync();
        await page.GetByLabel("Passcode (optional)").FillAsync("Pa55");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create meeting" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/meetings/\d+/created$"));
        Assert.That(Server.Emulator.Meetings.Single(m => m.Topic == topic).Timezone, Is.EqualTo("America/New_York"));
    }

    [Test]
    public async Task SignOut_RevokesAndTheCreatePageRefuses()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, Member(3));
        var revokesBefore = Server.Emulator.Requests.Count(r => r.PathAndQuery.StartsWith("/oauth/revoke", StringComparison.Ordinal));

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/signin\\?signedOut=true"));
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("You are signed out");
        Assert.That(Server.Emulator.Requests.Count(r => r.PathAndQuery.StartsWith("/oauth/revoke", StringComparison.Ordinal) && r.StatusCode == 200), Is.GreaterThan(revokesBefore),
            "sign-out revokes the grant at Zoom");

        await page.GotoAsync("/meetings/new");
        Assert.That(new Uri(page.Url).AbsolutePath, Is.EqualTo("/signin"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Create meeting" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByLabel("Topic")).ToHaveCountAsync(0);

        // A form posted without the app's session is refused too.
        var response = await page.APIRequest.PostAsync("/meetings/new", new() { Form = page.APIRequest.CreateFormData().Set("Form.Topic", "x"), MaxRedirects = 0 });
        Assert.That(response.Status, Is.AnyOf(302, 400, 401, 403));
        Assert.That(Server.Emulator.Meetings.Where(m => m.Topic == "x"), Is.Empty);
    }

    [Test]
    public async Task MyMeetings_ListsAMeetingCreatedInZoom_AfterASync_AndTheStatusPageShowsTheRun()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, Owner, "/meetings");
        await WaitForStartupSyncAsync();

        // Created in Zoom, not through this app: only a sync brings it into the store.
        var meetings = Server.Services.GetRequiredService<IZoomMeetingsApi>();
        var topic = "Planning created in Zoom " + Guid.NewGuid().ToString("N")[..6];
        await meetings.CreateMeetingAsync(ZoomUserIds.Me, new MeetingCreateRequest { Topic = topic, Type = MeetingType.Scheduled, StartTime = DateTime.UtcNow.Date.AddDays(3).AddHours(15), Duration = 30, Timezone = "UTC" });
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My meetings" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(topic)).ToHaveCountAsync(0);

        await page.GotoAsync("/sync");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run an incremental sync now" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Incremental sync run completed");
        await Assertions.Expect(page.Locator("table tbody tr").First).ToContainTextAsync("incremental (on demand)");
        await Assertions.Expect(page.Locator("table tbody tr").First).ToContainTextAsync("Completed");
        await Screenshots.TakeAsync(page, "09-sync-status");

        await page.GotoAsync("/meetings");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = topic })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "07-my-meetings");
        await AssertNoSecretAsync(page);

        await page.GotoAsync("/recordings");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My recordings" })).ToBeVisibleAsync();
        var ownerRecordings = Server.Services.GetRequiredService<InMemoryZoomSyncSink>().Recordings.Values.Where(r => r.ParentId == Owner.Id).ToList();
        Assert.That(ownerRecordings, Is.Not.Empty, "the emulator gives every user cloud recordings");
        await Assertions.Expect(page.Locator("ul.cards > li")).ToHaveCountAsync(ownerRecordings.Count);
        await Assertions.Expect(page.Locator("ul.cards")).ToContainTextAsync(ownerRecordings[0].Value.Topic!);
        await Screenshots.TakeAsync(page, "08-recordings");
        await AssertNoSecretAsync(page);
    }

    [Test]
    public async Task PhoneWidth_CreatePageFitsWithoutSideScrolling()
    {
        var page = await NewPageAsync(phone: true);
        await SignInAsync(page, Member(4));
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.That(overflow, Is.False, "the create form fits a 390 px wide phone screen");
        await Screenshots.TakeAsync(page, "10-create-meeting-phone");
    }

    /// <summary>The app starts a full run at once; wait (bounded) until it has completed so a run does not race the test.</summary>
    private Task WaitForStartupSyncAsync() => WaitForStartupSyncAsync(Server);

    internal static async Task WaitForStartupSyncAsync(WebSampleServer server)
    {
        var history = server.Services.GetRequiredService<SyncHistory>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (history.Running is not null || !history.Runs.Any(r => r.Summary.Kind == ZoomSyncKind.Full))
        {
            await Task.Delay(100, timeout.Token);
        }
    }
}
