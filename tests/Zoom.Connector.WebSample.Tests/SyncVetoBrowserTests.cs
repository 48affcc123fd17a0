using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NUnit.Framework;
using Zoom.Connector.Models;
using Zoom.Connector.Sync;

namespace Zoom.Connector.WebSample.Tests;

/// <summary>
/// The sync status page with a vetoed run: its own app (the test deletes a large share of the account's meetings),
/// the figures for everyone signed in, the Confirm button for the account owner only, and confirming applies the
/// held-back deletions.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class SyncVetoBrowserTests : BrowserFixture
{
    [Test]
    public async Task VetoedRun_ShowsItsFigures_OnlyTheOwnerMayConfirm_AndConfirmingDeletes()
    {
        await WebSampleBrowserTests.WaitForStartupSyncAsync(Server);
        var store = Server.Services.GetRequiredService<InMemoryZoomSyncSink>();
        var heldBefore = store.Meetings.Count;
        var doomed = store.Meetings.Keys.Take(heldBefore * 2 / 5).Select(long.Parse).ToList();
        foreach (var id in doomed)
        {
            Server.Emulator.DeleteMeeting(id);
        }

        await using var owner = await Browser.NewContextAsync(Chromium, Server.Address);
        var page = await owner.NewPageAsync();
        var ownerUser = Server.Emulator.Users.Single(u => u.Id == Server.Emulator.AdminUserId);
        await WebSampleBrowserTests.SignInAsync(page, ownerUser, "/sync");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run a full sync now" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Full sync run vetoed");

        var meetingRow = page.Locator("table").First.Locator("tbody tr").Filter(new() { HasText = "Meeting" }).First;
        await Assertions.Expect(meetingRow).ToContainTextAsync(doomed.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Confirm these deletions" })).ToBeVisibleAsync();
        Assert.That(store.Meetings, Has.Count.EqualTo(heldBefore), "nothing is deleted before someone confirms");
        await Screenshots.TakeAsync(page, "11-sync-vetoed-run");

        // A member sees the figures but no Confirm button.
        await using (var memberContext = await Browser.NewContextAsync(Chromium, Server.Address))
        {
            var memberPage = await memberContext.NewPageAsync();
            var member = Server.Emulator.Users.First(u => u.Status == UserStatus.Active && u.Id is not null && u.RoleId == "2");
            await WebSampleBrowserTests.SignInAsync(memberPage, member, "/sync");
            await Assertions.Expect(memberPage.GetByText("An owner or admin of the Zoom account can confirm these deletions.")).ToBeVisibleAsync();
            await Assertions.Expect(memberPage.GetByRole(AriaRole.Button, new() { Name = "Confirm these deletions" })).ToHaveCountAsync(0);
            await Assertions.Expect(memberPage.GetByRole(AriaRole.Button, new() { Name = "Run a full sync now" })).ToHaveCountAsync(0);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm these deletions" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync(new Regex(@"Confirmed: \d+ held-back deletions applied\."));
        await Assertions.Expect(page.GetByText("None: no run is waiting for confirmation.")).ToBeVisibleAsync();
        Assert.That(store.Meetings, Has.Count.EqualTo(heldBefore - doomed.Count));
        Assert.That(doomed.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)), Has.None.AnyOf(store.Meetings.Keys.ToArray()));
    }
}
