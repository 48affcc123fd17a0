using NUnit.Framework;
using System.Net;
using System.Text;
using RichardSzalay.MockHttp;
using Zoom.Connector.Api;
using Zoom.Connector.Http;
using Zoom.Connector.Models;
using Zoom.Connector.Paging;
using Zoom.Connector.Tests.Infrastructure;

namespace Zoom.Connector.Tests;

public sealed class ResumablePagingTests
{
    [Test]
    public async Task ResumePagesAsync_FromASavedToken_ContinuesAfterThatPageWithEachPagesToken()
    {
        var sent = new List<string?>();
        var pages = new List<ZoomResumablePage<ZoomUser>>();

        await foreach (var page in ZoomPager.ResumePagesAsync<UserList, ZoomUser>((token, _) =>
        {
            sent.Add(token);
            return Task.FromResult(token switch
            {
                "t2" => Users("t3", "c"),
                _ => Users(string.Empty, "d"),
            });
        }, "t2"))
        {
            pages.Add(page);
        }

        Assert.Multiple(() =>
        {
            Assert.That(sent, Is.EqualTo(new[] { "t2", "t3" }));
            Assert.That(pages.Select(p => p.ContinuationToken), Is.EqualTo(new[] { "t3", null }));
            Assert.That(pages.SelectMany(p => p.Items).Select(u => u.Id), Is.EqualTo(new[] { "c", "d" }));
            Assert.That(pages.Select(p => p.Restarted), Has.All.False);
        });
    }

    [Test]
    public async Task ResumePagesAsync_ZoomSaysTheTokenExpired_RestartsTheListingAndMarksTheFirstPage()
    {
        var sent = new List<string?>();
        var pages = new List<ZoomResumablePage<ZoomUser>>();

        await foreach (var page in ZoomPager.ResumePagesAsync<UserList, ZoomUser>((token, _) =>
        {
            sent.Add(token);
            return token switch
            {
                "stale" => Task.FromException<UserList>(new ZoomApiException("Invalid next page token.", HttpStatusCode.BadRequest, 300, "Invalid next page token.", null, HttpMethod.Get, "/users")),
                null => Task.FromResult(Users("t2", "a")),
                _ => Task.FromResult(Users(string.Empty, "b")),
            };
        }, "stale"))
        {
            pages.Add(page);
        }

        Assert.Multiple(() =>
        {
            Assert.That(sent, Is.EqualTo(new[] { "stale", null, "t2" }));
            Assert.That(pages.Select(p => p.Restarted), Is.EqualTo(new[] { true, false }));
            Assert.That(pages.SelectMany(p => p.Items).Select(u => u.Id), Is.EqualTo(new[] { "a", "b" }));
        });
    }

    [Test]
    public void ResumePagesAsync_OtherError_IsNotSwallowed()
    {
        var pages = ZoomPager.ResumePagesAsync<UserList, ZoomUser>(
            (_, _) => Task.FromException<UserList>(new ZoomApiException("Forbidden.", HttpStatusCode.Forbidden, 4700, "Invalid access token, does not contain scopes.", null, HttpMethod.Get, "/users")),
            "t2");

        Assert.That(async () =>
        {
            await foreach (var _ in pages)
            {
            }
        }, Throws.InstanceOf<ZoomApiException>().With.Property(nameof(ZoomApiException.ZoomCode)).EqualTo(4700));
    }

    [Test]
    public async Task ListAllRecordings_RangeOfThreeMonths_AsksZoomOneMonthWindowAtATime()
    {
        using var host = ZoomTestHost.Create();
        var queries = new List<string>();
        host.Mock.When("*").Respond(request =>
        {
            queries.Add(request.RequestUri!.Query);
            var from = System.Web.HttpUtility.ParseQueryString(request.RequestUri.Query)["from"];
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent($$"""{"next_page_token":"","meetings":[{"uuid":"u-{{from}}","id":1,"topic":"T","type":2}]}""", Encoding.UTF8, "application/json"),
            };
        });
        var from = new DateOnly(2026, 9, 1);

        var uuids = new List<string>();
        await foreach (var recording in host.Get<IZoomRecordingsApi>().ListAllRecordingsAsync("me", from, from.AddMonths(3)))
        {
            uuids.Add(recording.Uuid!);
        }

        Assert.Multiple(() =>
        {
            Assert.That(queries.Select(q => System.Web.HttpUtility.ParseQueryString(q)["from"] + ".." + System.Web.HttpUtility.ParseQueryString(q)["to"]), Is.EqualTo(new[]
            {
                "2026-09-01..2026-09-30",
                "2026-10-01..2026-10-31",
                "2026-11-01..2026-11-30",
                "2026-12-01..2026-12-01",
            }));
            Assert.That(uuids, Has.Count.EqualTo(4));
        });
    }

    [Test]
    public void ListAllRecordings_ToBeforeFrom_ThrowsNamingTheParameter()
    {
        using var host = ZoomTestHost.Create();

        var ex = Assert.Throws<ArgumentException>(() => host.Get<IZoomRecordingsApi>().ListAllRecordingsAsync("me", new DateOnly(2026, 9, 2), new DateOnly(2026, 9, 1)));

        Assert.That(ex!.ParamName, Is.EqualTo("to"));
    }

    [TestCase("2026-01-31", "2026-03-01", "2026-01-31..2026-02-27|2026-02-28..2026-03-01")]
    [TestCase("2026-05-10", "2026-05-10", "2026-05-10..2026-05-10")]
    public void RecordingWindows_Split_CoversEveryDayOnceInWindowsOfAtMostAMonth(string from, string to, string expected)
    {
        var windows = ZoomRecordingWindows.Split(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));

        Assert.That(string.Join('|', windows.Select(w => $"{w.From:yyyy-MM-dd}..{w.To:yyyy-MM-dd}")), Is.EqualTo(expected));
    }

    private static UserList Users(string next, params string[] ids)
        => new() { NextPageToken = next, Users = [.. ids.Select(id => new ZoomUser { Id = id })] };
}
