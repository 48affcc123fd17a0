using NUnit.Framework;
using Zoom.Connector.Authentication;

namespace Zoom.Connector.Tests.Authentication;

public sealed class TokenStoreTests
{
    private static ZoomTokenEntry Entry(string access, string? refresh = "refresh-secret-1")
        => new() { AccessToken = access, RefreshToken = refresh, ExpiresAt = new DateTimeOffset(2026, 11, 28, 13, 0, 0, TimeSpan.Zero), Scopes = ["meeting:write:meeting"] };

    [Test]
    public async Task TrySet_ExpectedVersionMatches_WritesWithNewVersion()
    {
        var store = new InMemoryZoomTokenStore();

        var first = await store.TrySetAsync("alice", Entry("a1"), expectedVersion: 0);
        var second = await store.TrySetAsync("alice", Entry("a2"), first!.Version);

        Assert.That(second!.Version, Is.GreaterThan(first.Version));
        Assert.That((await store.GetAsync("alice"))!.Entry.AccessToken, Is.EqualTo("a2"));
    }

    [Test]
    public async Task TrySet_StaleVersion_WritesNothing()
    {
        var store = new InMemoryZoomTokenStore();
        var first = await store.TrySetAsync("alice", Entry("a1"), 0);
        await store.TrySetAsync("alice", Entry("a2"), first!.Version);

        var stale = await store.TrySetAsync("alice", Entry("a3"), first.Version);
        var createOverExisting = await store.TrySetAsync("alice", Entry("a4"), 0);

        Assert.That(stale, Is.Null);
        Assert.That(createOverExisting, Is.Null);
        Assert.That((await store.GetAsync("alice"))!.Entry.AccessToken, Is.EqualTo("a2"));
    }

    [Test]
    public async Task TryRemove_AfterRemoveAndNewSignIn_OldVersionCannotTouchNewEntry()
    {
        var store = new InMemoryZoomTokenStore();
        var old = await store.TrySetAsync("alice", Entry("a1"), 0);
        Assert.That(await store.TryRemoveAsync("alice", old!.Version), Is.True);
        await store.TrySetAsync("alice", Entry("a2"), 0);

        Assert.That(await store.TryRemoveAsync("alice", old.Version), Is.False);
        Assert.That(await store.TrySetAsync("alice", Entry("a3"), old.Version), Is.Null);
        Assert.That((await store.GetAsync("alice"))!.Entry.AccessToken, Is.EqualTo("a2"));
    }

    [Test]
    public async Task Get_DifferentKeys_AreIndependent()
    {
        var store = new InMemoryZoomTokenStore();
        await store.TrySetAsync("alice", Entry("a"), 0);
        await store.TrySetAsync(ZoomTokenKeys.Service, Entry("s"), 0);

        Assert.That((await store.GetAsync("alice"))!.Entry.AccessToken, Is.EqualTo("a"));
        Assert.That((await store.GetAsync(ZoomTokenKeys.Service))!.Entry.AccessToken, Is.EqualTo("s"));
        Assert.That(await store.GetAsync("bob"), Is.Null);
    }

    [Test]
    public async Task ToString_EntryWithTokens_PrintsNoToken()
    {
        var store = new InMemoryZoomTokenStore();
        var stored = await store.TrySetAsync("alice", Entry("access-secret-1"), 0);

        var texts = new[] { Entry("access-secret-1").ToString(), stored!.ToString(), Entry("access-secret-1").ToAccessToken().ToString() };

        Assert.That(texts, Has.None.Contain("access-secret-1"));
        Assert.That(texts, Has.None.Contain("refresh-secret-1"));
        Assert.That(texts[0], Does.Contain("ExpiresAt").And.Contain("meeting:write:meeting"));
    }
}
