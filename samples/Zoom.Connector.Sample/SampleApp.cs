using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Zoom.Connector.Api;
using Zoom.Connector.Authentication;
using Zoom.Connector.DependencyInjection;
using Zoom.Connector.Http;
using Zoom.Connector.Models;
using Zoom.Connector.Testing;

namespace Zoom.Connector.Sample;

/// <summary>
/// The sample console app: <c>users list</c>, <c>meetings list|create|show|invitation</c>, <c>recordings list</c>.
/// With no Zoom credentials configured it runs against the built-in emulator.
/// </summary>
public static partial class SampleApp
{
    /// <summary>Runs the app in-process: parses <paramref name="args"/>, writes results to <paramref name="stdout"/> and diagnostics to <paramref name="stderr"/>.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="stdout">Results (exactly one JSON document with <c>--json</c>).</param>
    /// <param name="stderr">Diagnostics and errors.</param>
    /// <param name="configure">Extra service registrations, applied before the connector's (tests register a clock or an emulator here).</param>
    /// <param name="configuration">Configuration to use instead of appsettings.json, user-secrets and environment variables.</param>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Action<IServiceCollection>? configure = null, IConfiguration? configuration = null)
        => RunAsync(args, stdout, stderr, configure, configuration, CancellationToken.None);

    /// <summary>Runs the app in-process until it ends or <paramref name="cancellationToken"/> fires (what Ctrl+C does: <c>sync --watch</c> stops on it).</summary>
    /// <param name="args">The command line.</param>
    /// <param name="stdout">Results (exactly one JSON document with <c>--json</c>).</param>
    /// <param name="stderr">Diagnostics, progress and errors.</param>
    /// <param name="configure">Extra service registrations, applied before the connector's.</param>
    /// <param name="configuration">Configuration to use instead of appsettings.json, user-secrets and environment variables.</param>
    /// <param name="cancellationToken">Stops the command.</param>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Action<IServiceCollection>? configure, IConfiguration? configuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var app = new App(stdout, stderr, configure, configuration);
        var root = app.BuildCommands();
        var result = root.Parse(args);

