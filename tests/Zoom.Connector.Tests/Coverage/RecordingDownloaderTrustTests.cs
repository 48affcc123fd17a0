using NUnit.Framework;
using Zoom.Connector.Downloads;

namespace Zoom.Connector.Tests.Coverage;

/// <summary>Which download hops get the token: the same scheme rule as Zoom:BaseUrl (https, or http on loopback only).</summary>
public sealed class RecordingDownloaderTrustTests
{
    private static readonly ZoomRecordingDownloadOptions Defaults = new();

    [TestCase("https://ssrweb.zoom.us/file/a", null, true)]
    [TestCase("http://ssrweb.zoom.us/file/a", null, false)]
    [TestCase("http://127.0.0.1:9080/rec/file/a", "http://127.0.0.1:9080/v2/", true)]
    [TestCase("http://localhost:9080/rec/file/a", "http://localhost:9080/v2/", true)]
    [TestCase("http://127.0.0.1:9081/rec/file/a", "http://127.0.0.1:9080/v2/", false)]
    [TestCase("http://127.0.0.1:9080/rec/file/a", null, false)]
    [TestCase("http://files.example.com/rec/file/a", "http://files.example.com/v2/", false)]
    [TestCase("https://storage.example.com/file/a", "https://api.zoom.us/v2/", false)]
    public void IsTrusted_HopAndBaseUrl_SendsTokenOnlyWhereBaseUrlRuleAllows(string hop, string? baseUrl, bool expected)
        => Assert.That(ZoomRecordingDownloader.IsTrusted(new Uri(hop), Defaults, baseUrl is null ? null : new Uri(baseUrl)), Is.EqualTo(expected));
}
