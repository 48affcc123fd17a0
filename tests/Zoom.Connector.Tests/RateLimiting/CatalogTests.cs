using NUnit.Framework;
using Zoom.Connector.RateLimiting;

namespace Zoom.Connector.Tests.RateLimiting;

public sealed class CatalogTests
{
    [TestCase("POST", "/v2/users/me/meetings", "meetingCreate", ZoomRateLimitCategory.Light)]
    [TestCase("POST", "/v2/users/jchill%40example.com/meetings", "meetingCreate", ZoomRateLimitCategory.Light)]
    [TestCase("GET", "/v2/users/30R7kT7bTIKSNUFEuH_Qlg/meetings", "meetings", ZoomRateLimitCategory.Medium)]
    [TestCase("GET", "/v2/users/email", "userEmail", ZoomRateLimitCategory.Light)]
    [TestCase("GET", "/v2/users/jchill@example.com", "user", ZoomRateLimitCategory.Light)]
    [TestCase("GET", "/v2/users/summary", "userSummary", ZoomRateLimitCategory.Medium)]
    [TestCase("GET", "/v2/users/me/zak", "userZak", ZoomRateLimitCategory.Light)]
    [TestCase("GET", "/v2/users", "users", ZoomRateLimitCategory.Medium)]
    [TestCase("PATCH", "/v2/meetings/97763643886", "meetingUpdate", ZoomRateLimitCategory.Light)]
    [TestCase("GET", "/v2/meetings/meeting_summaries", "Listmeetingsummaries", ZoomRateLimitCategory.Medium)]
    [TestCase("POST", "/v2/meetings/97763643886/batch_registrants", "addBatchRegistrants", ZoomRateLimitCategory.Heavy)]
    [TestCase("GET", "/v2/meetings/97763643886/recordings/analytics_summary", "analytics_summary", ZoomRateLimitCategory.Medium)]
    [TestCase("GET", "/v2/users/me/presence_status", "getUserPresenceStatus", ZoomRateLimitCategory.Unknown)]
    [TestCase("GET", "/v2/users/me/recordings", "recordingsList", ZoomRateLimitCategory.Medium)]
    public void Match_KnownOperation_GivesOperationAndCategory(string method, string path, string operationId, ZoomRateLimitCategory category)
    {
        var operation = ZoomOperationCatalog.Match(method, path, "/v2/");
        Assert.That(operation, Is.Not.Null);
        Assert.That(operation!.OperationId, Is.EqualTo(operationId));
        Assert.That(operation.Category, Is.EqualTo(category));
    }

    [TestCase("GET", "/v2/nothing/here")]
    [TestCase("POST", "/v2/meetings/1")]
    [TestCase("GET", "/v2/")]
    public void Match_UnknownRequest_IsNull(string method, string path)
        => Assert.That(ZoomOperationCatalog.Match(method, path, "/v2/"), Is.Null);

    [Test]
    public void All_HasEveryOperationOfTheTableOnce()
    {
        Assert.That(ZoomOperationCatalog.All, Has.Count.EqualTo(101));
        Assert.That(ZoomOperationCatalog.All.Select(o => (o.Method, o.PathTemplate)), Is.Unique);
        foreach (var operation in ZoomOperationCatalog.All)
        {
            var concrete = "/v2" + string.Join('/', operation.Segments.Select(s => s.StartsWith('{') ? "123" : s).Prepend(string.Empty));
            Assert.That(ZoomOperationCatalog.Match(operation.Method, concrete, "/v2/"), Is.SameAs(operation), concrete);
        }
    }
}
