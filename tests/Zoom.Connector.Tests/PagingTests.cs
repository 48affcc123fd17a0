using System.Net;
using System.Text;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Zoom.Connector.Api;
using Zoom.Connector.Paging;
using Zoom.Connector.Tests.Infrastructure;

namespace Zoom.Connector.Tests;

public sealed class PagingTests
{
    private static HttpResponseMessage Page(string token, params string[] emails)
    {
        var users = string.Join(',', emails.Select(e => $$"""{"id":"{{e}}","email":"{{e}}","type":1}"""));
        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent($$"""{"next_page_token":"{{token}}","page_size":2,"users":[{{users}}]}""", Encoding.UTF8, "application/json"),
        };
    }

    [Test]
    public async Task ListAllUsers_ThreePages_FollowsTokenWithOtherParametersUnchanged()
    {
        using var host = ZoomTestHost.Create();
        var seen = new List<string>();
        host.Mock.When("*").Respond(request =>
        {
            seen.Add(request.RequestUri!.PathAndQuery);
            return seen.Count switch
            {
                1 => Page("t2", "a", "b"),
                2 => Page("t3", "c", "d"),
                _ => Page("", "e"),
            };
        });

        var emails = new List<string>();
        await foreach (var user in host.Get<IZoomUsersApi>().ListAllUsersAsync(Zoom.Connector.Models.UserStatus.Inactive, pageSize: 2, roleId: "2"))
        {
            emails.Add(user.Email!);
        }

        Assert.That(emails, Is.EqualTo(new[] { "a", "b", "c", "d", "e" }));
        Assert.That(seen, Is.EqualTo(new[]
        {
            "/v2/users?status=inactive&page_size=2&role_id=2",
            "/v2/users?status=inactive&page_size=2&role_id=2&next_page_token=t2",
            "/v2/users?status=inactive&page_size=2&role_id=2&next_page_token=t3",
        }));
    }

    [TestCase(0, 1)]
    [TestCase(-5, 1)]
    [TestCase(1000, 300)]
    [TestCase(150, 150)]
    public async Task ListAllUsers_PageSize_IsClampedTo1To300(int requested, int sent)
    {
        using var host = ZoomTestHost.Create();
        string? query = null;
        host.Mock.When("*").Respond(request => { query = request.RequestUri!.Query; return Page("", "a"); });

        await foreach (var _ in host.Get<IZoomUsersApi>().ListAllUsersAsync(pageSize: requested))
        {
        }

        Assert.That(query, Is.EqualTo($"?page_size={sent}"));
    }

    [Test]
    public async Task ListAllUsers_RepeatedToken_Stops()
    {
        using var host = ZoomTestHost.Create();
        var calls = 0;
        host.Mock.When("*").Respond(_ => { calls++; return Page("same", "x" + calls); });

        var count = 0;
        await foreach (var _ in host.Get<IZoomUsersApi>().ListAllUsersAsync())
        {
            count++;
        }

        Assert.That(calls, Is.EqualTo(2), "the second page repeats the token, so no third request is made");
        Assert.That(count, Is.EqualTo(2));
    }

    [Test]
    public void ListAllUsers_CancelledMidway_StopsWithoutFurtherRequests()
    {
        using var host = ZoomTestHost.Create();
        using var cts = new CancellationTokenSource();
        var calls = 0;
        host.Mock.When("*").Respond(_ => { calls++; return Page("t" + calls, "u" + calls); });

        Assert.ThrowsAsync(Is.InstanceOf<OperationCanceledException>(), async () =>
        {
            await foreach (var user in host.Get<IZoomUsersApi>().ListAllUsersAsync(cancellationToken: cts.Token))
            {
                if (user.Email == "u2")
                {
                    await cts.CancelAsync();
                }
            }
        });
        Assert.That(calls, Is.EqualTo(2));
    }

    [Test]
    public async Task ListAllRecordings_FollowsTokenAcrossPages()
    {
        using var host = ZoomTestHost.Create();
        var seen = new List<string>();
        host.Mock.When("*").Respond(request =>
        {
            seen.Add(request.RequestUri!.PathAndQuery);
            var token = seen.Count == 1 ? "n2" : "";
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent($$"""{"from":"2026-10-01","to":"2026-10-31","next_page_token":"{{token}}","meetings":[{"id":{{seen.Count}},"uuid":"u{{seen.Count}}"}]}""", Encoding.UTF8, "application/json"),
            };
        });

        var ids = new List<long>();
        await foreach (var meeting in host.Get<IZoomRecordingsApi>().ListAllRecordingsAsync("me", new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)))
        {
            ids.Add(meeting.Id);
        }

        Assert.That(ids, Is.EqualTo(new[] { 1L, 2L }));
        Assert.That(seen[1], Is.EqualTo("/v2/users/me/recordings?from=2026-10-01&to=2026-10-31&page_size=300&next_page_token=n2"));
    }

    [Test]
    public void ClampPageSize_Null_StaysNull()
        => Assert.That(ZoomPager.ClampPageSize(null), Is.Null);
}
