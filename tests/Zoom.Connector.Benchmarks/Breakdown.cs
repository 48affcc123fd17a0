using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Refit;
using Zoom.Connector.Api;
using Zoom.Connector.Authentication;
using Zoom.Connector.RateLimiting;
using Zoom.Connector.Serialization;
using Zoom.Connector.Telemetry;
using Zoom.Connector.Http.Pipeline;

namespace Zoom.Connector.Benchmarks;

/// <summary>
/// Where the pipeline's time goes (`-- breakdown`): the same call through growing stacks, best of 12 rounds of 2,000
/// calls each (wall time, so run it on a quiet machine): raw HttpClient + STJ, Refit alone, Refit with the
/// connector's own handlers (telemetry, rate limit, auth), the full DI pipeline (adds IHttpClientFactory's logging
/// handlers and the Polly resilience pipeline), and the full pipeline without the factory's loggers and retries.
/// </summary>
public static class Breakdown
{
    public static async Task RunAsync()
    {
        var json = InMemoryMeetingHandler.LoadMeeting();
        var baseUri = new Uri("https://api.zoom.us/v2/");
        var raw = new HttpClient(new InMemoryMeetingHandler(json)) { BaseAddress = baseUri };
        var settings = RefitSettings.ForJsonContext(ZoomJsonContext.Default);
        var refit = RestService.ForGenerated<IZoomMeetingsApi>(new HttpClient(new InMemoryMeetingHandler(json)) { BaseAddress = baseUri }, settings);
        var options = Options.Create(new ZoomRateLimitOptions { PermitsPerWindow = 100_000_000 });
        var classifier = new ZoomRequestClassifier("/v2/");
        var telemetry = new ZoomConnectorTelemetry(null);
        var handlers = new ZoomTelemetryHandler(classifier, telemetry, TimeProvider.System)
        {
            InnerHandler = new ZoomDailyCapHandler(classifier, new ZoomMeetingWriteCounter(TimeProvider.System), telemetry)
            {
                InnerHandler = new ZoomBudgetHandler(new ZoomTokenBucketRateLimiter(options, TimeProvider.System), classifier, telemetry, TimeProvider.System)
                {
                    InnerHandler = new ZoomAuthenticationHandler(new StaticAccessTokenProvider("t")) { InnerHandler = new InMemoryMeetingHandler(json) },
                },
            },
        };
        var mine = RestService.ForGenerated<IZoomMeetingsApi>(new HttpClient(handlers) { BaseAddress = baseUri }, settings);
        var services = new ServiceCollection();
        services.AddZoomConnector(o => o.Service.AccessToken = "t").AddRateLimiting(o => o.PermitsPerWindow = 100_000_000).ConfigurePrimaryHandler(_ => new InMemoryMeetingHandler(json));
        var full = services.BuildServiceProvider().GetRequiredService<IZoomMeetingsApi>();
        var services2 = new ServiceCollection();
        services2.AddZoomConnector(o => o.Service.AccessToken = "t").AddRateLimiting(o => o.PermitsPerWindow = 100_000_000).ConfigurePrimaryHandler(_ => new InMemoryMeetingHandler(json))
            .ConfigureHttpClient(c => c.RemoveAllLoggers());
        var noLog = services2.BuildServiceProvider().GetRequiredService<IZoomMeetingsApi>();
        var services3 = new ServiceCollection();
        services3.AddZoomConnector(o => o.Service.AccessToken = "t").AddRateLimiting(o => o.PermitsPerWindow = 100_000_000).AddResilience(o => o.MaxRetryAttempts = 0).ConfigurePrimaryHandler(_ => new InMemoryMeetingHandler(json))
            .ConfigureHttpClient(c => c.RemoveAllLoggers());
        var noLogNoRetry = services3.BuildServiceProvider().GetRequiredService<IZoomMeetingsApi>();

        var variants = new (string Name, Func<Task> Call)[]
        {
            ("raw", async () =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "meetings/97763643886");
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "t");
                using var response = await raw.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
                await using var stream = await response.Content.ReadAsStreamAsync();
                await JsonSerializer.DeserializeAsync(stream, ZoomJsonContext.Default.Meeting);
            }),
            ("refit only", () => refit.GetMeetingAsync(97763643886)),
            ("refit + our handlers, no factory/polly", () => mine.GetMeetingAsync(97763643886)),
            ("full DI pipeline", () => full.GetMeetingAsync(97763643886)),
            ("full without factory loggers", () => noLog.GetMeetingAsync(97763643886)),
            ("full without loggers and retry", () => noLogNoRetry.GetMeetingAsync(97763643886)),
        };
        var best = new double[variants.Length];
        var total = new double[variants.Length];
        Array.Fill(best, double.MaxValue);
        for (var round = 0; round < 12; round++)
        {
            for (var v = 0; v < variants.Length; v++)
            {
                var sw = Stopwatch.StartNew();
                for (var i = 0; i < 2000; i++)
                {
                    await variants[v].Call();
                }

                best[v] = Math.Min(best[v], sw.Elapsed.TotalMicroseconds / 2000);
                total[v] += sw.Elapsed.TotalMicroseconds / 2000;
            }
        }

        for (var v = 0; v < variants.Length; v++)
        {
            Console.WriteLine($"{variants[v].Name}: best {best[v]:F1} us ({best[v] / best[0]:F2}x), mean {total[v] / 12:F1} us ({total[v] / total[0]:F2}x)");
        }
    }
}
