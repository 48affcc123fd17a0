using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Zoom.Connector.Api;

namespace Zoom.Connector.Benchmarks;

/// <summary>
/// Budget use, measured in wall time by nature: N concurrent requests through the connector's budget against an
/// in-process server that enforces the same budget per fixed 1-second window. Reports the achieved rate (the
/// least-squares slope of requests over arrival time, so a burst at the start is not counted as speed) as a share of
/// the budget, the busiest 1-second span (sliding) and fixed server window, and the 429s the server had to send.
/// </summary>
public static class BudgetRun
{
    public static async Task<int> RunAsync(int budget, int requests)
    {
        var server = new FixedWindowServer(budget, TimeSpan.FromSeconds(1), InMemoryMeetingHandler.LoadMeeting());
        var services = new ServiceCollection();
        services.AddZoomConnector(options => options.Service.AccessToken = "budget-run-token")
            .AddRateLimiting(options =>
            {
                options.PermitsPerWindow = budget;
                options.Window = TimeSpan.FromSeconds(1);
            })
            .ConfigurePrimaryHandler(_ => server.CreateHandler());
        await using var provider = services.BuildServiceProvider();
        var api = provider.GetRequiredService<IZoomMeetingsApi>();

        await api.GetMeetingAsync(1); // warm the pipeline up; counted by the server like any other request
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, requests).Select(_ => api.GetMeetingAsync(97763643886)));
        var wall = clock.Elapsed;

        var all = server.Arrivals;
        var arrivals = all.Skip(1).ToList();
        var rate = Slope(arrivals);
        var busiest = 0;
        for (int i = 0, j = 0; i < all.Count; i++)
        {
            while (j < all.Count && all[j] < all[i] + TimeSpan.FromSeconds(1))
            {
                j++;
            }

            busiest = Math.Max(busiest, j - i);
        }

        var busiestFixed = all.GroupBy(a => (long)a.TotalSeconds).Max(g => g.Count());
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c,
            $"| {budget}/s | {requests} | {wall.TotalSeconds:F2} s | {rate:F2} req/s | {rate / budget:P1} | {busiest} | {busiestFixed} | {server.Rejected} |"));
        return server.Rejected == 0 && rate >= 0.98 * budget ? 0 : 1;
    }

    public static void WriteHeader()
    {
        Console.WriteLine("| budget | requests | wall time | achieved rate | share of budget | busiest 1-s span (sliding) | busiest server window | 429s from server |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
    }

    /// <summary>Requests per second as the least-squares slope of request index over arrival time.</summary>
    private static double Slope(List<TimeSpan> arrivals)
    {
        var n = arrivals.Count;
        var meanX = arrivals.Average(a => a.TotalSeconds);
        var meanY = (n - 1) / 2.0;
        double sxy = 0, sxx = 0;
        for (var i = 0; i < n; i++)
        {
            var dx = arrivals[i].TotalSeconds - meanX;
            sxy += dx * (i - meanY);
            sxx += dx * dx;
        }

        return sxy / sxx;
    }
}
