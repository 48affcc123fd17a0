using NUnit.Framework;
using Zoom.Connector.Scheduling;

namespace Zoom.Connector.Tests.Scheduling;

/// <summary>A typed time zone matched the way both samples' forms need it: canonical id, or why not and what instead.</summary>
[TestFixture]
public sealed class TimeZoneInputTests
{
    [TestCase("europe/paris", "Europe/Paris")]
    [TestCase("  America/New_York ", "America/New_York")]
    [TestCase("W. Europe Standard Time", "Europe/Berlin")]
    [TestCase("zulu", "UTC")]
    [TestCase("Asia/Calcutta", "Asia/Calcutta")]
    public void Match_KnownZone_ResolvesToTheIdTheSchedulerTakes(string typed, string expected)
    {
        var match = ZoomTimeZoneInput.Match(typed);

        Assert.That(match.IsResolved, Is.True);
        Assert.That(match.Id, Is.EqualTo(expected));
    }

    [Test]
    public void Match_Abbreviation_IsRefusedWithTheZoneItUsuallyMeans()
    {
        var match = ZoomTimeZoneInput.Match("est");

        Assert.That((match.IsResolved, match.IsAbbreviation, match.Suggestion), Is.EqualTo((false, true, "America/New_York")));
    }

    [TestCase("europe/pari", "Europe/Paris")]
    [TestCase("paris", "Europe/Paris")]
    [TestCase("Mars/Olympus", null)]
    public void Match_UnknownId_SuggestsTheClosestWhenNear(string typed, string? suggestion)
    {
        var match = ZoomTimeZoneInput.Match(typed);

        Assert.That((match.IsResolved, match.IsAbbreviation, match.Suggestion), Is.EqualTo((false, false, suggestion)));
    }

    [TestCase(null)]
    [TestCase("   ")]
    public void Match_Nothing_MatchesNothingAndSuggestsNothing(string? typed)
    {
        var match = ZoomTimeZoneInput.Match(typed);

        Assert.That((match.Text, match.IsResolved, match.Suggestion), Is.EqualTo((string.Empty, false, (string?)null)));
    }

    [Test]
    public void KnownIds_AreSortedIanaIdsWithUtc()
    {
        Assert.That(ZoomTimeZoneInput.KnownIds, Does.Contain("Europe/Paris").And.Contain("UTC").And.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
    }
}
