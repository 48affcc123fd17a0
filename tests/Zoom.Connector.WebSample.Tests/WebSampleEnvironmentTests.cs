using NUnit.Framework;

namespace Zoom.Connector.WebSample.Tests;

/// <summary>The footer's "which Zoom": the emulator, or Zoom:BaseUrl's host, never anything else of that URL.</summary>
[TestFixture]
public sealed class WebSampleEnvironmentTests
{
    [TestCase(true, "https://api.zoom.us/v2/", "the built-in emulator")]
    [TestCase(false, null, "api.zoom.us")]
    [TestCase(false, "https://api.zoom.us/v2/", "api.zoom.us")]
    [TestCase(false, "http://127.0.0.1:9080/v2/", "127.0.0.1:9080 (standalone emulator)")]
    [TestCase(false, "http://localhost:9080/v2/", "localhost:9080 (standalone emulator)")]
    [TestCase(false, "https://zoom-proxy.example.com:8443/v2/", "zoom-proxy.example.com:8443")]
    [TestCase(false, "not a url", "the Zoom API set in Zoom:BaseUrl")]
    public void DescribeZoom_NamesTheEmulatorOrTheHost(bool usesEmulator, string? baseUrl, string expected)
        => Assert.That(WebSampleEnvironment.DescribeZoom(usesEmulator, baseUrl), Is.EqualTo(expected));

    [Test]
    public void DescribeZoom_NeverShowsUserInformationPathOrQuery()
    {
        var described = WebSampleEnvironment.DescribeZoom(false, "https://svc:s3cret@api.zoom.us/v2/private-path?token=abc123");

        Assert.That(described, Is.EqualTo("api.zoom.us"));
        Assert.That(described, Does.Not.Contain("s3cret").And.Not.Contain("abc123").And.Not.Contain("private-path"));
    }
}
