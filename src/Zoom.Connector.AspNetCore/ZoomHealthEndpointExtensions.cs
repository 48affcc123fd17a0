using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Zoom.Connector.Health;

// Endpoint mapping extensions live in the namespace ASP.NET Core hosts already import.
namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the connector's health endpoint.</summary>
public static class ZoomHealthEndpointExtensions
{
    /// <summary>
    /// Maps <c>GET {pattern}</c> to the health checks tagged <see cref="ZoomHealthChecks.Tag"/> (<c>zoom</c>), answering
    /// 200 for Healthy and Degraded, 503 for Unhealthy, with a JSON body: <c>status</c>, <c>duration_ms</c> and, under
    /// <c>checks</c>, each check's <c>status</c>, <c>description</c>, <c>duration_ms</c> and <c>data</c> (counts, times
    /// and codes: the connector's checks put no id, token or secret there; exceptions are never written). Needs
    /// <c>AddZoomConnector(...).AddZoomHealthChecks()</c>. Put the host's own authorization on the returned builder
    /// if the endpoint is not for an orchestrator's anonymous probe.
    /// </summary>
    /// <param name="endpoints">The application's route builder.</param>
    /// <param name="pattern">The route; default <c>/health/zoom</c>.</param>
    public static IEndpointConventionBuilder MapZoomHealthChecks(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern = "/health/zoom")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        var registered = endpoints.ServiceProvider.GetService<IOptions<HealthCheckServiceOptions>>()?.Value.Registrations;
        if (endpoints.ServiceProvider.GetService<HealthCheckService>() is null
            || registered is null || !registered.Any(static r => r.Name == ZoomHealthChecks.ServiceToken))
        {
            throw new InvalidOperationException("MapZoomHealthChecks needs the health checks: call services.AddZoomConnector(...).AddZoomHealthChecks() first.");
        }

        return endpoints.MapHealthChecks(pattern, new HealthCheckOptions
        {
            Predicate = static registration => registration.Tags.Contains(ZoomHealthChecks.Tag),
            ResponseWriter = WriteAsync,
        }).WithDisplayName("Zoom health");
    }

    /// <summary>Writes a health report as JSON (see <see cref="MapZoomHealthChecks"/>).</summary>
    internal static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var writer = new Utf8JsonWriter(context.Response.BodyWriter, new JsonWriterOptions { Indented = true });
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteStartObject();
            writer.WriteString("status", report.Status.ToString());
            writer.WriteNumber("duration_ms", Math.Round(report.TotalDuration.TotalMilliseconds, 1));
            writer.WriteStartObject("checks");
            foreach (var (name, entry) in report.Entries)
            {
                writer.WriteStartObject(name);
                writer.WriteString("status", entry.Status.ToString());
                if (entry.Description is not null)
                {
                    writer.WriteString("description", entry.Description);
                }

                writer.WriteNumber("duration_ms", Math.Round(entry.Duration.TotalMilliseconds, 1));
                writer.WriteStartObject("data");
                foreach (var (key, value) in entry.Data)
                {
                    WriteValue(writer, key, value);
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
            await writer.FlushAsync(context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, string key, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNull(key);
                break;
            case bool b:
                writer.WriteBoolean(key, b);
                break;
            case int i:
                writer.WriteNumber(key, i);
                break;
            case long l:
                writer.WriteNumber(key, l);
                break;
            case double d when double.IsFinite(d):
                writer.WriteNumber(key, d);
                break;
            case decimal m:
                writer.WriteNumber(key, m);
                break;
            case DateTimeOffset at:
                writer.WriteString(key, at);
                break;
            case IFormattable formattable:
                writer.WriteString(key, formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                writer.WriteString(key, value.ToString());
                break;
        }
    }
}
