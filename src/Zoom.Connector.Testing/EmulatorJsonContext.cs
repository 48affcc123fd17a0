using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Zoom.Connector.Testing;

/// <summary>The OAuth token endpoint's success body.</summary>
internal sealed record EmulatorTokenResponse(
    string AccessToken,
    string TokenType,
    int ExpiresIn,
    string Scope,
    string? RefreshToken,
    string ApiUrl);

/// <summary>The OAuth endpoints' error body: <c>{"reason": "...", "error": "invalid_grant"}</c>.</summary>
internal sealed record EmulatorOAuthError(string Reason, string Error);

/// <summary>The revoke endpoint's body.</summary>
internal sealed record EmulatorRevokeResponse(string Status);

/// <summary>Source-generated JSON for the emulator's own bodies (the API bodies use the connector's <c>ZoomJsonContext</c>).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(EmulatorTokenResponse))]
[JsonSerializable(typeof(EmulatorOAuthError))]
[JsonSerializable(typeof(EmulatorRevokeResponse))]
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class EmulatorJsonContext : JsonSerializerContext;
