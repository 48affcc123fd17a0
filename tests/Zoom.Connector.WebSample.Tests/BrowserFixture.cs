using Microsoft.Playwright;
using NUnit.Framework;

namespace Zoom.Connector.WebSample.Tests;

/// <summary>One web sample app and one headless Chromium per fixture, started once and stopped browser first.</summary>
public abstract class BrowserFixture
{
    private IPlaywright? _playwright;

    /// <summary>The web sample on Kestrel at a loopback port (with its in-process emulator unless <see cref="StartServerAsync"/> says otherwise).</summary>
    protected WebSampleServer Server { get; private set; } = null!;

    /// <summary>The launched Debian Chromium.</summary>
    protected IBrowser Chromium { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        Browser.RequireChromium();
        Server = await StartServerAsync();
        (_playwright, Chromium) = await Browser.LaunchAsync();
    }

    /// <summary>Starts the web sample; by default on its in-process emulator.</summary>
    protected virtual Task<WebSampleServer> StartServerAsync() => WebSampleServer.StartAsync();

    /// <summary>Stops what <see cref="StartServerAsync"/> started besides the web sample, after the web sample stopped.</summary>
    protected virtual ValueTask StopDependenciesAsync() => ValueTask.CompletedTask;

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        // The browser first, so the server does not wait on its keep-alive connections.
        if (Chromium is not null)
        {
            await Chromium.CloseAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }

        _playwright?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }

        await StopDependenciesAsync();
    }
}
