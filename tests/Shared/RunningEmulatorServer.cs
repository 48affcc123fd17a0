using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Zoom.Connector.Emulator;
using Zoom.Connector.Testing;

namespace Zoom.Connector.TestSupport;

/// <summary>
/// The standalone emulator server (<c>zoom-emulator</c>) started in the test's process on a free loopback port, and
/// the settings it prints on start, as a user would export them. One file, compiled into each test project that needs
/// the server (linked from tests/Shared), so the emulator's and the web sample's tests start it the same way.
/// </summary>
internal sealed class RunningEmulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningEmulatorServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>Where the server listens, e.g. http://127.0.0.1:41235/.</summary>
    public Uri Address { get; }

    /// <summary>The emulator behind the server.</summary>
    public ZoomEmulator Emulator => _app.Services.GetRequiredService<ZoomEmulator>();

    /// <summary>The lines the server prints on start (<c>Zoom__BaseUrl=...</c>), exactly as <c>zoom-emulator</c> prints them.</summary>
    public IReadOnlyList<string> EnvironmentLines => [.. EmulatorServer.EnvironmentLines(Address, Emulator)];

    /// <summary>
    /// The printed lines as configuration, the way the environment-variable provider reads an exported
    /// <c>Zoom__Actions__ClientId=...</c> (<c>__</c> is the section separator).
    /// </summary>
    public IReadOnlyDictionary<string, string?> Settings
        => EnvironmentLines.Select(line => line.Split('=', 2)).ToDictionary(pair => pair[0].Replace("__", ":", StringComparison.Ordinal), pair => (string?)pair[1], StringComparer.OrdinalIgnoreCase);

    /// <summary>Starts the server as <c>zoom-emulator --port 0 [args]</c> would.</summary>
    public static async Task<RunningEmulatorServer> StartAsync(params string[] args)
    {
        var app = EmulatorServer.Build(EmulatorServerSettings.Parse(["--port", "0", .. args]));
        using var starting = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await app.StartAsync(starting.Token);
        return new RunningEmulatorServer(app, EmulatorServer.Address(app));
    }

    /// <summary>
    /// A loopback port that was free a moment ago, for a web app whose callback must be registered before it starts.
    /// Another process may take it in between; the caller retries on a failed bind.
    /// </summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>An HTTP client for the server's REST, OAuth and admin endpoints.</summary>
    public HttpClient Client(bool followRedirects = false)
        => new(new SocketsHttpHandler { AllowAutoRedirect = followRedirects }) { BaseAddress = Address };

    public async ValueTask DisposeAsync()
    {
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await _app.StopAsync(stopping.Token);
        await _app.DisposeAsync();
    }
}
