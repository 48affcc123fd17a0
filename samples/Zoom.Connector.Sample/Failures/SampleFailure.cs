using System.Globalization;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Zoom.Connector.Authentication;
using Zoom.Connector.Http;
using Zoom.Connector.Sync;

namespace Zoom.Connector.Sample.Failures;

/// <summary>
/// One failure as the person sees it: one line naming what to change (text on stderr), and with <c>--json</c> one
/// <c>{"error": {"kind", "message", "code", ...}}</c> document on stdout. Never a stack trace, never a secret: messages
/// come from the app, from Zoom's answer, or from the library's own messages (which carry no secrets).
/// </summary>
/// <param name="Kind">What failed (<see cref="Kinds"/>).</param>
/// <param name="Message">One line: what is wrong and what to change.</param>
/// <param name="ExitCode">The process exit code (<see cref="ExitCodes"/>).</param>
/// <param name="Code">Zoom's error code when Zoom answered (or the HTTP status when it gave none); otherwise null.</param>
/// <param name="Option">The CLI option, configuration key or file to change, when there is one.</param>
/// <param name="Status">The HTTP status Zoom answered with, when it answered.</param>
internal sealed partial record SampleFailure(string Kind, string Message, int ExitCode, int? Code = null, string? Option = null, int? Status = null)
{
    /// <summary>Extra lines for the text form (Zoom's field errors).</summary>
    public IReadOnlyList<string> Details { get; init; } = [];

    /// <summary>The values of <see cref="Kind"/>.</summary>
    public static class Kinds
    {
        /// <summary>A bad command line (unknown option, a value that does not parse): exit 2.</summary>
        public const string Usage = "usage";

        /// <summary>Input refused by the app or the scheduler's rules before anything was sent: exit 2.</summary>
        public const string Input = "input";

        /// <summary>Configuration that does not bind or validate (appsettings.json, user-secrets, <c>Zoom__...</c>): exit 2.</summary>
        public const string Configuration = "configuration";

        /// <summary>A local file that cannot be used (a folder, not JSON lines, a corrupt checkpoint, no permission): exit 2.</summary>
        public const string File = "file";

        /// <summary>Zoom answered with an error: exit 1.</summary>
        public const string Zoom = "zoom";

        /// <summary>Zoom's OAuth server refused the credentials, or a person must sign in again: exit 1.</summary>
        public const string Authentication = "authentication";

        /// <summary>Zoom could not be reached (DNS, connection, TLS, timeout): exit 1.</summary>
        public const string Network = "network";

        /// <summary>A sync stopped on an error it cannot skip: exit 1.</summary>
        public const string Sync = "sync";

        /// <summary>Ctrl+C: exit 130.</summary>
        public const string Cancelled = "cancelled";

        /// <summary>Anything else (a bug): exit 1, with the exception's type so it can be reported.</summary>
        public const string Internal = "internal";
    }

    /// <summary>Maps any exception a command lets through to a failure; <paramref name="cancelled"/> says whether Ctrl+C was pressed.</summary>
    public static SampleFailure From(Exception exception, bool cancelled)
    {
        ArgumentNullException.ThrowIfNull(exception);
        switch (exception)
        {
            case SampleInputException input:
                return new(input.Kind, $"{input.Option}: {input.Rule}", ExitCodes.Usage, Option: input.Option);
            case OperationCanceledException when cancelled:
                return new(Kinds.Cancelled, exception.Message.StartsWith("Cancelled", StringComparison.Ordinal) ? exception.Message : "Cancelled (Ctrl+C). Nothing more was sent.", ExitCodes.Cancelled);
            case ZoomApiException zoom:
                return FromZoom(zoom);
            case ZoomAuthenticationException authentication:
                return new(Kinds.Authentication, $"Zoom sign-in failed: {authentication.Message} Check Zoom:Service (AccountId, ClientId, ClientSecret or AccessToken).", ExitCodes.Refused);
            case ZoomSyncException sync:
                return sync.InnerException is ZoomApiException inner
                    ? new(Kinds.Sync, sync.Message, ExitCodes.Refused, inner.ZoomCode ?? (int)inner.StatusCode, Status: (int)inner.StatusCode)
                    : new(Kinds.Sync, sync.Message, ExitCodes.Refused);
            case OptionsValidationException options:
                return FromOptions(options);
            case InvalidOperationException binding when ConfigurationBinding().Match(binding.Message) is { Success: true } match:
                return FromBinding(match.Groups["key"].Value, match.Groups["type"].Value);
            case AggregateException aggregate when aggregate.InnerExceptions.Count > 0:
                // Start-up validation of several options types: the first names one key; fixing it shows the next.
                return From(aggregate.InnerExceptions[0], cancelled);
            case HttpRequestException http:
                return new(Kinds.Network, $"Could not reach Zoom: {Describe(http)} Check the network and Zoom:BaseUrl / Zoom:TokenUrl.", ExitCodes.Refused);
            case TimeoutException or TaskCanceledException or OperationCanceledException:
                return new(Kinds.Network, "Zoom did not answer in time (the request timed out). Check the network, or raise Zoom:Resilience timeouts.", ExitCodes.Refused);
            case InvalidDataException data:
                return new(Kinds.File, data.Message, ExitCodes.Usage);
            case Zoom.Connector.Testing.ZoomEmulatorStateException state:
                // Names the emulator's state file and how to start over (--reset); the file is left as it was.
                return new(Kinds.File, state.Message, ExitCodes.Usage, Option: state.StatePath);
            case UnauthorizedAccessException or IOException:
                return new(Kinds.File, $"A local file could not be used: {exception.Message}", ExitCodes.Usage);
            default:
                return new(Kinds.Internal, $"Unexpected {exception.GetType().Name}: {exception.Message} (run with --verbose to see the connector's log).", ExitCodes.Refused);
        }
    }

