using NUnit.Framework;
using Zoom.Connector.Http;

namespace Zoom.Connector.Tests.Http;

[TestFixture]
public sealed class ZoomMissingScopesTests
{
    [Test]
    public void FromMessage_ZoomListsScopes_ReturnsThem()
        => Assert.That(
            ZoomMissingScopes.FromMessage("Invalid access token, does not contain scopes:[user:read:list_users:admin, user:read:admin]."),
            Is.EqualTo(new[] { "user:read:list_users:admin", "user:read:admin" }));

    [Test]
    public void FromMessage_NoList_ReturnsNone()
        => Assert.That(ZoomMissingScopes.FromMessage("Invalid access token, does not contain scopes."), Is.Empty);

    [Test]
    public void FromMessage_HostileEntries_AreDropped()
        => Assert.That(
            ZoomMissingScopes.FromMessage("scopes:[meeting:write:meeting, <script>alert(1)</script>, a b:c, https://evil.example/x]"),
            Is.EqualTo(new[] { "meeting:write:meeting" }));

    [Test]
    public void Advice_WithoutNames_PointsToScopesPage()
        => Assert.That(ZoomMissingScopes.Advice(null), Does.Contain("docs/scopes.md"));
}
