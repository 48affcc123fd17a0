using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Zoom.Connector.Webhooks;

/// <summary>Handles verified, de-duplicated webhook events. Register with <c>AddWebhookHandler&lt;T&gt;()</c>.</summary>
/// <remarks>
/// Zoom expects an answer within 3 seconds: do little here (store the event, queue the work) and keep handlers
/// idempotent, since a delivery whose handling failed is answered with HTTP 500 and Zoom sends it again.
/// </remarks>
public interface IZoomWebhookHandler
{
    /// <summary>Handles one event. Every registered handler sees every event; filter on <see cref="ZoomWebhookEvent.Event"/>.</summary>
    /// <param name="webhookEvent">The verified event.</param>
    /// <param name="cancellationToken">Cancelled when the request is aborted.</param>
    Task HandleAsync(ZoomWebhookEvent webhookEvent, CancellationToken cancellationToken = default);
}

/// <summary>What the receiver did with a request.</summary>
public enum ZoomWebhookOutcome
{
    /// <summary>Verified, new, and every handler succeeded: answer 200.</summary>
    Handled = 0,

    /// <summary>Verified URL validation challenge: answer 200 with the JSON in <see cref="ZoomWebhookReceipt.ResponseBody"/>.</summary>
    UrlValidated,

    /// <summary>Verified but already delivered within the de-duplication window: answer 200 without handling it again.</summary>
    Duplicate,

    /// <summary>Not from Zoom (bad or missing signature, stale timestamp): answer 401.</summary>
    Rejected,

    /// <summary>Authentic but unreadable (not JSON, no event name, a challenge without plainToken): answer 400.</summary>
    Malformed,

    /// <summary>
    /// An earlier delivery of the same event is still being handled (Zoom retried after its 3-second timeout): answer 409
    /// so that Zoom delivers it again later, when the first attempt has either succeeded (then it is a duplicate) or failed.
    /// </summary>
    InProgress,

    /// <summary>A handler failed: answer 500 so that Zoom delivers the event again; the event is not remembered as seen.</summary>
    HandlerFailed,
}

/// <summary>The receiver's verdict on one request, with the HTTP answer to give.</summary>
public sealed record ZoomWebhookReceipt
{
    /// <summary>What happened.</summary>
    public required ZoomWebhookOutcome Outcome { get; init; }

    /// <summary>The HTTP status to answer with: 200, 400, 401, 409 or 500.</summary>
    public required int StatusCode { get; init; }

    /// <summary>The signature check's result.</summary>
    public required ZoomWebhookVerificationResult Verification { get; init; }

    /// <summary>The parsed event (null when rejected or malformed).</summary>
    public ZoomWebhookEvent? Event { get; init; }

    /// <summary>A JSON body to answer with (the URL validation answer), else null.</summary>
    public ReadOnlyMemory<byte>? ResponseBody { get; init; }

    /// <summary>Why a request was not handled (no secrets, no body contents).</summary>
    public string? Reason { get; init; }
}

/// <summary>
/// The transport-neutral webhook pipeline: verify the signature on the raw bytes, answer URL validation, parse,
/// drop redeliveries, dispatch to every <see cref="IZoomWebhookHandler"/>. The ASP.NET Core endpoint
/// (<c>MapZoomWebhooks</c>) is a thin adapter over it.
/// </summary>
public sealed partial class ZoomWebhookReceiver
{
    private readonly ZoomWebhookVerifier _verifier;
    private readonly IZoomWebhookDeliveryStore _deduplicator;
    private readonly IZoomWebhookHandler[] _handlers;
    private readonly ILogger<ZoomWebhookReceiver> _logger;

    /// <summary>Creates the receiver.</summary>
    /// <param name="verifier">Checks signatures.</param>
    /// <param name="deduplicator">Drops redeliveries.</param>
    /// <param name="handlers">The handlers every new event goes to, in registration order.</param>
    /// <param name="logger">Logs rejections and handler failures (event name and time, never the body).</param>
    public ZoomWebhookReceiver(ZoomWebhookVerifier verifier, IZoomWebhookDeliveryStore deduplicator, IEnumerable<IZoomWebhookHandler> handlers, ILogger<ZoomWebhookReceiver> logger)
    {
        ArgumentNullException.ThrowIfNull(verifier);
        ArgumentNullException.ThrowIfNull(deduplicator);
        ArgumentNullException.ThrowIfNull(handlers);
        ArgumentNullException.ThrowIfNull(logger);
        _verifier = verifier;
        _deduplicator = deduplicator;
        _handlers = [.. handlers];
        _logger = logger;
    }

