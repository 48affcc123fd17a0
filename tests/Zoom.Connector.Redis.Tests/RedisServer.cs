using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using NUnit.Framework;
using StackExchange.Redis;

namespace Zoom.Connector.Redis.Tests;

/// <summary>
/// A real redis-server for this test run: started on a free loopback port with a temporary directory and no
/// persistence when <c>redis-server</c> is on PATH, stopped at the end. Without it the Redis tests are skipped with the
/// reason, except under CI (<c>CI=true</c>), where a missing redis-server fails them.
/// </summary>
[SetUpFixture]
public sealed class RedisServer
{
    private static Process? _process;
    private static string? _directory;
    private static string? _unavailable;
    private static ConnectionMultiplexer? _admin;

    /// <summary>The configuration string of the running server.</summary>
    public static string Configuration { get; private set; } = string.Empty;

    /// <summary>A connection for inspecting what the connector wrote.</summary>
    public static IDatabase Database => _admin!.GetDatabase();

    /// <summary>The server, for scanning keys.</summary>
    public static IServer Server => _admin!.GetServers()[0];

    /// <summary>Skips (or, under CI, fails) the calling test when no redis-server could be started.</summary>
    public static void Require()
    {
        if (_unavailable is null)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("CI=true but the Redis tests cannot run: " + _unavailable);
        }

        Assert.Ignore("Redis tests skipped: " + _unavailable + " Install the redis-server package (apt-get install -y redis-server) to run them.");
    }

    /// <summary>A key prefix no other test uses, so tests share the server without seeing each other's keys.</summary>
    public static string NewPrefix() => "t" + Guid.NewGuid().ToString("N")[..10] + ":";

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var executable = FindOnPath("redis-server");
        if (executable is null)
        {
            _unavailable = "redis-server is not on PATH.";
            return;
        }

        var port = FreePort();
        _directory = Directory.CreateTempSubdirectory("zoom-redis-tests-").FullName;
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _directory,
        };
        foreach (var argument in new[] { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", _directory })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        _process.OutputDataReceived += static (_, _) => { };
        _process.ErrorDataReceived += static (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Configuration = $"127.0.0.1:{port}";
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                _admin = await ConnectionMultiplexer.ConnectAsync(Configuration + ",connectTimeout=1000");
                break;
            }
            catch (RedisConnectionException) when (attempt < 50 && !_process.HasExited)
            {
                // Still starting: try again shortly (start-up polling, not a timing assertion).
                await Task.Delay(100);
            }
        }
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_admin is not null)
        {
            await _admin.DisposeAsync();
        }

        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        if (_directory is not null)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static string? FindOnPath(string name)
        => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
