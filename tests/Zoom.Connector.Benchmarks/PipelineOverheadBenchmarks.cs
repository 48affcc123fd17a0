using System.Net.Http.Headers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Zoom.Connector.Api;
using Zoom.Connector.Models;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Benchmarks;

/// <summary>
/// Per-call CPU time and allocations of the full connector pipeline (Refit, telemetry, resilience, a rate budget
/// that never binds, auth, source-generated deserialization of a realistic meeting) against a raw HttpClient +
/// System.Text.Json call on the same in-memory handler.
/// </summary>
[MemoryDiagnoser]
// MediumRun (15 iterations x 2 launches, 10 warm-ups): ShortRun's 3 warm-ups leave the pipeline's deeper call chain
// in tier-0 code and reported 2.7x-5x on this machine where MediumRun measures 1.47x with a tenth of the error.
[MediumRunJob]
public class PipelineOverheadBenchmarks : IDisposable
{
    private const long MeetingId = 97763643886;
    private const string Token = "benchmark-access-token";

    private ServiceProvider _services = null!;
    private IZoomMeetingsApi _api = null!;
    private HttpClient _raw = null!;
    private IZoomMeetingsApi _refit = null!;
    private IZoomMeetingsApi _noRetry = null!;
    private ServiceProvider _noRetryServices = null!;

    [GlobalSetup]
    public void Setup()
    {
        var json = InMemoryMeetingHandler.LoadMeeting();
        var services = new ServiceCollection();
        services.AddZoomConnector(options => options.Service.AccessToken = Token)
            .AddRateLimiting(options => options.PermitsPerWindow = 100_000_000)
            .ConfigurePrimaryHandler(_ => new InMemoryMeetingHandler(json));
        _services = services.BuildServiceProvider();
        _api = _services.GetRequiredService<IZoomMeetingsApi>();
        _refit = Refit.RestService.ForGenerated<IZoomMeetingsApi>(new HttpClient(new InMemoryMeetingHandler(json)) { BaseAddress = new Uri("https://api.zoom.us/v2/") }, Refit.RefitSettings.ForJsonContext(ZoomJsonContext.Default));
        var s2 = new ServiceCollection();
        s2.AddZoomConnector(options => options.Service.AccessToken = Token)
            .AddRateLimiting(options => options.PermitsPerWindow = 100_000_000)
            .AddResilience(options => options.MaxRetryAttempts = 0)
            .ConfigurePrimaryHandler(_ => new InMemoryMeetingHandler(json));
        _noRetryServices = s2.BuildServiceProvider();
        _noRetry = _noRetryServices.GetRequiredService<IZoomMeetingsApi>();
        _raw = new HttpClient(new InMemoryMeetingHandler(json)) { BaseAddress = new Uri("https://api.zoom.us/v2/") };
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _raw?.Dispose();
        _services?.Dispose();
        _noRetryServices?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true, Description = "raw HttpClient + STJ")]
    public async Task<Meeting> Raw()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "meetings/97763643886");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await _raw.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync();
        return (await JsonSerializer.DeserializeAsync(stream, ZoomJsonContext.Default.Meeting))!;
    }

    [Benchmark(Description = "connector pipeline")]
    public Task<Meeting> Connector() => _api.GetMeetingAsync(MeetingId);

    /// <summary>Refit and source-generated JSON alone over the same handler: the floor any typed client pays.</summary>
    [Benchmark(Description = "refit only")]
    public Task<Meeting> RefitOnly() => _refit.GetMeetingAsync(MeetingId);

    /// <summary>The full pipeline with Zoom:Resilience:MaxRetryAttempts = 0 (timeouts and circuit breaker kept).</summary>
    [Benchmark(Description = "connector no retry")]
    public Task<Meeting> NoRetry() => _noRetry.GetMeetingAsync(MeetingId);
}
