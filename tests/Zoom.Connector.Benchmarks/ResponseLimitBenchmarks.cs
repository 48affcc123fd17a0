using System.Net.Http.Json;
using System.Text;
using BenchmarkDotNet.Attributes;
using Zoom.Connector.Http.Pipeline;
using Zoom.Connector.Models;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Benchmarks;

/// <summary>
/// What bounding a success answer (<c>Zoom:MaxResponseBodyBytes</c>) costs: the same answer deserialized straight
/// from the handler's content, and through <see cref="ZoomResponseLimitHandler"/> (the declared-length check plus the
/// counting wrapper every reader goes through). Two payloads: one recurring meeting (a typical call) and a 300-meeting
/// list page (the biggest page size Zoom serves).
/// </summary>
[MemoryDiagnoser]
[MediumRunJob]
public class ResponseLimitBenchmarks : IDisposable
{
    private HttpMessageInvoker _plain = null!;
    private HttpMessageInvoker _limited = null!;
    private HttpMessageInvoker _plainPage = null!;
    private HttpMessageInvoker _limitedPage = null!;

    [GlobalSetup]
    public void Setup()
    {
        var meeting = InMemoryMeetingHandler.LoadMeeting();
        var page = MeetingsPage(300);
        _plain = new HttpMessageInvoker(new InMemoryMeetingHandler(meeting));
        _limited = new HttpMessageInvoker(new ZoomResponseLimitHandler(16 * 1024 * 1024, "Zoom:MaxResponseBodyBytes") { InnerHandler = new InMemoryMeetingHandler(meeting) });
        _plainPage = new HttpMessageInvoker(new InMemoryMeetingHandler(page));
        _limitedPage = new HttpMessageInvoker(new ZoomResponseLimitHandler(16 * 1024 * 1024, "Zoom:MaxResponseBodyBytes") { InnerHandler = new InMemoryMeetingHandler(page) });
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _plain?.Dispose();
        _limited?.Dispose();
        _plainPage?.Dispose();
        _limitedPage?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true, Description = "meeting, unbounded")]
    public Task<Meeting?> Meeting() => ReadAsync(_plain, ZoomJsonContext.Default.Meeting);

    [Benchmark(Description = "meeting, bounded")]
    public Task<Meeting?> MeetingBounded() => ReadAsync(_limited, ZoomJsonContext.Default.Meeting);

    [Benchmark(Description = "300-meeting page, unbounded")]
    public Task<MeetingList?> Page() => ReadAsync(_plainPage, ZoomJsonContext.Default.MeetingList);

    [Benchmark(Description = "300-meeting page, bounded")]
    public Task<MeetingList?> PageBounded() => ReadAsync(_limitedPage, ZoomJsonContext.Default.MeetingList);

    private static async Task<T?> ReadAsync<T>(HttpMessageInvoker invoker, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.zoom.us/v2/meetings/97763643886");
        using var response = await invoker.SendAsync(request, CancellationToken.None);
        return await response.Content.ReadFromJsonAsync(type);
    }

    /// <summary>A list page of <paramref name="count"/> meetings with 200-character agendas (Zoom allows 2,000).</summary>
    private static byte[] MeetingsPage(int count)
    {
        var json = new StringBuilder("{\"page_size\":300,\"total_records\":300,\"next_page_token\":\"\",\"meetings\":[");
        for (var i = 0; i < count; i++)
        {
            json.Append(i == 0 ? "" : ",").Append(System.Globalization.CultureInfo.InvariantCulture, $$"""
                {"uuid":"aDYlohsHRtCd4ii1uC2+hA=={{i}}","id":{{97763643886 + i}},"host_id":"30R7kT7bTIKSNUFEuH_Qlg","topic":"Weekly design review {{i}}","type":8,"start_time":"2026-12-07T14:00:00Z","duration":45,"timezone":"Europe/Paris","agenda":"{{new string('a', 200)}}","created_at":"2026-11-20T09:00:00Z","join_url":"https://zoom.us/j/{{97763643886 + i}}?pwd=abc"}
                """);
        }

        return Encoding.UTF8.GetBytes(json.Append("]}").ToString());
    }
}