        // A usage error goes entirely to stderr, so stdout stays empty (or one JSON document) whatever happens.
        var output = result.Errors.Count > 0 ? stderr : stdout;
        return result.InvokeAsync(new InvocationConfiguration { Output = output, Error = stderr }, cancellationToken);
    }

    private sealed partial class App(TextWriter stdout, TextWriter stderr, Action<IServiceCollection>? configure, IConfiguration? configuration)
    {
        private readonly Option<bool> _json = new("--json") { Description = "Print exactly one JSON document on stdout (diagnostics go to stderr).", Recursive = true };
        private readonly Option<bool> _reset = new("--reset") { Description = "Against the built-in emulator: start over with a fresh account (forget what earlier commands changed).", Recursive = true };
        private IConfiguration? _configuration;

        public RootCommand BuildCommands()
        {
            var root = new RootCommand("Zoom.Connector sample: lists users, meetings and recordings and schedules meetings. Runs against the built-in Zoom emulator unless Zoom credentials are configured.");
            root.Options.Add(_json);
            root.Options.Add(_reset);
            root.Subcommands.Add(UsersCommand());
            root.Subcommands.Add(MeetingsCommand());
            root.Subcommands.Add(RecordingsCommand());
            root.Subcommands.Add(SyncCommand());
            var reset = new Command("reset", "Start the built-in emulator over: a fresh account; what earlier commands changed is forgotten.");
            reset.SetAction((parse, ct) => RunAsync(parse, async (_, _) =>
            {
                // RunAsync already deleted the state (as --reset does); say where.
                var folder = EmulatorDataPath();
                await stdout.WriteLineAsync(parse.GetValue(_json)
                    ? $"{{\"reset\":\"{System.Text.Json.JsonEncodedText.Encode(folder)}\"}}"
                    : $"The emulator's state in {folder} was reset: the next command starts with a fresh account.").ConfigureAwait(false);
            }, ct));
            root.Subcommands.Add(reset);
            return root;
        }

        /// <summary>
        /// Where the built-in emulator keeps its state between commands: <c>Zoom:Emulator:DataPath</c>, else
        /// <c>.zoom-emulator/</c> under the current directory (what one command creates, the next one shows).
        /// </summary>
        private string EmulatorDataPath()
            => Path.GetFullPath(Configuration()["Zoom:Emulator:DataPath"] is { Length: > 0 } path ? path : ".zoom-emulator");

        private IConfiguration Configuration() => _configuration ??= configuration ?? new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddUserSecrets(typeof(SampleApp).Assembly, optional: true)
            .AddEnvironmentVariables()
            .Build();

        private Command UsersCommand()
        {
            var status = new Option<UserStatus>("--status") { Description = "Which users: active (default), inactive or pending.", DefaultValueFactory = _ => UserStatus.Active };
            var list = new Command("list", "List the account's users.") { status };
            list.SetAction((parse, ct) => RunAsync(parse, async (sp, output) =>
            {
                var users = new List<ZoomUser>();
                await foreach (var user in sp.GetRequiredService<IZoomUsersApi>().ListAllUsersAsync(parse.GetValue(status), cancellationToken: ct).ConfigureAwait(false))
                {
                    users.Add(user);
                }

                output.Users(users);
            }, ct));
            return new Command("users", "Users of the Zoom account.") { list };
        }

        private Command MeetingsCommand()
        {
            var user = new Option<string>("--user") { Description = "User id or email (default: me, the signed-in or service user).", DefaultValueFactory = _ => "me" };
            var type = new Option<MeetingListType>("--type") { Description = "scheduled (default), upcoming, live or previous_meetings.", DefaultValueFactory = _ => MeetingListType.Scheduled, CustomParser = ParseListType };
            var list = new Command("list", "List a user's meetings.") { user, type };
            list.SetAction((parse, ct) => RunAsync(parse, async (sp, output) =>
            {
                var meetings = new List<MeetingSummary>();
                await foreach (var meeting in sp.GetRequiredService<IZoomMeetingsApi>().ListAllMeetingsAsync(parse.GetValue(user)!, parse.GetValue(type), cancellationToken: ct).ConfigureAwait(false))
                {
                    meetings.Add(meeting);
                }

                output.Meetings(meetings);
            }, ct));

            var create = CreateCommand();

            var showId = new Argument<long>("id") { Description = "The meeting id." };
            var show = new Command("show", "Show one meeting (never its start URL or passcode).") { showId };
            show.SetAction((parse, ct) => RunAsync(parse, async (sp, output) =>
            {
                var meeting = await sp.GetRequiredService<IZoomMeetingsApi>().GetMeetingAsync(parse.GetValue(showId), cancellationToken: ct).ConfigureAwait(false);
                output.Meeting(meeting);
            }, ct));

            var invite = InvitationCommand();

            return new Command("meetings", "Meetings: list, create, show, invitation.") { list, create, show, invite };
        }

        private Command RecordingsCommand()
        {
            var user = new Option<string>("--user") { Description = "User id or email (default: me).", DefaultValueFactory = _ => "me" };
            var from = new Option<DateOnly?>("--from") { Description = "First day (yyyy-MM-dd, UTC). Default: one month before --to.", CustomParser = ParseDate };
            var to = new Option<DateOnly?>("--to") { Description = "Last day (yyyy-MM-dd, UTC). Default: today. At most one month after --from.", CustomParser = ParseDate };
            var list = new Command("list", "List a user's cloud recordings in a date range.") { user, from, to };
            list.SetAction((parse, ct) => RunAsync(parse, async (sp, output) =>
            {
                var today = DateOnly.FromDateTime(sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
                var last = parse.GetValue(to) ?? today;
                var first = parse.GetValue(from) ?? last.AddMonths(-1);
                var recordings = new List<RecordingMeeting>();
                await foreach (var recording in sp.GetRequiredService<IZoomRecordingsApi>().ListAllRecordingsAsync(parse.GetValue(user)!, first, last, cancellationToken: ct).ConfigureAwait(false))
                {
                    recordings.Add(recording);
                }

                output.Recordings(first, last, recordings);
            }, ct));
            return new Command("recordings", "Cloud recordings.") { list };
        }

        private Task<int> RunAsync(ParseResult parse, Func<IServiceProvider, Output, Task> action, CancellationToken cancellationToken)
            => RunAsync(parse, async (sp, output) =>
            {
                await action(sp, output).ConfigureAwait(false);
                return 0;
            }, null, cancellationToken);

        private async Task<int> RunAsync(ParseResult parse, Func<IServiceProvider, Output, Task<int>> action, Action<ZoomConnectorBuilder>? connector, CancellationToken cancellationToken)
        {
            var json = parse.GetValue(_json);
            var output = new Output(stdout, json);
            try
            {
                if (parse.GetValue(_reset) || parse.CommandResult.Command.Name == "reset")
                {
                    ZoomEmulator.ResetDataFolder(EmulatorDataPath());
                }

                await using var services = BuildServices(connector);
                return await action(services, output).ConfigureAwait(false);
            }
            catch (ZoomApiException exception)
            {
                var code = exception.ZoomCode?.ToString(CultureInfo.InvariantCulture) ?? ((int)exception.StatusCode).ToString(CultureInfo.InvariantCulture);
                await stderr.WriteLineAsync($"Zoom error {code}: {exception.ZoomMessage ?? exception.Message}".AsMemory(), cancellationToken).ConfigureAwait(false);
                foreach (var field in exception.FieldErrors)
                {
                    await stderr.WriteLineAsync($"  {field.Field}: {field.Message}".AsMemory(), cancellationToken).ConfigureAwait(false);
                }

                output.Error(exception.ZoomCode ?? (int)exception.StatusCode, exception.ZoomMessage ?? exception.Message, (int)exception.StatusCode);
                return 1;
            }
            catch (ZoomEmulatorStateException exception)
            {
                // The message names the state file and how to start over (--reset); the file is left as it was.
                await stderr.WriteLineAsync(exception.Message.AsMemory(), cancellationToken).ConfigureAwait(false);
                output.Error(null, exception.Message, null);
                return 2;
            }
            catch (SampleInputException exception)
            {
                await stderr.WriteLineAsync($"Invalid {exception.Field}: {exception.Rule}".AsMemory(), cancellationToken).ConfigureAwait(false);
                output.InputError(exception.Field, exception.Rule);
                return 2;
            }
            catch (Exception exception) when (exception is ZoomAuthenticationException or OptionsValidationException or HttpRequestException or Sync.ZoomSyncException)
            {
                var message = exception is HttpRequestException ? $"Could not reach Zoom: {exception.Message}" : exception.Message;
                await stderr.WriteLineAsync(message.AsMemory(), cancellationToken).ConfigureAwait(false);
                output.Error(null, message, null);
                return 1;
            }
        }

        private ServiceProvider BuildServices(Action<ZoomConnectorBuilder>? connector = null)
        {
            var config = Configuration();
            var services = new ServiceCollection();
            configure?.Invoke(services);
            var zoom = config.GetSection("Zoom");
            var builder = services.AddZoomConnector(zoom);
            var configured = new[] { "Service:AccessToken", "Service:AccountId", "Service:ClientId" }.Any(key => !string.IsNullOrWhiteSpace(zoom[key]));
            if (!configured)
            {
                var dataPath = EmulatorDataPath();
                builder.UseZoomEmulator(o => o.DataPath = dataPath);
                stderr.WriteLine($"No Zoom credentials configured (Zoom:Service:AccountId, ClientId, ClientSecret or AccessToken): using the built-in Zoom emulator with generated data, kept in {dataPath}.");
            }

            // Per-user action identities (--as): the emulator's OAuth app stands in when Zoom:Actions is not configured.
            var actionsConfigured = !string.IsNullOrWhiteSpace(zoom["Actions:ClientId"]);
            if (!configured || actionsConfigured)
            {
                builder.AddUserActions();
            }

            connector?.Invoke(builder);
            services.AddSingleton(new SampleEnvironment(UsesEmulator: !configured, UserActions: !configured || actionsConfigured));

            return services.BuildServiceProvider();
        }

        private static MeetingListType ParseListType(ArgumentResult result)
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "scheduled";
            switch (text)
            {
                case "scheduled": return MeetingListType.Scheduled;
                case "upcoming": return MeetingListType.Upcoming;
                case "live": return MeetingListType.Live;
                case "previous_meetings" or "previous": return MeetingListType.PreviousMeetings;
                default:
                    result.AddError($"--type must be scheduled, upcoming, live or previous_meetings (got '{text}').");
                    return MeetingListType.Scheduled;
            }
        }

        private static DateTime ParseLocalTime(ArgumentResult result)
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            string[] formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];
            if (DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
            {
                return DateTime.SpecifyKind(value, DateTimeKind.Unspecified);
            }

            result.AddError($"--start must be a local date and time such as 2026-12-01T09:00 (got '{text}').");
            return default;
        }

        private static DateOnly? ParseDate(ArgumentResult result)
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
            {
                return value;
            }

            result.AddError($"{(result.Parent as OptionResult)?.Option.Name ?? "The date"} must be a date such as 2026-11-01 (got '{text}').");
            return null;
        }
    }
}
