using System.Globalization;
using BenchmarkDotNet.Running;
using Zoom.Connector.Benchmarks;

// `-- fleet [seconds]` runs 4 processes sharing one 55/s budget on Redis against one loopback server (default 60 s),
// `-- supportlog [N] [MaxEntries]` prints the live heap while N support-log records are appended (default 1,000,000 x 10,000),
// `-- budget [N [perSecond]]` runs the wall-clock budget measurement (55/s and 10/s by default), `-- sync [users] [meetings per user]` a full sync of the
// emulator at the 55/s budget (default 2,000 x 5), `-- sync-incremental [users] [meetings per user] [rotation]` the request
// cost of incremental runs (unchanged, after one API edit, with Zoom:Sync:DetailRefreshPerRun; default 2,000 x 5, 50),
// `-- breakdown` splits the per-call cost by layer;
// anything else goes to BenchmarkDotNet (e.g. `-- --filter *`).
if (args.Length > 0 && args[0] == "breakdown")
{
    await Breakdown.RunAsync();
    return 0;
}

if (args.Length > 0 && args[0] == "sync")
{
    var users = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000;
    var meetingsPerUser = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
    return await SyncRun.RunAsync(users, meetingsPerUser);
}

if (args.Length > 0 && args[0] == "sync-incremental")
{
    var users = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000;
    var meetingsPerUser = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
    var rotation = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 50;
    return await SyncRun.RunIncrementalAsync(users, meetingsPerUser, rotation);
}

if (args.Length > 0 && args[0] == "fleet")
{
    return await FleetRun.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 60);
}

if (args.Length == 5 && args[0] == "fleet-worker")
{
    return await FleetRun.WorkerAsync(args[1], args[2], long.Parse(args[3], CultureInfo.InvariantCulture), int.Parse(args[4], CultureInfo.InvariantCulture));
}

if (args.Length > 0 && args[0] == "supportlog")
{
    var records = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
    var maxEntries = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10_000;
    return SupportLogMemoryRun.Run(records, maxEntries);
}

if (args.Length > 0 && args[0] == "budget")
{
    // `-- budget` runs 550 requests at 55/s and 100 at 10/s; `-- budget N [perSecond]` one run.
    BudgetRun.WriteHeader();
    if (args.Length > 1)
    {
        var perSecond = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 55;
        return await BudgetRun.RunAsync(perSecond, int.Parse(args[1], CultureInfo.InvariantCulture));
    }

    var large = await BudgetRun.RunAsync(55, 550);
    var small = await BudgetRun.RunAsync(10, 100);
    return large | small;
}

BenchmarkSwitcher.FromAssembly(typeof(PipelineOverheadBenchmarks).Assembly).Run(args);
return 0;
