using NUnit.Framework;
using Zoom.Connector.Http;
using Zoom.Connector.Models;

namespace Zoom.Connector.Testing.Tests;

[TestFixture]
public sealed class PagingTests
{
    private EmulatorHost _host = null!;

    [SetUp]
    public void SetUp() => _host = EmulatorHost.Create(o => o.UserCount = 40);

    [TearDown]
    public void TearDown() => _host.Dispose();

    [Test]
    public async Task NextPageToken_WithinFifteenMinutes_ReturnsTheNextPage()
    {
        var first = await _host.Users.ListUsersAsync(pageSize: 5);
        _host.Time.Advance(TimeSpan.FromMinutes(14));
        var second = await _host.Users.ListUsersAsync(pageSize: 5, nextPageToken: first.NextPageToken);

        Assert.That(second.Users!.Select(u => u.Id), Is.Not.EquivalentTo(first.Users!.Select(u => u.Id)));
        Assert.That(second.PageNumber, Is.EqualTo(2));
    }

    [Test]
    public async Task NextPageToken_AfterFifteenMinutes_IsRejectedWithCode300()
    {
        var first = await _host.Users.ListUsersAsync(pageSize: 5);
        _host.Time.Advance(TimeSpan.FromMinutes(15));

        var error = Assert.ThrowsAsync<ZoomApiException>(() => _host.Users.ListUsersAsync(pageSize: 5, nextPageToken: first.NextPageToken));
        Assert.That(error!.ZoomCode, Is.EqualTo(300));
        Assert.That(error.ZoomMessage, Does.Contain("next page token"));
    }

    [Test]
    public async Task NextPageToken_WithADifferentQuery_IsRejectedWithCode300()
    {
        var first = await _host.Users.ListUsersAsync(pageSize: 5);

        var error = Assert.ThrowsAsync<ZoomApiException>(() => _host.Users.ListUsersAsync(UserStatus.Inactive, pageSize: 5, nextPageToken: first.NextPageToken));
        Assert.That(error!.ZoomCode, Is.EqualTo(300));
    }

    [Test]
    public async Task ListUsers_LastPage_HasNoNextPageToken()
    {
        var all = await _host.Users.ListUsersAsync(pageSize: 300);

        Assert.That(all.NextPageToken, Is.Empty);
        Assert.That(all.TotalRecords, Is.EqualTo(all.Users!.Count));
    }
}
