using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection;

namespace Zoom.Connector.Authentication;

/// <summary>
/// Encrypts token entries for stores that keep them outside process memory (the local file store, Redis), with ASP.NET
/// Core Data Protection. Each identity gets its own purpose, so a ciphertext copied under another identity's key does
/// not decrypt. Every instance sharing a store must share the Data Protection key ring.
/// </summary>
public sealed class ZoomTokenProtector
{
    /// <summary>The Data Protection purpose of token entries.</summary>
    public const string Purpose = "Zoom.Connector.Tokens.v1";

    private readonly IDataProtector _protector;

    /// <summary>Creates the protector.</summary>
    /// <param name="provider">The host's Data Protection provider.</param>
    public ZoomTokenProtector(IDataProtectionProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        _protector = provider.CreateProtector(Purpose);
    }

    /// <summary>Encrypts <paramref name="entry"/> for <paramref name="identityKey"/>.</summary>
    /// <param name="identityKey">The identity the entry belongs to.</param>
    /// <param name="entry">The tokens.</param>
    public byte[] Protect(string identityKey, ZoomTokenEntry entry)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(identityKey);
        ArgumentNullException.ThrowIfNull(entry);
        var payload = new ZoomTokenPayload(entry.AccessToken, entry.RefreshToken, entry.ExpiresAt, [.. entry.Scopes]);
        var json = JsonSerializer.SerializeToUtf8Bytes(payload, ZoomTokenPayloadContext.Default.ZoomTokenPayload);
        return _protector.CreateProtector(identityKey).Protect(json);
    }

    /// <summary>
    /// Decrypts an entry written by <see cref="Protect"/> for the same identity. Throws
    /// <see cref="ZoomAuthenticationException"/> (naming the identity, never a token) when it cannot: another key ring,
    /// or bytes that were not written for this identity. The stored bytes are left alone.
    /// </summary>
    /// <param name="identityKey">The identity the entry belongs to.</param>
    /// <param name="protectedBytes">The stored bytes.</param>
    public ZoomTokenEntry Unprotect(string identityKey, byte[] protectedBytes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(identityKey);
        ArgumentNullException.ThrowIfNull(protectedBytes);
        try
        {
            var json = _protector.CreateProtector(identityKey).Unprotect(protectedBytes);
            var payload = JsonSerializer.Deserialize(json, ZoomTokenPayloadContext.Default.ZoomTokenPayload)
                ?? throw new JsonException("empty payload");
            return new ZoomTokenEntry
            {
                AccessToken = payload.AccessToken,
                RefreshToken = payload.RefreshToken,
                ExpiresAt = payload.ExpiresAt,
                Scopes = payload.Scopes,
            };
        }
        catch (Exception ex) when (ex is CryptographicException or JsonException)
        {
            throw new ZoomAuthenticationException(
                $"The stored tokens of identity '{identityKey}' cannot be decrypted ({ex.GetType().Name}): every instance must share one Data Protection key ring (see docs/fleet.md). The stored entry was kept.",
                ex);
        }
    }
}

/// <summary>What is encrypted: the tokens, their expiry and scopes.</summary>
internal sealed record ZoomTokenPayload(
    [property: JsonPropertyName("a")] string AccessToken,
    [property: JsonPropertyName("r")] string? RefreshToken,
    [property: JsonPropertyName("e")] DateTimeOffset ExpiresAt,
    [property: JsonPropertyName("s")] string[] Scopes);

[JsonSerializable(typeof(ZoomTokenPayload))]
internal sealed partial class ZoomTokenPayloadContext : JsonSerializerContext;
