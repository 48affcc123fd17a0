using Microsoft.Extensions.Hosting;

namespace Zoom.Connector.Sample.Hosting;

/// <summary>
/// The host's lifetime for a command-line app: System.CommandLine owns Ctrl+C (it cancels the command's token, which
/// stops the command and then the host), so the host neither installs its own Ctrl+C handler nor prints status lines.
/// </summary>
internal sealed class CommandLineLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