    /// <summary>Processes one webhook request.</summary>
    /// <param name="body">The raw request body.</param>
    /// <param name="timestamp">The <c>x-zm-request-timestamp</c> header.</param>
    /// <param name="signature">The <c>x-zm-signature</c> header.</param>
    /// <param name="cancellationToken">Cancelled when the request is aborted; passed to the handlers.</param>
    public async Task<ZoomWebhookReceipt> ReceiveAsync(ReadOnlyMemory<byte> body, string? timestamp, string? signature, CancellationToken cancellationToken = default)
    {
        var verification = _verifier.Verify(body.Span, timestamp, signature);
        if (!verification.IsValid)
        {
            LogRejected(_logger, verification.Status, verification.Reason);
            return new ZoomWebhookReceipt { Outcome = ZoomWebhookOutcome.Rejected, StatusCode = 401, Verification = verification, Reason = verification.Reason };
        }

        ZoomWebhookEvent webhookEvent;
        try
        {
            webhookEvent = ZoomWebhookEvent.Parse(body.Span);
        }
        catch (ZoomWebhookFormatException ex)
        {
            LogMalformed(_logger, ex.Field, ex.Message);
            return new ZoomWebhookReceipt { Outcome = ZoomWebhookOutcome.Malformed, StatusCode = 400, Verification = verification, Reason = ex.Message };
        }

        if (webhookEvent.IsUrlValidation)
        {
            if (string.IsNullOrEmpty(webhookEvent.PlainToken))
            {
                const string reason = "The endpoint.url_validation event has no payload.plainToken.";
                LogMalformed(_logger, "payload.plainToken", reason);
                return new ZoomWebhookReceipt { Outcome = ZoomWebhookOutcome.Malformed, StatusCode = 400, Verification = verification, Event = webhookEvent, Reason = reason };
            }

            var answer = _verifier.CreateUrlValidationResponse(webhookEvent.PlainToken);
            var json = JsonSerializer.SerializeToUtf8Bytes(new UrlValidationAnswer(answer.PlainToken, answer.EncryptedToken), ZoomWebhookJsonContext.Default.UrlValidationAnswer);
            LogUrlValidated(_logger);
            return new ZoomWebhookReceipt { Outcome = ZoomWebhookOutcome.UrlValidated, StatusCode = 200, Verification = verification, Event = webhookEvent, ResponseBody = json };
        }

        var key = webhookEvent.DeduplicationKey;
        switch (await _deduplicator.TryBeginAsync(key, cancellationToken).ConfigureAwait(false))
        {
            case ZoomWebhookDelivery.Duplicate:
                LogDuplicate(_logger, webhookEvent.Event, webhookEvent.EventTs, webhookEvent.ObjectId);
                return new ZoomWebhookReceipt { Outcome = ZoomWebhookOutcome.Duplicate, StatusCode = 200, Verification = verification, Event = webhookEvent };
            case ZoomWebhookDelivery.InProgress:
                // Zoom gave up waiting for the first delivery and retried. Answering 200 here would lose the event if the
                // first attempt then fails; a 409 makes Zoom try again later, when the outcome is known.
                LogInProgress(_logger, webhookEvent.Event, webhookEvent.EventTs, webhookEvent.ObjectId);
                return new ZoomWebhookReceipt
                {
                    Outcome = ZoomWebhookOutcome.InProgress,
                    StatusCode = 409,
                    Verification = verification,
                    Event = webhookEvent,
                    Reason = "An earlier delivery of this event is still being handled; deliver it again later.",
                };
        }

        foreach (var handler in _handlers)
        {
            try
            {
                await handler.HandleAsync(webhookEvent, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Not remembered as seen: Zoom's retry of this delivery is handled again.
                await _deduplicator.ForgetAsync(key, CancellationToken.None).ConfigureAwait(false);
                LogHandlerFailed(_logger, ex, handler.GetType().Name, webhookEvent.Event, webhookEvent.EventTs);
                return new ZoomWebhookReceipt
                {
                    Outcome = ZoomWebhookOutcome.HandlerFailed,
                    StatusCode = 500,
                    Verification = verification,
                    Event = webhookEvent,
                    Reason = $"Handler {handler.GetType().Name} failed on {webhookEvent.Event}; Zoom will deliver it again.",
                };
            }
            catch (OperationCanceledException)
            {
                await _deduplicator.ForgetAsync(key, CancellationToken.None).ConfigureAwait(false);
                throw;
            }
        }

        await _deduplicator.CompleteAsync(key, CancellationToken.None).ConfigureAwait(false);
        LogHandled(_logger, webhookEvent.Event, webhookEvent.EventTs, webhookEvent.ObjectId, _handlers.Length);
        return new ZoomWebhookReceipt { Outcome = ZoomWebhookOutcome.Handled, StatusCode = 200, Verification = verification, Event = webhookEvent };
    }

    [LoggerMessage(EventId = 1401, Level = LogLevel.Warning, Message = "Refused a Zoom webhook request: {Status}. {Reason}")]
    private static partial void LogRejected(ILogger logger, ZoomWebhookVerificationStatus status, string reason);

    [LoggerMessage(EventId = 1402, Level = LogLevel.Warning, Message = "Refused an unreadable Zoom webhook (field {Field}): {Reason}")]
    private static partial void LogMalformed(ILogger logger, string field, string reason);

    [LoggerMessage(EventId = 1403, Level = LogLevel.Information, Message = "Answered Zoom's webhook URL validation challenge.")]
    private static partial void LogUrlValidated(ILogger logger);

    [LoggerMessage(EventId = 1404, Level = LogLevel.Debug, Message = "Dropped a redelivered Zoom webhook {Event} of {EventTs:O} for object {ObjectId}.")]
    private static partial void LogDuplicate(ILogger logger, string @event, DateTimeOffset eventTs, string? objectId);

    [LoggerMessage(EventId = 1407, Level = LogLevel.Information, Message = "Zoom redelivered webhook {Event} of {EventTs:O} for object {ObjectId} while the first delivery is still being handled; answering 409.")]
    private static partial void LogInProgress(ILogger logger, string @event, DateTimeOffset eventTs, string? objectId);

    [LoggerMessage(EventId = 1405, Level = LogLevel.Error, Message = "Zoom webhook handler {Handler} failed on {Event} of {EventTs:O}; answering 500 so that Zoom delivers it again.")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string handler, string @event, DateTimeOffset eventTs);

    [LoggerMessage(EventId = 1406, Level = LogLevel.Debug, Message = "Handled Zoom webhook {Event} of {EventTs:O} for object {ObjectId} with {HandlerCount} handler(s).")]
    private static partial void LogHandled(ILogger logger, string @event, DateTimeOffset eventTs, string? objectId, int handlerCount);
}
