using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Zoom.Connector.Sample.Failures;
using Zoom.Connector.Sample.Hosting;
using Zoom.Connector.SupportLog;

namespace Zoom.Connector.Sample.Commands;

/// <summary>
/// <c>support-log [--since 1h] [--until T] [--operation X] [--status N] [--identity K] [--limit N]</c>: what earlier
/// commands sent to Zoom and what Zoom answered, read from the support log's files (docs/support-log.md).
/// </summary>
internal static class SupportLogCommand
{
    private const int DefaultLimit = 200;
    private const int MaxLimit = 10_000;

    public static Command Create(SampleRunner runner)
    {
        var since = new Option<string?>("--since") { Description = "Only records from then on: an age (30m, 1h, 2d) or an ISO 8601 time (2026-12-02T14:02:00Z). Default: all kept (24 hours).", HelpName = "age|time" };
        var until = new Option<string?>("--until") { Description = "Only records before then: an age or an ISO 8601 time.", HelpName = "age|time" };
        var operation = new Option<string?>("--operation") { Description = "Only this Zoom operation (meetingCreate, users, ...) or token request (token:authorization_code, token:refresh_token)." };
        var status = new Option<int?>("--status") { Description = "Only records with this HTTP status (e.g. 429).", CustomParser = Status };
        var identity = new Option<string?>("--identity") { Description = "Only this identity: service, or a person's key (u-...)." };
        var limit = new Option<int>("--limit")
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"At most this many records, the newest (1-{MaxLimit}). Default {DefaultLimit}."),
            DefaultValueFactory = _ => DefaultLimit,
            CustomParser = Limit,
        };
        var command = new Command("support-log", "Show what earlier commands sent to Zoom and what Zoom answered (API calls and token requests), from the support log's files.")
        {
            since, until, operation, status, identity, limit,
        };
        command.SetAction((parse, ct) => runner.RunAsync(parse, async context =>
        {
            var now = context.Services.GetRequiredService<TimeProvider>().GetUtcNow();
            var from = Instant(parse.GetValue(since), "--since", now);
            var to = Instant(parse.GetValue(until), "--until", now);
            if (from is { } f && to is { } t && f >= t)
            {
                throw new SampleInputException("--since", "must be before --until.");
            }

            var query = new ZoomSupportLogQuery
            {
                From = from,
                To = to,
                Operation = parse.GetValue(operation),
                Status = parse.GetValue(status),
                IdentityKey = parse.GetValue(identity),
            };
            // The newest --limit records, in a bounded queue however many the files hold.
            var max = parse.GetValue(limit);
            var kept = new Queue<ZoomSupportLogEntry>();
            var matched = 0;
            await foreach (var entry in context.Services.GetRequiredService<IZoomSupportLogStore>().QueryAsync(query, ct).ConfigureAwait(false))
            {
                matched++;
                if (kept.Count == max)
                {
                    kept.Dequeue();
                }

                kept.Enqueue(entry);
            }

            context.Output.SupportLog(kept, matched, context.Services.GetRequiredService<SampleEnvironment>().SupportLogPath);
        }, ct));
        return command;
    }

    private static DateTimeOffset? Instant(string? text, string option, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return ZoomSupportLogInstant.TryParse(text, now, out var instant)
            ? instant
            : throw new SampleInputException(option, $"must be {ZoomSupportLogInstant.Forms}; got '{Shown(text)}'.");
    }

    // Echoed input is cut short: a pasted secret should not fill the terminal again.
    private static string Shown(string text) => text.Length > 40 ? text[..40] + "..." : text;

    private static int? Status(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code is >= 100 and <= 599)
        {
            return code;
        }

        result.AddError($"--status must be an HTTP status code from 100 to 599 (e.g. 429); got '{Shown(text)}'.");
        return null;
    }

    private static int Limit(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= MaxLimit)
        {
            return value;
        }

        result.AddError(string.Create(CultureInfo.InvariantCulture, $"--limit must be a whole number from 1 to {MaxLimit}; got '{Shown(text)}'."));
        return DefaultLimit;
    }
}
