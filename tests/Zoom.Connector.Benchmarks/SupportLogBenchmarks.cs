using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Zoom.Connector.SupportLog;

namespace Zoom.Connector.Benchmarks;

/// <summary>
/// Appends 1,000,000 support-log records to the in-memory ring: the time and allocation per record, and (printed by
/// <see cref="SupportLogMemoryRun"/>) the heap that stays alive, which must level off at the ring's capacity.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class SupportLogBenchmarks
{
    private const int Records = 1_000_000;

    [Params(1_000, 10_000)]
    public int MaxEntries { get; set; }

    [Benchmark(OperationsPerInvoke = Records)]
    public int AppendMillion()
    {
        var store = new ZoomInMemorySupportLogStore(MaxEntries, TimeSpan.FromHours(24), TimeProvider.System);
        SupportLogMemoryRun.Fill(store, Records, TimeProvider.System.GetUtcNow(), progress: null);
        return store.Count;
    }
}

/// <summary>`-- supportlog [N] [MaxEntries]`: appends N records and prints the live heap every N/10 records.</summary>
public static class SupportLogMemoryRun
{
    public static int Run(int records, int maxEntries)
    {
        var store = new ZoomInMemorySupportLogStore(maxEntries, TimeSpan.FromHours(24), TimeProvider.System);
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var samples = new List<long>();
        Fill(store, records, TimeProvider.System.GetUtcNow(), done =>
        {
            var live = GC.GetTotalMemory(forceFullCollection: true) - baseline;
            samples.Add(live);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{done,10:N0} records  {store.Count,8:N0} kept  {live / 1024.0 / 1024.0,8:F2} MiB live"));
        });

        // Bounded: once the ring is full, the live heap no longer grows with the number of records.
        var half = samples[samples.Count / 2];
        var last = samples[^1];
        var bounded = last <= half * 1.10 + 64 * 1024;
        Console.WriteLine(bounded ? "Memory is bounded." : "Memory grew after the ring was full.");
        GC.KeepAlive(store);
        return bounded ? 0 : 1;
    }

    internal static void Fill(ZoomInMemorySupportLogStore store, int records, DateTimeOffset start, Action<int>? progress)
    {
        var step = Math.Max(1, records / 10);
        for (var i = 1; i <= records; i++)
        {
            var pending = store.AppendAsync(new ZoomSupportLogEntry
            {
                Timestamp = start.AddTicks(i),
                Kind = ZoomSupportLogKinds.Api,
                IdentityKind = ZoomSupportLogIdentity.User,
                IdentityKey = "u-0123456789abcdef0123456789abcdef",
                Operation = "meetingCreate",
                Method = "POST",
                Path = "/v2/users/30R7kT7bTIKSNUFEuH_Qlg/meetings",
                Status = 201,
                DurationMs = 12.5,
                Attempt = 1,
                RateLimitCategory = "Light",
                RateLimitRemaining = 29,
                TraceId = "4bf92f3577b34da6a3ce929d0e0e4736",
            });
            // The ring completes synchronously; wait properly should a future store not.
            if (!pending.IsCompletedSuccessfully)
            {
                pending.AsTask().GetAwaiter().GetResult();
            }

            if (i % step == 0)
            {
                progress?.Invoke(i);
            }
        }
    }
}
