// Models derived field by field from the Zoom API specs (see docs/api-coverage.md).
using System.Text.Json.Serialization;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Models;

/// <summary>The body of <c>PUT /users/{userId}/email</c> (userEmailUpdate).</summary>
public sealed record UserEmailUpdateRequest
{
    /// <summary>User's email.</summary>
    public string? Email { get; init; }
}

/// <summary>The body of <c>PUT /users/{userId}/password</c> (userPassword).</summary>
public sealed record UserPasswordUpdateRequest
{
    /// <summary>A secret (kept out of <see cref="ToString"/>): user password.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? Password { get; init; }

    /// <summary>Prints the non-secret fields only.</summary>
    public override string ToString() => "UserPasswordUpdateRequest { }";
}

/// <summary>The response of <c>GET /users/vanity_name</c> (userVanityName).</summary>
public sealed record UserVanityNameCheck
{
    /// <summary>If true, it indicates that the personal meeting room with the given name exists.</summary>
    public bool? Existed { get; init; }
}
