using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace Zoom.Connector.Emulator;

/// <summary>
/// Bounds every request body the server reads at 1 MiB (Kestrel's <c>MaxRequestBodySize</c>): Zoom's own request
/// bodies are JSON of a few KiB, and the emulator serves no uploads. A declared length over it is answered 413 before a
/// byte is read; a chunked body that grows past it is cut by Kestrel and answered the same way, as Zoom-shaped JSON.
/// </summary>
internal static class RequestBodyLimit
{
    /// <summary>The largest request body read: 1 MiB.</summary>
    public const long MaxBytes = 1024 * 1024;

    /// <summary>Adds the middleware that answers 413 as JSON; it must come before the endpoints.</summary>
    public static void Use(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > MaxBytes)
            {
                await WriteAsync(context).ConfigureAwait(false);
                return;
            }

            try
            {
                await next(context).ConfigureAwait(false);
            }
            catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
            {
                await WriteAsync(context).ConfigureAwait(false);
                return;
            }

            // Minimal APIs that bind a body answer an oversized one with a bare 413: give it the same JSON.
            if (context.Response.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
            {
                await WriteAsync(context).ConfigureAwait(false);
            }
        });
    }

    private static Task WriteAsync(HttpContext context)
    {
        context.Response.StatusCode = (int)HttpStatusCode.RequestEntityTooLarge;
        context.Response.ContentType = "application/json";
        var body = new JsonObject
        {
            ["code"] = 413,
            ["message"] = string.Create(CultureInfo.InvariantCulture, $"Request body too large: the emulator reads at most {MaxBytes} bytes (1 MiB)."),
        };
        return context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }
}
