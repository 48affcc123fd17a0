using System.Globalization;
using BenchmarkDotNet.Running;
using Zoom.Connector.Benchmarks;

// `-- budget [N]` runs the wall-clock budget measurement, `-- breakdown` splits the per-call cost by layer;
// anything else goes to BenchmarkDotNet (e.g. `-- --filter *`).
if (args.Length > 0 && args[0] == "breakdown")
{
    await Breakdown.RunAsync();
    return 0;
}

if (args.Length > 0 && args[0] == "budget")
{
    var requests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 550;
    return await BudgetRun.RunAsync(requests);
}

BenchmarkSwitcher.FromAssembly(typeof(PipelineOverheadBenchmarks).Assembly).Run(args);
return 0;
