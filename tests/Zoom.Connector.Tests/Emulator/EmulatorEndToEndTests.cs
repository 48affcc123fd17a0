using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using Zoom.Connector.Api;
using Zoom.Connector.Models;
using Zoom.Connector.Paging;
using Zoom.Connector.Testing;

namespace Zoom.Connector.Tests.Emulator;

/// <summary>The connector end to end against the Zoom emulator: real DI, real pipeline, a stateful fake Zoom.</summary>
[TestFixture]
public sealed class EmulatorEndToEndTests
{
    [Test]
    public async Task CreateThenListAllThenInvitation_RoundTripsThroughTheWholeConnector()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero)));
        services.AddZoomConnector(_ => { }).UseZoomEmulator(o => o.Seed = 3);
        await using var provider = services.BuildServiceProvider(validateScopes: true);
        var meetings = provider.GetRequiredService<IZoomMeetingsApi>();
        var emulator = provider.GetRequiredService<ZoomEmulator>();

        var created = await meetings.CreateMeetingAsync("me", new MeetingCreateRequest
        {
            Topic = "Quarterly review",
            StartTime = new DateTime(2026, 12, 14, 16, 0, 0),
            Duration = 50,
            Timezone = "Europe/Paris",
        });
        var listed = new List<MeetingSummary>();
        await foreach (var meeting in meetings.ListAllMeetingsAsync("me", MeetingListType.Upcoming, pageSize: 1))
        {
            listed.Add(meeting);
        }

        var invitation = (await meetings.GetMeetingInvitationAsync(created.Id)).Invitation;

        Assert.That(listed.Select(m => m.Id), Does.Contain(created.Id));
        Assert.That(listed.Single(m => m.Id == created.Id).StartTime, Is.EqualTo(new DateTimeOffset(2026, 12, 14, 15, 0, 0, TimeSpan.Zero)));
        Assert.That(invitation, Does.Contain("Time: Dec 14, 2026 04:00 PM Europe/Paris"));
        Assert.That(emulator.Requests.Count(r => r.PathAndQuery.Contains("next_page_token", StringComparison.Ordinal)), Is.GreaterThan(0));
        Assert.That(emulator.Requests.Select(r => r.Identity).Distinct(), Is.EqualTo(new[] { emulator.AdminUserId }));
    }
}
