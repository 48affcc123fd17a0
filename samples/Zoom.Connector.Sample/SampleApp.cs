using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Zoom.Connector.Sample;

/// <summary>
/// The sample console app: <c>users list</c>, <c>meetings list|create|show|invitation</c>, <c>recordings list</c>,
/// <c>sync</c>, <c>support-log</c>. With no Zoom credentials configured it runs against the built-in emulator.
/// </summary>
public static class SampleApp
{
    /// <summary>Runs the app in-process: parses <paramref name="args"/>, writes results to <paramref name="stdout"/> and diagnostics to <paramref name="stderr"/>.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="stdout">Results (exactly one JSON document with <c>--json</c>).</param>
    /// <param name="stderr">Diagnostics, logs and errors.</param>
    /// <param name="configure">Extra service registrations, applied before the connector's (tests register a clock or an emulator here).</param>
    /// <param name="configuration">Configuration to use instead of appsettings.json, user-secrets and environment variables.</param>
    /// <returns>The exit code (docs/sample.md: 0 ok, 1 Zoom or network refused, 2 usage or local validation, 3 vetoed, 130 cancelled).</returns>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Action<IServiceCollection>? configure = null, IConfiguration? configuration = null)
        => RunAsync(args, stdout, stderr, configure, configuration, CancellationToken.None);

    /// <summary>Runs the app in-process until it ends or <paramref name="cancellationToken"/> fires (what Ctrl+C does).</summary>
    /// <param name="args">The command line.</param>
    /// <param name="stdout">Results (exactly one JSON document with <c>--json</c>).</param>
    /// <param name="stderr">Diagnostics, progress, logs and errors.</param>
    /// <param name="configure">Extra service registrations, applied before the connector's.</param>
    /// <param name="configuration">Configuration to use instead of appsettings.json, user-secrets and environment variables.</param>
    /// <param name="cancellationToken">Stops the command.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Action<IServiceCollection>? configure, IConfiguration? configuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var runner = new SampleRunner(stdout, stderr, configure, configuration);
        var result = runner.BuildCommands().Parse(args);
        if (result.Errors.Count > 0)
        {
            // Reported by the app, not System.CommandLine: one line naming the option, exit 2, and with --json one document.
            return runner.UsageError(result);
        }

        return await result.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr }, cancellationToken).ConfigureAwait(false);
    }
}
