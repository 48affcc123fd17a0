using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Zoom.Connector.Api;

namespace Zoom.Connector.Benchmarks;

/// <summary>
/// The fleet run: 4 worker processes share one 55/s budget on Redis (<c>UseRedis()</c>) and call one loopback HTTP
/// server that enforces 55 requests per fixed 1-second window for the account, answering 429 beyond it. Reports the
/// aggregate budget use (successful requests per second over the measured span, against 55/s) and the 429s. Needs
/// <c>redis-server</c> on PATH (started on a free loopback port with no persistence, stopped at the end).
/// </summary>
public static class FleetRun
{
    private const int Budget = 55;
    private const int Workers = 4;

    public static async Task<int> RunAsync(int seconds)
    {
        var redis = FindOnPath("redis-server");
        if (redis is null)
        {
            Console.Error.WriteLine("The fleet run needs redis-server on PATH (apt-get install -y redis-server).");
            return 2;
        }

        var redisPort = FreePort();
        var directory = Directory.CreateTempSubdirectory("zoom-fleet-run-").FullName;
        using var redisProcess = Start(redis, directory, "--port", redisPort.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", directory);
        var meeting = InMemoryMeetingHandler.LoadMeeting();
        using var server = new LoopbackZoom(Budget, meeting);
        try
        {
            var startAt = DateTimeOffset.UtcNow.AddSeconds(5).ToUnixTimeMilliseconds();
            var self = Environment.ProcessPath!;
            var entry = typeof(FleetRun).Assembly.Location;
            var workers = Enumerable.Range(0, Workers).Select(_ => Start(self, directory,
                    Path.GetFileName(self).StartsWith("dotnet", StringComparison.Ordinal) ? [entry, "fleet-worker"] : ["fleet-worker"],
                    server.BaseUrl, $"127.0.0.1:{redisPort}", startAt.ToString(CultureInfo.InvariantCulture), seconds.ToString(CultureInfo.InvariantCulture)))
                .ToList();
            var outputs = await Task.WhenAll(workers.Select(async w =>
            {
                var text = await w.StandardOutput.ReadToEndAsync();
                await w.WaitForExitAsync();
                return text.Trim();
            }));
            foreach (var worker in workers)
            {
                worker.Dispose();
            }

            var start = DateTimeOffset.FromUnixTimeMilliseconds(startAt);
            var ok = server.OkBetween(start, start.AddSeconds(seconds));
            var rate = ok / (double)seconds;
            var c = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(c, $"workers: {string.Join(" | ", outputs)}"));
            Console.WriteLine("| processes | measured span | successful requests | aggregate rate | share of 55/s | busiest 1-s window (server) | 429s from server |");
            Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
            Console.WriteLine(string.Create(c, $"| {Workers} | {seconds} s | {ok} | {rate:F2} req/s | {rate / Budget:P1} | {server.BusiestWindow} | {server.Rejected} |"));
            return server.Rejected == 0 && rate >= 0.95 * Budget ? 0 : 1;
        }
        finally
        {
            if (!redisProcess.HasExited)
            {
                redisProcess.Kill();
                await redisProcess.WaitForExitAsync();
            }

            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>One worker: calls as fast as the shared budget allows from <c>startAt</c> for <c>seconds</c>, prints "ok=N failed=N".</summary>
    public static async Task<int> WorkerAsync(string baseUrl, string redis, long startAt, int seconds)
    {
        var services = new ServiceCollection();
        services.AddZoomConnector(options =>
            {
                options.BaseUrl = baseUrl;
                options.Service.AccessToken = "fleet-run-token";
            })
            .AddRateLimiting(options =>
            {
                options.PermitsPerWindow = Budget;
                options.Window = TimeSpan.FromSeconds(1);
            })
            .UseRedis(o =>
            {
                o.Configuration = redis;
                if (Environment.GetEnvironmentVariable("ZOOM_FLEET_MARGIN_MS") is { Length: > 0 } margin)
                {
                    o.SafetyMargin = TimeSpan.FromMilliseconds(int.Parse(margin, CultureInfo.InvariantCulture));
                }
            });
        await using var provider = services.BuildServiceProvider();
        var api = provider.GetRequiredService<IZoomMeetingsApi>();
        var start = DateTimeOffset.FromUnixTimeMilliseconds(startAt);
        var end = start.AddSeconds(seconds);
        var wait = start - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        long ok = 0, failed = 0;
        await Task.WhenAll(Enumerable.Range(0, 32).Select(async _ =>
        {
            while (DateTimeOffset.UtcNow < end)
            {
                try
                {
                    await api.GetMeetingAsync(97763643886);
                    Interlocked.Increment(ref ok);
                }
                catch (Zoom.Connector.Http.ZoomApiException)
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ok={ok} failed={failed}"));
        return 0;
    }

    private static Process Start(string executable, string directory, params string[] arguments)
        => Start(executable, directory, arguments, []);

    private static Process Start(string executable, string directory, string[] first, params string[] rest)
    {
        var info = new ProcessStartInfo(executable) { UseShellExecute = false, RedirectStandardOutput = true, WorkingDirectory = directory };
        foreach (var argument in first.Concat(rest))
        {
            info.ArgumentList.Add(argument);
        }

        return Process.Start(info) ?? throw new InvalidOperationException($"Could not start {executable}.");
    }

    private static string? FindOnPath(string name)
        => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A loopback HTTP server enforcing the account budget per fixed 1-second window (as Zoom counts), stamping each request when it is taken.</summary>
    private sealed class LoopbackZoom : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly int _limit;
        private readonly byte[] _body;
        private readonly Lock _gate = new();
        private readonly List<DateTimeOffset> _ok = [];
        private readonly Dictionary<long, int> _perSecond = [];
        private readonly CancellationTokenSource _stop = new();

        public LoopbackZoom(int limit, byte[] body)
        {
            _limit = limit;
            _body = body;
            var port = FreePort();
            BaseUrl = $"http://127.0.0.1:{port}/v2/";
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            _listener.Start();

            // Several requests in flight at once, as at Zoom: one accept loop would stamp a request only after the
            // previous response was written, and that queueing (not the clients) would decide the fixed second.
            for (var i = 0; i < Environment.ProcessorCount * 8; i++)
            {
                _ = Task.Run(LoopAsync);
            }
        }

        public string BaseUrl { get; }

        public int Rejected { get; private set; }

        public int BusiestWindow
        {
            get
            {
                lock (_gate)
                {
                    return _perSecond.Count == 0 ? 0 : _perSecond.Values.Max();
                }
            }
        }

        public int OkBetween(DateTimeOffset from, DateTimeOffset to)
        {
            lock (_gate)
            {
                return _ok.Count(t => t >= from && t < to);
            }
        }

        private async Task LoopAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
                {
                    // Stopped.
                    return;
                }

                var now = DateTimeOffset.UtcNow;
                bool allowed;
                lock (_gate)
                {
                    var second = now.ToUnixTimeSeconds();
                    _perSecond.TryGetValue(second, out var count);
                    allowed = count < _limit;
                    if (allowed)
                    {
                        _perSecond[second] = count + 1;
                        _ok.Add(now);
                    }
                    else
                    {
                        Rejected++;
                    }
                }

                var response = context.Response;
                if (allowed)
                {
                    response.StatusCode = 200;
                    response.ContentType = "application/json";
                    await response.OutputStream.WriteAsync(_body);
                }
                else
                {
                    response.StatusCode = 429;
                    response.Headers["X-RateLimit-Type"] = "QPS";
                    response.Headers["X-RateLimit-Category"] = "Light";
                    response.Headers["Retry-After"] = "1";
                    response.ContentType = "application/json";
                    await response.OutputStream.WriteAsync("{\"code\":429,\"message\":\"You have reached the maximum per-second rate limit for this API.\"}"u8.ToArray());
                }

                response.Close();
            }
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Close();
            _stop.Dispose();
        }
    }
}
