using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Zoom.Connector.RateLimiting;

namespace Zoom.Connector.Health;

/// <summary>
/// The account's rate budget: requests waiting for a permit, rate-limit refusals within
/// <see cref="ZoomHealthCheckOptions.RateLimitWindow"/> (Zoom's 429s and the connector's own), and how many hosts have
/// their meeting writes held for the day. Degraded on any recent 429 or local refusal and on any held host; Healthy
/// otherwise. Its data holds counts only, never a host's id or email.
/// </summary>
internal sealed class ZoomBudgetHealthCheck(
    ZoomBudgetStatus status,
    IZoomRateLimiter limiter,
    IOptions<ZoomHealthCheckOptions> options,
    Http.ZoomConfigurationPath path) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var window = options.Value.RateLimitWindow;
        var refusals = status.RecentRefusals(window);
        var zoom429s = refusals.GetValueOrDefault("qps") + refusals.GetValueOrDefault("daily") + refusals.GetValueOrDefault("unknown");
        var queueFull = refusals.GetValueOrDefault("local_queue_full");
        var localDaily = refusals.GetValueOrDefault("local_daily");
        var heldHosts = status.HeldHosts();
        var data = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["window_seconds"] = (long)window.TotalSeconds,
            ["rate_limited_recent"] = zoom429s,
            ["rate_limited_qps_recent"] = refusals.GetValueOrDefault("qps"),
            ["rate_limited_daily_recent"] = refusals.GetValueOrDefault("daily"),
            ["queue_full_recent"] = queueFull,
            ["daily_cap_refused_recent"] = localDaily,
            ["hosts_at_daily_cap"] = heldHosts,
        };
        if (limiter is IZoomRateLimiterQueue queue)
        {
            data["queued_requests"] = queue.QueuedRequests;
        }

        var problems = new List<string>();
        var minutes = window.TotalMinutes.ToString("0.##", CultureInfo.InvariantCulture);
        if (zoom429s > 0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"Zoom answered {zoom429s} request(s) with 429 in the last {minutes} minute(s)"));
        }

        if (queueFull > 0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{queueFull} request(s) were refused because the permit queue ({path.Key("RateLimit:QueueLimit")}) was full"));
        }

        if (heldHosts > 0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{heldHosts} host(s) have used up their daily meeting creates/updates"));
        }
        else if (localDaily > 0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{localDaily} meeting write(s) were refused by the daily cap"));
        }

        return Task.FromResult(problems.Count == 0
            ? HealthCheckResult.Healthy("The rate budget has room: no 429s and no host at its daily cap.", data)
            : HealthCheckResult.Degraded(string.Join("; ", problems) + ".", data: data));
    }
}
