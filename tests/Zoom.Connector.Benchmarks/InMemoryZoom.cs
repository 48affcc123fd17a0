using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace Zoom.Connector.Benchmarks;

/// <summary>Answers every request with the same meeting JSON, in memory (no sockets), like a very fast Zoom.</summary>
public sealed class InMemoryMeetingHandler(byte[] meetingJson) : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public static byte[] LoadMeeting()
        => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "meeting-recurring.json"));

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(meetingJson);
        content.Headers.ContentType = Json;
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }
}

/// <summary>
/// An in-process Zoom that enforces a budget the way a fixed-window server does: it counts requests per window
/// (window k = [k, k+1) seconds since it started) and answers 429 (QPS) to any request over the limit.
/// </summary>
public sealed class FixedWindowServer(int limit, TimeSpan window, byte[] meetingJson)
{
    private readonly long _start = Stopwatch.GetTimestamp();
    private readonly Lock _gate = new();
    private readonly List<TimeSpan> _arrivals = [];
    private long _currentWindow = -1;
    private int _inWindow;

    public int Limit => limit;

    public int Rejected { get; private set; }

    public IReadOnlyList<TimeSpan> Arrivals
    {
        get
        {
            lock (_gate)
            {
                return [.. _arrivals];
            }
        }
    }

    public HttpMessageHandler CreateHandler() => new Handler(this, meetingJson);

    private bool Admit()
    {
        var now = Stopwatch.GetElapsedTime(_start);
        var index = now.Ticks / window.Ticks;
        lock (_gate)
        {
            _arrivals.Add(now);
            if (index != _currentWindow)
            {
                _currentWindow = index;
                _inWindow = 0;
            }

            if (++_inWindow > limit)
            {
                Rejected++;
                return false;
            }

            return true;
        }
    }

    private sealed class Handler(FixedWindowServer server, byte[] meetingJson) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (!server.Admit())
            {
                var refused = new HttpResponseMessage((HttpStatusCode)429)
                {
                    RequestMessage = request,
                    Content = new StringContent("""{"code":429,"message":"You have reached the maximum per-second rate limit for this API. Try again later."}"""),
                };
                refused.Headers.TryAddWithoutValidation("X-RateLimit-Type", "QPS");
                refused.Headers.TryAddWithoutValidation("X-RateLimit-Category", "Light");
                refused.Headers.TryAddWithoutValidation("Retry-After", "1");
                return Task.FromResult(refused);
            }

            var content = new ByteArrayContent(meetingJson);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
            response.Headers.TryAddWithoutValidation("X-RateLimit-Category", "Light");
            response.Headers.TryAddWithoutValidation("X-RateLimit-Limit", server.Limit.ToString(CultureInfo.InvariantCulture));
            return Task.FromResult(response);
        }
    }
}