    private static SampleFailure FromZoom(ZoomApiException zoom)
    {
        var code = zoom.ZoomCode ?? (int)zoom.StatusCode;
        var message = $"Zoom error {code.ToString(CultureInfo.InvariantCulture)}: {zoom.ZoomMessage ?? zoom.Message}";
        return new(Kinds.Zoom, message, ExitCodes.Refused, code, Status: (int)zoom.StatusCode)
        {
            Details = [.. zoom.FieldErrors.Select(static f => $"  {f.Field}: {f.Message}")],
        };
    }

    private static SampleFailure FromOptions(OptionsValidationException options)
    {
        // The library's validators name the key (Zoom:Service:ClientSecret is required), never its value.
        var first = options.Failures.FirstOrDefault() ?? options.Message;
        var key = ConfigurationKey().Match(first) is { Success: true } match ? match.Value : null;
        return new(Kinds.Configuration, $"Invalid configuration: {first}{Where(key)}", ExitCodes.Usage, Option: key);
    }

    private static SampleFailure FromBinding(string key, string typeName)
    {
        var type = Type.GetType(typeName) ?? AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(typeName)).FirstOrDefault(static t => t is not null);
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        var expected = type switch
        {
            { IsEnum: true } => "one of " + string.Join(", ", Enum.GetNames(type).Where(static n => n != "Unknown")),
            _ when type == typeof(TimeSpan) => "a time span such as 00:05:00 (hh:mm:ss) or 1.00:00:00 (one day)",
            _ when type == typeof(int) || type == typeof(long) => "a whole number",
            _ when type == typeof(double) || type == typeof(decimal) => "a number such as 0.5",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(Uri) => "an absolute URL",
            _ => $"a {type?.Name ?? typeName}",
        };

        // The value is not repeated: it may be a secret put under the wrong key.
        return new(Kinds.Configuration, $"Invalid configuration: {key} must be {expected}.{Where(key)}", ExitCodes.Usage, Option: key);
    }

    private static string Where(string? key) => key is null
        ? " Change it in appsettings.json, user-secrets or the Zoom__... environment variables."
        : $" Change it in appsettings.json, user-secrets or the environment variable {key.Replace(":", "__", StringComparison.Ordinal)}.";

    private static string Describe(HttpRequestException http)
    {
        // The socket error says more than "An error occurred while sending the request."
        var socket = http.InnerException as SocketException ?? http.InnerException?.InnerException as SocketException;
        return socket is null ? http.Message : $"{http.Message} ({socket.SocketErrorCode}: {socket.Message}).";
    }

    // Microsoft.Extensions.Configuration.Binder: "Failed to convert configuration value [...] at 'Zoom:RateLimit:Plan' to type 'Zoom.Connector...'."
    [GeneratedRegex(@"at '(?<key>[^']+)' to type '(?<type>[^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex ConfigurationBinding();

    [GeneratedRegex(@"\bZoom(:[A-Za-z0-9]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex ConfigurationKey();
}
