using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zoom.Connector.Testing;

namespace Zoom.Connector.Emulator;

/// <summary>
/// The admin API under <c>/__emulator/</c>: health, reset, fault injection and the request log. It has no
/// authentication (the server binds loopback by default) and never shows tokens or secrets.
/// </summary>
internal static class AdminApi
{
    public const string Prefix = "/__emulator";

    public static void Map(WebApplication app, ZoomEmulator emulator)
    {
        var admin = app.MapGroup(Prefix);
        admin.MapGet("/health", () => Json(HttpStatusCode.OK, new JsonObject
        {
            ["status"] = "ok",
            ["users"] = emulator.Users.Count,
            ["state"] = emulator.StatePath is null ? "memory" : "folder",
            ["state_path"] = emulator.StatePath,
        }));
        admin.MapPost("/reset", () =>
        {
            emulator.Reset();
            return Json(HttpStatusCode.OK, new JsonObject { ["status"] = "reset", ["users"] = emulator.Users.Count });
        });
        admin.MapGet("/faults", () => Json(HttpStatusCode.OK, new JsonObject { ["pending"] = emulator.Faults.Pending }));
        admin.MapDelete("/faults", () =>
        {
            emulator.Faults.Clear();
            return Results.NoContent();
        });
        admin.MapPost("/faults", async (HttpContext context) =>
        {
            JsonObject? body;
            try
            {
                body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false) as JsonObject;
            }
            catch (JsonException)
            {
                body = null;
            }

            if (body is null)
            {
                return Error("The body must be a JSON object such as {\"kind\":\"server_error\",\"method\":\"POST\",\"path\":\"/users/me/meetings\",\"times\":1}.");
            }

            try
            {
                AddFault(emulator.Faults, body);
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or FormatException)
            {
                return Error(exception.Message);
            }

            return Json(HttpStatusCode.Created, new JsonObject { ["pending"] = emulator.Faults.Pending });
        });
        admin.MapGet("/requests", () =>
        {
            var log = new JsonArray();
            foreach (var request in emulator.Requests)
            {
                log.Add(new JsonObject
                {
                    ["method"] = request.Method,
                    ["path"] = request.PathAndQuery,
                    ["identity"] = request.Identity,
                    ["status"] = request.StatusCode,
                    ["fault"] = request.Fault is { } fault ? SnakeCase(fault) : null,
                    ["timestamp"] = request.Timestamp.ToString("O", CultureInfo.InvariantCulture),
                });
            }

            return Json(HttpStatusCode.OK, new JsonObject { ["requests"] = log });
        });
        admin.MapDelete("/requests", () =>
        {
            emulator.ClearRequests();
            return Results.NoContent();
        });
    }

    /// <summary>
    /// Adds one rule from <c>{"kind", "method", "path", "times", "status", "delay_ms"}</c>: kind is <c>server_error</c>,
    /// <c>delay</c>, <c>drop_before_applying</c> or <c>drop_after_applying</c>; method and path (after <c>/v2</c>, a prefix)
    /// narrow which requests it hits.
    /// </summary>
    internal static void AddFault(EmulatorFaults faults, JsonObject body)
    {
        var kindText = Text(body, "kind") ?? throw new ArgumentException("Field 'kind' is required: server_error, delay, drop_before_applying or drop_after_applying.");
        var kind = Enum.GetValues<EmulatorFaultKind>().FirstOrDefault(k => SnakeCase(k) == kindText, (EmulatorFaultKind)(-1));
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentException($"Field 'kind' must be server_error, delay, drop_before_applying or drop_after_applying (got '{kindText}').");
        }

        var method = Text(body, "method") is { } methodText ? new HttpMethod(methodText.ToUpperInvariant()) : null;
        var path = Text(body, "path");
        if (path is not null && !path.StartsWith('/'))
        {
            throw new ArgumentException("Field 'path' must start with '/', e.g. /users/me/meetings or /oauth/token.");
        }

        Func<HttpRequestMessage, bool>? match = (method, path) switch
        {
            (null, null) => null,
            ({ } m, { } p) => EmulatorFaults.Matching(m, p),
            ({ } m, null) => request => request.Method == m,
            (null, { } p) => request => EmulatorFaults.Matching(request.Method, p)(request),
        };
        var times = Number(body, "times") ?? 1;
        if (times < 1)
        {
            throw new ArgumentException("Field 'times' must be at least 1.");
        }

        switch (kind)
        {
            case EmulatorFaultKind.ServerError:
                faults.ServerError(match, times, (HttpStatusCode)(Number(body, "status") ?? 503));
                break;
            case EmulatorFaultKind.Delay:
                var delay = Number(body, "delay_ms") ?? throw new ArgumentException("Field 'delay_ms' is required for a delay fault.");
                faults.Delay(TimeSpan.FromMilliseconds(delay), match, times);
                break;
            case EmulatorFaultKind.DropBeforeApplying:
                faults.DropBeforeApplying(match, times);
                break;
            default:
                faults.DropAfterApplying(match, times);
                break;
        }
    }

    private static string? Text(JsonObject body, string name)
        => body[name] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text
            : body[name] is null ? null
            : throw new ArgumentException($"Field '{name}' must be a string.");

    private static int? Number(JsonObject body, string name)
        => body[name] is JsonValue value && value.TryGetValue<int>(out var number) ? number
            : body[name] is null ? null
            : throw new ArgumentException($"Field '{name}' must be a whole number.");

    private static string SnakeCase(EmulatorFaultKind kind) => JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString());

    private static IResult Error(string message) => Json(HttpStatusCode.BadRequest, new JsonObject { ["error"] = message });

    private static IResult Json(HttpStatusCode status, JsonNode body)
        => Results.Content(body.ToJsonString(), "application/json; charset=utf-8", statusCode: (int)status);
}
