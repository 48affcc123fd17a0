using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Zoom.Connector.Api;

namespace Zoom.Connector.Benchmarks;

/// <summary>
/// Budget use, measured in wall time by nature: N requests through the connector's default 55/s budget against an
/// in-process server that enforces 55 per fixed 1-second window. Reports the achieved rate as a share of the budget,
/// the busiest 1-second window the server saw, and the 429s it had to send.
/// </summary>
public static class BudgetRun
{
    public static async Task<int> RunAsync(int requests)
    {
        const int Budget = 55;
        var server = new FixedWindowServer(Budget, TimeSpan.FromSeconds(1), InMemoryMeetingHandler.LoadMeeting());
        var services = new ServiceCollection();
        services.AddZoomConnector(options => options.Service.AccessToken = "budget-run-token")
            .AddRateLimiting(options =>
            {
                options.PermitsPerWindow = Budget;
                options.Window = TimeSpan.FromSeconds(1);
            })
            .ConfigurePrimaryHandler(_ => server.CreateHandler());
        await using var provider = services.BuildServiceProvider();
        var api = provider.GetRequiredService<IZoomMeetingsApi>();

        await api.GetMeetingAsync(1); // warm the pipeline up; counted by the server like any other request
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, requests).Select(_ => api.GetMeetingAsync(97763643886)));
        var wall = clock.Elapsed;

        var arrivals = server.Arrivals.Skip(1).ToList();
        var span = arrivals[^1] - arrivals[0];
        var rate = (arrivals.Count - 1) / span.TotalSeconds;
        var busiest = 0;
        for (int i = 0, j = 0; i < arrivals.Count; i++)
        {
            while (j < arrivals.Count && arrivals[j] < arrivals[i] + TimeSpan.FromSeconds(1))
            {
                j++;
            }

            busiest = Math.Max(busiest, j - i);
        }

        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"| requests | wall time | achieved rate | share of 55/s | busiest 1-s window | 429s from server |"));
        Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
        Console.WriteLine(string.Create(c,
            $"| {requests} | {wall.TotalSeconds:F2} s | {rate:F2} req/s | {rate / Budget:P1} | {busiest} | {server.Rejected} |"));
        return server.Rejected == 0 && rate >= 0.95 * Budget ? 0 : 1;
    }
}
