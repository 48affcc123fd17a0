using NUnit.Framework;
using Zoom.Connector.Api;
using Zoom.Connector.Tests.Coverage;

namespace Zoom.Connector.Tests.Models;

/// <summary>
/// Issue 15's "0 deserialization failures over responses of every shape the spec allows, for all 101 operations" rests
/// on <see cref="DeserializationFuzzTests"/> varying a response fixture of every model an operation returns. This keeps
/// that true: an operation added with a new response model and no fixture fails here, naming the operation.
/// </summary>
public sealed class ResponseFixtureCoverageTests
{
    [Test]
    public void EveryOperationWithAJsonResponse_HasAResponseFixtureTheFuzzTestVaries()
    {
        var fuzzed = FixtureModels.ByFixture
            .Where(f => !f.Key.EndsWith(".request.json", StringComparison.Ordinal))
            .Select(f => f.Value)
            .ToHashSet();
        var operations = new[] { typeof(IZoomUsersApi), typeof(IZoomMeetingsApi), typeof(IZoomRecordingsApi) }
            .SelectMany(api => api.GetMethods().Select(m => (Api: api, Method: m)))
            .ToList();
        var withModel = operations
            .Where(o => o.Method.ReturnType.IsGenericType && o.Method.ReturnType.GetGenericTypeDefinition() == typeof(Task<>))
            .Select(o => (Name: $"{o.Api.Name}.{o.Method.Name}", Model: o.Method.ReturnType.GetGenericArguments()[0]))
            .Where(o => o.Model.Namespace?.StartsWith("Zoom.Connector.Models", StringComparison.Ordinal) == true)
            .ToList();

        var missing = withModel.Where(o => !fuzzed.Contains(o.Model)).Select(o => $"{o.Name} returns {o.Model.Name}");

        Assert.Multiple(() =>
        {
            Assert.That(operations, Has.Count.EqualTo(101), "the typed API has one method per operation");
            Assert.That(withModel, Has.Count.GreaterThanOrEqualTo(60), "the operations that answer with a JSON model");
            Assert.That(missing, Is.Empty);
        });
    }
}
