using Microsoft.Playwright;
using NUnit.Framework;

namespace Zoom.Connector.WebSample.Tests;

/// <summary>
/// Headless Chromium from the Debian package (<c>/usr/bin/chromium</c>), driven by Playwright through
/// <see cref="BrowserTypeLaunchOptions.ExecutablePath"/>; Playwright's own browser download is never used.
/// Every Playwright call times out (<see cref="Timeout"/>), so a test fails rather than hangs.
/// </summary>
internal static class Browser
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>The default timeout of every action, navigation and wait.</summary>
    public const float Timeout = 15_000;

    /// <summary>
    /// Outside CI a missing Chromium ignores the browser tests, saying how to install it; under CI (<c>CI=true</c>,
    /// as <c>.ci/run</c> sets) it fails them, since <c>.ci/run</c> installs it.
    /// </summary>
    public static void RequireChromium()
    {
        var (verdict, message) = WhenChromiumIsMissing(File.Exists(ChromiumPath), Environment.GetEnvironmentVariable("CI"));
        if (verdict == MissingChromium.Fail)
        {
            Assert.Fail(message!);
        }
        else if (verdict == MissingChromium.Ignore)
        {
            Assert.Ignore(message!);
        }
    }

    /// <summary>What a browser test does when Chromium is (not) installed: run; outside CI ignore; under <c>CI=true</c> fail.</summary>
    public static (MissingChromium Verdict, string? Message) WhenChromiumIsMissing(bool installed, string? ci)
    {
        if (installed)
        {
            return (MissingChromium.Run, null);
        }

        var message = $"Chromium is missing at {ChromiumPath}: install it with `sudo DEBIAN_FRONTEND=noninteractive apt-get install -y chromium` to run the browser tests.";
        return string.Equals(ci, "true", StringComparison.OrdinalIgnoreCase)
            ? (MissingChromium.Fail, message + " (CI=true: .ci/run installs it, so a missing browser is a failure.)")
            : (MissingChromium.Ignore, message);
    }

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        RequireChromium();

        // Expect(...) has its own default (5 s); a loaded build machine gets the same 15 s as every other call.
        Assertions.SetDefaultExpectTimeout(Timeout);
        var playwright = await Playwright.CreateAsync().WaitAsync(TimeSpan.FromSeconds(60));
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Timeout = 60_000,
            });
            return (playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A fresh browser profile (own cookies) with the default timeouts set.</summary>
    public static async Task<IBrowserContext> NewContextAsync(IBrowser browser, Uri baseUrl, bool phone = false)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl.AbsoluteUri,
            AcceptDownloads = true,
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1100, Height = 900 },
            IsMobile = phone,
            HasTouch = phone,
        });
        context.SetDefaultTimeout(Timeout);
        context.SetDefaultNavigationTimeout(Timeout);
        return context;
    }
}

/// <summary>What a browser test does about Chromium.</summary>
internal enum MissingChromium
{
    Run,
    Ignore,
    Fail,
}

/// <summary>
/// Screenshots of each page into docs/websample/*.png, only when <c>WEBSAMPLE_SCREENSHOTS=1</c>:
/// <c>WEBSAMPLE_SCREENSHOTS=1 dotnet test tests/Zoom.Connector.WebSample.Tests -c Release</c> (docs/websample.md).
/// </summary>
internal static class Screenshots
{
    private static readonly string? Folder = Environment.GetEnvironmentVariable("WEBSAMPLE_SCREENSHOTS") is "1" or "true" ? FindDocsFolder() : null;

    public static async Task TakeAsync(IPage page, string name)
    {
        if (Folder is null)
        {
            return;
        }

        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = true, Timeout = Browser.Timeout });
    }

    private static string FindDocsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Zoom.Connector.sln")))
            {
                return Path.Combine(dir.FullName, "docs", "websample");
            }
        }

        throw new InvalidOperationException("WEBSAMPLE_SCREENSHOTS is set but no Zoom.Connector.sln was found above the test's folder.");
    }
}
