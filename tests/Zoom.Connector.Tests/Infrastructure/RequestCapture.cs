using System.Text.Json;

namespace Zoom.Connector.Tests.Infrastructure;

/// <summary>What a test saw of one request: method, path with query, body and authorization.</summary>
public sealed record CapturedRequest(HttpMethod Method, string PathAndQuery, string? Body, string? Authorization)
{
    public JsonElement Json => JsonDocument.Parse(Body ?? "null").RootElement;

    public IReadOnlyList<string> TopLevelNames => Json.ValueKind == JsonValueKind.Object
        ? Json.EnumerateObject().Select(p => p.Name).ToArray()
        : [];

    public static async Task<CapturedRequest> FromAsync(HttpRequestMessage request)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync();
        return new CapturedRequest(request.Method, request.RequestUri!.PathAndQuery, body, request.Headers.Authorization?.ToString());
    }
}
