using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zoom.Connector.Http;
using Zoom.Connector.Http.Pipeline;

namespace Zoom.Connector.SupportLog;

/// <summary>
/// Writes one support-log record per HTTP attempt. On the API clients it sits closest to the wire (inside the auth
/// handler), so every retry and the resend after a 401 is its own record; on the OAuth back channel it records each
/// token request. It reads only the method, the path (never the query), the status, Zoom's error code and message and
/// the rate-limit headers: never a body it was not already buffering, a header with a token, or a form field.
/// </summary>
internal sealed partial class ZoomSupportLogHandler(
    IZoomSupportLogStore store,
    IOptionsMonitor<ZoomSupportLogOptions> options,
    ZoomRequestClassifier? classifier,
    TimeProvider time,
    ILogger<ZoomSupportLogHandler>? logger) : DelegatingHandler
{
    private const int MaxMessageLength = 300;
    private const int MaxPathLength = 512;
    private static readonly HttpRequestOptionsKey<AttemptCounter> AttemptKey = new("Zoom.Connector.SupportLog.Attempt");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.CurrentValue;
        if (!settings.Enabled)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        if (!request.Options.TryGetValue(AttemptKey, out var counter))
        {
            counter = new AttemptCounter();
            request.Options.Set(AttemptKey, counter);
        }

        var attempt = ++counter.Value;
        var timestamp = time.GetUtcNow();
        var started = time.GetTimestamp();
        var entry = Describe(request, settings, timestamp, attempt);
        HttpResponseMessage? response = null;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            entry = await AddAnswerAsync(entry, response, cancellationToken).ConfigureAwait(false) with
            {
                DurationMs = time.GetElapsedTime(started).TotalMilliseconds,
            };
            await WriteAsync(entry).ConfigureAwait(false);
            return response;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // An answer that arrived but could not be read is released here: the caller never receives it.
            response?.Dispose();
            await WriteAsync(entry with { Error = exception.GetType().Name, DurationMs = time.GetElapsedTime(started).TotalMilliseconds }).ConfigureAwait(false);
            throw;
        }
        catch
        {
            response?.Dispose();
            throw;
        }
    }

    private ZoomSupportLogEntry Describe(HttpRequestMessage request, ZoomSupportLogOptions settings, DateTimeOffset timestamp, int attempt)
    {
        var identity = ZoomRequestIdentity.Of(request);
        var grant = ZoomRequestIdentity.GrantOf(request);
        var kind = grant is not null || classifier is null ? ZoomSupportLogKinds.Token : ZoomSupportLogKinds.Api;
        string operation;
        TimeSpan retryWait = TimeSpan.Zero, limiterWait = TimeSpan.Zero;
        if (kind == ZoomSupportLogKinds.Token)
        {
            operation = "token:" + (grant ?? "unknown");
        }
        else
        {
            var info = classifier!.Classify(request);
            operation = info.OperationId;
            // Taken, not read: the resend after a 401 inside the same attempt waited for neither.
            retryWait = info.RetryDelay;
            limiterWait = info.LimiterWait;
            info.RetryDelay = TimeSpan.Zero;
            info.LimiterWait = TimeSpan.Zero;
        }

        var path = request.RequestUri is { IsAbsoluteUri: true } uri ? uri.AbsolutePath : string.Empty;
        return new ZoomSupportLogEntry
        {
            Timestamp = timestamp,
            Kind = kind,
            IdentityKind = ZoomSupportLogIdentity.KindOf(identity),
            IdentityKey = identity is null ? null : ZoomSupportLogIdentity.KeyOf(identity, settings.IdentityHashKey),
            Operation = operation,
            Method = request.Method.Method,
            Path = path.Length > MaxPathLength ? path[..MaxPathLength] : path,
            Attempt = attempt,
            RetryWaitMs = retryWait.TotalMilliseconds,
            LimiterWaitMs = limiterWait.TotalMilliseconds,
            TraceId = Activity.Current is { } activity && activity.TraceId != default ? activity.TraceId.ToHexString() : null,
        };
    }

    private static async Task<ZoomSupportLogEntry> AddAnswerAsync(ZoomSupportLogEntry entry, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var headers = ZoomRateLimitHeaders.Read(response);
        int? code = null;
        string? message = null;
        // Only a failed API answer's body is read (Zoom's code and message; buffered, so the caller still reads it).
        // A token answer's body holds the tokens themselves: never read here.
        if (!response.IsSuccessStatusCode && entry.Kind == ZoomSupportLogKinds.Api)
        {
            var body = await ZoomErrorMapper.ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
            code = body?.Code;
            message = body?.Message is { } text && text.Length > MaxMessageLength ? text[..MaxMessageLength] : body?.Message;
        }

        return entry with
        {
            Status = (int)response.StatusCode,
            ZoomCode = code,
            ZoomMessage = message,
            RateLimitCategory = headers.Category,
            RateLimitType = headers.Type == ZoomRateLimitType.Unknown ? null : headers.Type.ToString(),
            RateLimitLimit = headers.Limit,
            RateLimitRemaining = headers.Remaining,
            RetryAfterSeconds = headers.RetryAfter?.TotalSeconds,
            ZoomTrackingId = response.Headers.NonValidated.TryGetValues("x-zm-trackingid", out var values) ? Trim(values.FirstOrDefault()) : null,
        };
    }

    private static string? Trim(string? value) => value is { Length: > 128 } ? value[..128] : value;

    private async Task WriteAsync(ZoomSupportLogEntry entry)
    {
        try
        {
            // Not tied to the caller's cancellation: a record of a cancelled call is still worth keeping.
            await store.AppendAsync(entry, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The support log must never fail the call it describes; the host learns of it through its log.
            if (logger is not null)
            {
                LogWriteFailed(logger, exception.GetType().Name);
            }
        }
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "The Zoom support log could not write a record ({Error}); the call itself went on.")]
    private static partial void LogWriteFailed(ILogger logger, string error);

    private sealed class AttemptCounter
    {
        public int Value;
    }
}
