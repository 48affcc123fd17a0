using NUnit.Framework;

namespace Zoom.Connector.WebSample.Tests;

/// <summary>How the browser tests treat a missing Chromium: ignored with the install command outside CI, failed under CI.</summary>
[TestFixture]
public sealed class BrowserRequirementTests
{
    [Test]
    public void MissingChromium_OutsideCi_IsIgnored_WithTheAptCommand()
    {
        var (verdict, message) = Browser.WhenChromiumIsMissing(installed: false, ci: null);

        Assert.That(verdict, Is.EqualTo(MissingChromium.Ignore));
        Assert.That(message, Does.Contain("Chromium is missing").And.Contain("apt-get install -y chromium"));
    }

    [TestCase("true")]
    [TestCase("TRUE")]
    public void MissingChromium_UnderCi_Fails(string ci)
    {
        var (verdict, message) = Browser.WhenChromiumIsMissing(installed: false, ci);

        Assert.That(verdict, Is.EqualTo(MissingChromium.Fail));
        Assert.That(message, Does.Contain("apt-get install -y chromium").And.Contain("CI=true"));
    }

    [TestCase(null)]
    [TestCase("true")]
    public void InstalledChromium_Runs(string? ci)
        => Assert.That(Browser.WhenChromiumIsMissing(installed: true, ci).Verdict, Is.EqualTo(MissingChromium.Run));
}
