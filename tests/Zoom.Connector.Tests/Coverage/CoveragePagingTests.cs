using System.Net;
using System.Text;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Zoom.Connector.Api;
using Zoom.Connector.Paging;
using Zoom.Connector.Tests.Infrastructure;

namespace Zoom.Connector.Tests.Coverage;

/// <summary>The ListAll* helpers added with the new paged operations follow next_page_token with the other parameters unchanged.</summary>
public sealed class CoveragePagingTests
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Test]
    public async Task ListAllMeetingSummaries_TwoPages_FollowsTokenWithSameWindow()
    {
        using var host = ZoomTestHost.Create();
        host.Mock.Expect("https://api.zoom.us/v2/meetings/meeting_summaries?page_size=300&from=2026-11-01T00%3A00%3A00Z&to=2026-11-30T00%3A00%3A00Z")
            .Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = Json("""{"next_page_token":"p2","summaries":[{"meeting_uuid":"a1"},{"meeting_uuid":"a2"}]}""") });
        host.Mock.Expect("https://api.zoom.us/v2/meetings/meeting_summaries?page_size=300&next_page_token=p2&from=2026-11-01T00%3A00%3A00Z&to=2026-11-30T00%3A00%3A00Z")
            .Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = Json("""{"next_page_token":"","summaries":[{"meeting_uuid":"a3"}]}""") });

        var uuids = new List<string?>();
        await foreach (var summary in host.Get<IZoomMeetingsApi>().ListAllMeetingSummariesAsync("2026-11-01T00:00:00Z", "2026-11-30T00:00:00Z"))
        {
            uuids.Add(summary.MeetingUuid);
        }

        Assert.That(uuids, Is.EqualTo(new[] { "a1", "a2", "a3" }));
        host.Mock.VerifyNoOutstandingExpectation();
    }
}
