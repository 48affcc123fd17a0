using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using Zoom.Connector.SupportLog;

namespace Zoom.Connector.AspNetCore;

/// <summary>The request delegate behind <c>MapZoomSupportLog</c>.</summary>
internal sealed class ZoomSupportLogEndpoint(ZoomSupportLogEndpointOptions options)
{
    internal const string NdJson = "application/x-ndjson; charset=utf-8";
    internal const string MatchedHeader = "X-Zoom-Support-Log-Matched";
    internal const string TruncatedHeader = "X-Zoom-Support-Log-Truncated";
    private const int MaxTextLength = 200;

    public async Task HandleAsync(HttpContext context)
    {
        // The log says who called Zoom when: no cache may keep it, no browser may guess another type for it.
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        var time = context.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System;
        var request = Parse(context.Request, time.GetUtcNow());
        if (request.Problem is { } problem)
        {
            await ZoomWebhookEndpoint.WriteTextAsync(context, StatusCodes.Status400BadRequest, problem).ConfigureAwait(false);
            return;
        }

        // The newest `limit` matches, kept in a bounded queue however many records the store holds.
        var store = context.RequestServices.GetRequiredService<IZoomSupportLogStore>();
        var kept = new Queue<ZoomSupportLogEntry>(Math.Min(request.Limit, 1024));
        var matched = 0;
        await foreach (var entry in store.QueryAsync(request.Query, context.RequestAborted).ConfigureAwait(false))
        {
            matched++;
            if (kept.Count == request.Limit)
            {
                kept.Dequeue();
            }

            kept.Enqueue(entry);
        }

        context.Response.Headers[MatchedHeader] = matched.ToString(CultureInfo.InvariantCulture);
        if (matched > kept.Count)
        {
            context.Response.Headers[TruncatedHeader] = "true";
        }

        if (request.Html)
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            // Nothing on the page runs or loads: a hostile value that slipped through encoding still could not.
            context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
            await context.Response.WriteAsync(ZoomSupportLogHtml.Render(kept, matched, request), context.RequestAborted).ConfigureAwait(false);
            return;
        }

        context.Response.ContentType = NdJson;
        var lines = new StringBuilder();
        foreach (var entry in kept)
        {
            lines.Append(ZoomSupportLogExport.ToJsonLine(entry)).Append('\n');
            if (lines.Length > 64 * 1024)
            {
                await context.Response.WriteAsync(lines.ToString(), context.RequestAborted).ConfigureAwait(false);
                lines.Clear();
            }
        }

