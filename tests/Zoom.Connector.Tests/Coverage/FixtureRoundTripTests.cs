using System.Text.Json;
using NUnit.Framework;
using Zoom.Connector.Serialization;
using Zoom.Connector.Tests.Infrastructure;

namespace Zoom.Connector.Tests.Coverage;

/// <summary>Every fixture deserializes into its model and re-serializes with the spec's field names.</summary>
public sealed class FixtureRoundTripTests
{
    private static IEnumerable<string> FixtureNames() => FixtureModels.ByFixture.Keys.Order(StringComparer.Ordinal);

    [Test]
    public void Fixtures_EveryFile_HasAModel()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.json").Select(Path.GetFileName);
        Assert.That(files.Where(f => !FixtureModels.ByFixture.ContainsKey(f!)), Is.Empty, "fixtures without a model in FixtureModels");
    }

    [TestCaseSource(nameof(FixtureNames))]
    public void Fixture_DeserializeThenSerialize_KeepsEverySpecFieldName(string fixture)
    {
        var type = FixtureModels.ByFixture[fixture];
        var info = ZoomJsonContext.Default.GetTypeInfo(type);
        Assert.That(info, Is.Not.Null, $"{type.Name} is not registered in ZoomJsonContext");
        using var original = JsonDocument.Parse(Fixtures.Read(fixture));

        var model = JsonSerializer.Deserialize(original.RootElement, info!);
        var written = JsonSerializer.SerializeToElement(model, info!);

        Assert.That(model, Is.Not.Null);
        Assert.That(JsonEquivalence.Names(written), Is.EqualTo(JsonEquivalence.Names(original.RootElement)), "field names differ after the round trip");
        JsonEquivalence.AssertEquivalent(original.RootElement, written, namesOnly: true);
        Assert.That(model!.ToString(), Does.Not.Contain(CoverageTestBase.SecretMarker), "a secret leaked into ToString()");
    }
}
