using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Zoom.Connector.Sample.Commands;
using Zoom.Connector.Sample.Failures;
using Zoom.Connector.Sample.Hosting;
using Zoom.Connector.Sample.Output;
using Zoom.Connector.Http;

namespace Zoom.Connector.Sample;

/// <summary>What a command's action gets: the started host, the output (text or one JSON document) and stderr.</summary>
/// <param name="Host">The host (its services; started unless the command starts it itself).</param>
/// <param name="Output">Results on stdout.</param>
/// <param name="Stderr">Diagnostics.</param>
/// <param name="CancellationToken">Ctrl+C.</param>
internal sealed record CommandContext(IHost Host, SampleOutput Output, TextWriter Stderr, CancellationToken CancellationToken)
{
    /// <summary>The host's services.</summary>
    public IServiceProvider Services => Host.Services;
}

/// <summary>
/// Builds the command tree and runs each command's action inside a host, mapping every failure to one line on stderr
/// (and one JSON document with <c>--json</c>) and an exit code (<see cref="ExitCodes"/>).
/// </summary>
internal sealed class SampleRunner(TextWriter stdout, TextWriter stderr, Action<IServiceCollection>? configure, IConfiguration? configuration)
{
    /// <summary><c>--json</c>, on every command.</summary>
    public Option<bool> Json { get; } = new("--json") { Description = "Print exactly one JSON document on stdout (diagnostics go to stderr).", Recursive = true };

    /// <summary><c>--verbose</c>, on every command.</summary>
    public Option<bool> Verbose { get; } = new("--verbose") { Description = "Log the connector's requests, retries, rate limiting and token refreshes at Debug on stderr (never tokens or secrets).", Recursive = true };

    /// <summary><c>--reset</c>, on every command: the built-in emulator starts over with a fresh account.</summary>
    public Option<bool> Reset { get; } = new("--reset") { Description = "Against the built-in emulator: start over with a fresh account (forget what earlier commands created or changed).", Recursive = true };

    /// <summary>Diagnostics.</summary>
    public TextWriter Stderr => stderr;

    public RootCommand BuildCommands()
    {
        var root = new RootCommand("Zoom.Connector sample: lists users, meetings and recordings, schedules meetings, syncs and shows its support log. Runs against the built-in Zoom emulator unless Zoom credentials are configured.");
        root.Options.Add(Json);
        root.Options.Add(Verbose);
        root.Options.Add(Reset);
        root.Subcommands.Add(UsersCommands.Create(this));
        root.Subcommands.Add(MeetingsCommands.Create(this));
        root.Subcommands.Add(RecordingsCommands.Create(this));
        root.Subcommands.Add(SyncCommand.Create(this));
        root.Subcommands.Add(SupportLogCommand.Create(this));
        root.Subcommands.Add(ResetCommand());
        return root;
    }

    /// <summary><c>reset</c>: the built-in emulator's state is deleted (as <c>--reset</c> does) and the folder named.</summary>
    private Command ResetCommand()
    {
        var reset = new Command("reset", "Start the built-in emulator over with a fresh account: what earlier commands created or changed is forgotten.");
        reset.SetAction((parse, ct) => RunAsync(parse, context =>
        {
            var folder = context.Services.GetRequiredService<SampleEnvironment>().EmulatorDataPath;
            context.Output.Reset(folder);
            return Task.CompletedTask;
        }, ct));
        return reset;
    }

    /// <summary>A command line that does not parse: one line on stderr, one JSON document with <c>--json</c>, exit 2.</summary>
    public int UsageError(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var json = result.Tokens.Any(static t => t.Value == "--json");
        var path = new List<string>();
        for (var command = result.CommandResult; command is not null; command = command.Parent as System.CommandLine.Parsing.CommandResult)
        {
            path.Insert(0, command.Command is RootCommand ? "Zoom.Connector.Sample" : command.Command.Name);
        }

        var errors = string.Join(" ", result.Errors.Select(static e => e.Message.Trim()).Distinct(StringComparer.Ordinal));
        var failure = new SampleFailure(SampleFailure.Kinds.Usage, $"{errors} (see '{string.Join(' ', path)} --help')", ExitCodes.Usage);
        return Fail(new SampleOutput(stdout, json), failure);
    }

    /// <summary>Runs an action that returns nothing (exit 0 when it ends).</summary>
    public Task<int> RunAsync(ParseResult parse, Func<CommandContext, Task> action, CancellationToken cancellationToken)
        => RunAsync(parse, async context =>
        {
            await action(context).ConfigureAwait(false);
            return ExitCodes.Ok;
        }, new CommandHosting(), cancellationToken);

    /// <summary>Builds the host, starts it (options are validated then) unless <paramref name="hosting"/> says the command does, runs the action and maps failures.</summary>
    public async Task<int> RunAsync(ParseResult parse, Func<CommandContext, Task<int>> action, CommandHosting hosting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(hosting);
        var output = new SampleOutput(stdout, parse.GetValue(Json));
        IHost? host = null;
        try
        {
            var reset = parse.GetValue(Reset) || parse.CommandResult.Command.Name == "reset";
            host = SampleHost.Build(new SampleHostSettings(stderr, parse.GetValue(Verbose), configure, configuration, hosting.Connector, reset));
            if (!hosting.StartsHostItself)
            {
                // Runs start-up options validation (ValidateOnStart) before anything is sent.
                await host.StartAsync(cancellationToken).ConfigureAwait(false);
            }

            try
            {
                return await action(new CommandContext(host, output, stderr, cancellationToken)).ConfigureAwait(false);
            }
            finally
            {
                if (!hosting.StartsHostItself)
                {
                    await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
                }
            }
        }
        catch (Exception exception)
        {
            // Every failure ends here as one line (no stack trace) and an exit code; see SampleFailure.From.
            return Fail(output, SampleFailure.From(exception, cancellationToken.IsCancellationRequested));
        }
        finally
        {
            if (host is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                host?.Dispose();
            }
        }
    }

    private int Fail(SampleOutput output, SampleFailure failure)
    {
        stderr.WriteLine(failure.Message);
        foreach (var detail in failure.Details)
        {
            stderr.WriteLine(detail);
        }

        output.Failure(failure);
        return failure.ExitCode;
    }
}

/// <summary>What a command adds to its host.</summary>
/// <param name="Connector">Additions to the connector (sync and its sink).</param>
/// <param name="StartsHostItself">The action starts and stops the host (sync --watch subscribes to runs first).</param>
internal sealed record CommandHosting(Action<ZoomConnectorBuilder>? Connector = null, bool StartsHostItself = false);