        await context.Response.WriteAsync(lines.ToString(), context.RequestAborted).ConfigureAwait(false);
    }

    internal SupportLogRequest Parse(HttpRequest http, DateTimeOffset now)
    {
        var query = http.Query;
        var result = new SupportLogRequest { Limit = Math.Min(options.DefaultLimit, options.MaxLimit) };

        if (Single(query, "format") is { } format)
        {
            if (format.Equals("html", StringComparison.OrdinalIgnoreCase))
            {
                result = result with { Html = true };
            }
            else if (!format.Equals("json", StringComparison.OrdinalIgnoreCase) && !format.Equals("ndjson", StringComparison.OrdinalIgnoreCase))
            {
                return Fail("format must be json or html.");
            }
        }
        else
        {
            result = result with { Html = WantsHtml(http.Headers.Accept) };
        }

        DateTimeOffset? since = null, until = null;
        if (Single(query, "since") is { } sinceText)
        {
            if (!ZoomSupportLogInstant.TryParse(sinceText, now, out var value))
            {
                return Fail($"since must be {ZoomSupportLogInstant.Forms}.");
            }

            since = value;
        }

        if (Single(query, "until") is { } untilText)
        {
            if (!ZoomSupportLogInstant.TryParse(untilText, now, out var value))
            {
                return Fail($"until must be {ZoomSupportLogInstant.Forms}.");
            }

            until = value;
        }

        if (since is { } from && until is { } to && from >= to)
        {
            return Fail("since must be before until.");
        }

        var identity = Single(query, "identity");
        if (identity is { Length: > MaxTextLength })
        {
            return Fail($"identity must be at most {MaxTextLength} characters (service, or a key such as u-0123...).");
        }

        var operation = Single(query, "operation");
        if (operation is { Length: > MaxTextLength })
        {
            return Fail($"operation must be at most {MaxTextLength} characters (a Zoom operation id such as meetingCreate, or token:refresh_token).");
        }

        int? status = null;
        if (Single(query, "status") is { } statusText)
        {
            if (!int.TryParse(statusText, NumberStyles.None, CultureInfo.InvariantCulture, out var code) || code is < 100 or > 599)
            {
                return Fail("status must be an HTTP status code from 100 to 599.");
            }

            status = code;
        }

        if (Single(query, "limit") is { } limitText)
        {
            if (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) || limit < 1 || limit > options.MaxLimit)
            {
                return Fail($"limit must be a whole number from 1 to {options.MaxLimit.ToString(CultureInfo.InvariantCulture)}.");
            }

            result = result with { Limit = limit };
        }

        return result with
        {
            Query = new ZoomSupportLogQuery { From = since, To = until, IdentityKey = identity, Operation = operation, Status = status },
        };

        SupportLogRequest Fail(string message) => result with { Problem = "The support-log query parameter " + message };
    }

    // A repeated parameter is one value too many: only the first is read, never a comma-joined string.
    private static string? Single(IQueryCollection query, string name)
        => query.TryGetValue(name, out var values) && values.Count > 0 && !string.IsNullOrWhiteSpace(values[0]) ? values[0]!.Trim() : null;

    private static bool WantsHtml(StringValues accept)
    {
        foreach (var value in accept)
        {
            if (value is not null && value.Contains("text/html", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A parsed support-log request: the store query, the limit and the answer's format, or why it was refused.</summary>
internal sealed record SupportLogRequest
{
    public ZoomSupportLogQuery Query { get; init; } = new();

    public int Limit { get; init; }

    public bool Html { get; init; }

    public string? Problem { get; init; }
}

/// <summary>The simple, accessible HTML table of the support log; every value is HTML-encoded.</summary>
internal static class ZoomSupportLogHtml
{
    private static readonly string[] Columns =
    [
        "Time (UTC)", "Kind", "Identity", "Operation", "Method", "Path", "Status", "Zoom code", "Zoom message or error",
        "Duration (ms)", "Attempt", "Retry wait (ms)", "Budget wait (ms)", "Rate limit", "Retry-After (s)", "Trace id", "Zoom tracking id",
    ];

    public static string Render(IReadOnlyCollection<ZoomSupportLogEntry> entries, int matched, SupportLogRequest request)
    {
        var encoder = HtmlEncoder.Default;
        var html = new StringBuilder(1024 + (entries.Count * 512));
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"robots\" content=\"noindex\">\n")
            .Append("<title>Zoom support log</title>\n")
            .Append("<style>table{border-collapse:collapse}th,td{border:1px solid #888;padding:2px 6px;text-align:left;vertical-align:top}</style>\n")
            .Append("</head>\n<body>\n<main>\n<h1>Zoom support log</h1>\n<p>");
        var query = request.Query;
        var filters = new List<string>();
        if (query.From is { } from)
        {
            filters.Add("since " + Time(from));
        }

        if (query.To is { } to)
        {
            filters.Add("until " + Time(to));
        }

        if (query.IdentityKey is { } identity)
        {
            filters.Add("identity " + identity);
        }

        if (query.Operation is { } operation)
        {
            filters.Add("operation " + operation);
        }

        if (query.Status is { } status)
        {
            filters.Add("status " + status.ToString(CultureInfo.InvariantCulture));
        }

        var shown = entries.Count == matched
            ? $"{matched.ToString(CultureInfo.InvariantCulture)} record(s)"
            : $"The newest {entries.Count.ToString(CultureInfo.InvariantCulture)} of {matched.ToString(CultureInfo.InvariantCulture)} matching record(s) (narrow the filters or raise limit)";
        html.Append(encoder.Encode(shown + (filters.Count > 0 ? "; " + string.Join(", ", filters) : string.Empty) + ", oldest first."))
            .Append("</p>\n");
        if (entries.Count == 0)
        {
            html.Append("<p>No records match.</p>\n</main>\n</body>\n</html>\n");
            return html.ToString();
        }

        html.Append("<table>\n<caption>Zoom API attempts and token requests</caption>\n<thead>\n<tr>");
        foreach (var column in Columns)
        {
            html.Append("<th scope=\"col\">").Append(encoder.Encode(column)).Append("</th>");
        }

        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var entry in entries)
        {
            html.Append("<tr>");
            foreach (var value in Cells(entry))
            {
                html.Append("<td>").Append(encoder.Encode(value ?? string.Empty)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static IEnumerable<string?> Cells(ZoomSupportLogEntry entry)
    {
        yield return Time(entry.Timestamp);
        yield return entry.Kind;
        yield return entry.IdentityKey is { } key ? entry.IdentityKind + " " + key : entry.IdentityKind;
        yield return entry.Operation;
        yield return entry.Method;
        yield return entry.Path;
        yield return Number(entry.Status);
        yield return Number(entry.ZoomCode);
        yield return entry.ZoomMessage ?? entry.Error;
        yield return Millis(entry.DurationMs);
        yield return entry.Attempt.ToString(CultureInfo.InvariantCulture);
        yield return Millis(entry.RetryWaitMs);
        yield return Millis(entry.LimiterWaitMs);
        yield return RateLimit(entry);
        yield return entry.RetryAfterSeconds?.ToString("0.###", CultureInfo.InvariantCulture);
        yield return entry.TraceId;
        yield return entry.ZoomTrackingId;
    }

    private static string? RateLimit(ZoomSupportLogEntry entry)
    {
        var parts = new List<string>();
        if (entry.RateLimitCategory is { } category)
        {
            parts.Add(category);
        }

        if (entry.RateLimitType is { } type)
        {
            parts.Add(type);
        }

        if (entry.RateLimitRemaining is { } remaining)
        {
            parts.Add(entry.RateLimitLimit is { } limit
                ? $"{remaining.ToString(CultureInfo.InvariantCulture)} of {limit.ToString(CultureInfo.InvariantCulture)} left"
                : $"{remaining.ToString(CultureInfo.InvariantCulture)} left");
        }

        return parts.Count == 0 ? null : string.Join(' ', parts);
    }

    private static string Time(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture);

    private static string Millis(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
