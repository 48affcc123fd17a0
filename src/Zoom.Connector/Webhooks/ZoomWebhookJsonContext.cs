using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zoom.Connector.Webhooks;

/// <summary>Source-generated JSON for the webhook receiver's own types (the envelope is read as a <see cref="JsonElement"/>).</summary>
[JsonSourceGenerationOptions(AllowTrailingCommas = true, ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(UrlValidationAnswer))]
internal sealed partial class ZoomWebhookJsonContext : JsonSerializerContext;

/// <summary>The wire shape of the URL validation answer (camelCase names, as Zoom expects).</summary>
internal sealed record UrlValidationAnswer(
    [property: JsonPropertyName("plainToken")] string PlainToken,
    [property: JsonPropertyName("encryptedToken")] string EncryptedToken);
