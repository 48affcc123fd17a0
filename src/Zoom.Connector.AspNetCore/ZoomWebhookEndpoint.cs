using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Zoom.Connector.Webhooks;

namespace Zoom.Connector.AspNetCore;

/// <summary>The request delegate behind <c>MapZoomWebhooks</c>: HTTP in, <see cref="ZoomWebhookReceiver"/>, HTTP out.</summary>
internal static class ZoomWebhookEndpoint
{
    public static async Task HandleAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var maxBytes = services.GetRequiredService<IOptions<ZoomWebhookOptions>>().Value.MaxBodyBytes;
        var request = context.Request;
        if (request.ContentLength > maxBytes)
        {
            await WriteTextAsync(context, StatusCodes.Status413PayloadTooLarge, "The webhook body is larger than Zoom:Webhooks:MaxBodyBytes.").ConfigureAwait(false);
            return;
        }

        // Rent room for one byte more than allowed, so an over-long body is noticed without reading all of it.
        var limit = maxBytes + 1;
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(request.ContentLength is { } declared ? declared + 1 : 16 * 1024, limit));
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, limit));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length, limit) - length), context.RequestAborted).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > maxBytes)
                {
                    await WriteTextAsync(context, StatusCodes.Status413PayloadTooLarge, "The webhook body is larger than Zoom:Webhooks:MaxBodyBytes.").ConfigureAwait(false);
                    return;
                }
            }

            var receiver = services.GetRequiredService<ZoomWebhookReceiver>();
            var receipt = await receiver.ReceiveAsync(
                    buffer.AsMemory(0, length),
                    request.Headers[ZoomWebhookVerifier.TimestampHeader].ToString(),
                    request.Headers[ZoomWebhookVerifier.SignatureHeader].ToString(),
                    context.RequestAborted)
                .ConfigureAwait(false);

            if (receipt.ResponseBody is { } json)
            {
                context.Response.StatusCode = receipt.StatusCode;
                context.Response.ContentType = "application/json";
                await context.Response.Body.WriteAsync(json, context.RequestAborted).ConfigureAwait(false);
                return;
            }

            var text = receipt.Outcome switch
            {
                ZoomWebhookOutcome.Rejected => $"The Zoom webhook signature check failed: {receipt.Verification.Status}.",
                ZoomWebhookOutcome.Malformed => receipt.Reason,
                ZoomWebhookOutcome.HandlerFailed => "The event could not be handled; please deliver it again.",
                ZoomWebhookOutcome.InProgress => receipt.Reason,
                _ => null,
            };
            if (text is null)
            {
                context.Response.StatusCode = receipt.StatusCode;
                return;
            }

            await WriteTextAsync(context, receipt.StatusCode, text).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    internal static Task WriteTextAsync(HttpContext context, int status, string text)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(text, context.RequestAborted);
    }
}
