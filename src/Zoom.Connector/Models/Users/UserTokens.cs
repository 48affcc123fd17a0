// Models derived field by field from the Zoom API specs (see docs/api-coverage.md).

namespace Zoom.Connector.Models;

/// <summary>The response of <c>GET /users/{userId}/token</c> (userToken).</summary>
public sealed record UserToken
{
    /// <summary>A secret (kept out of <see cref="ToString"/>): the user's ZAK or token value.</summary>
    public string? Token { get; init; }

    /// <summary>Prints the non-secret fields only.</summary>
    public override string ToString() => "UserToken { }";
}

/// <summary>The response of <c>GET /users/me/zak</c> (userZak).</summary>
public sealed record UserZak
{
    /// <summary>A secret (kept out of <see cref="ToString"/>): the user's ZAK.</summary>
    public string? Token { get; init; }

    /// <summary>Prints the non-secret fields only.</summary>
    public override string ToString() => "UserZak { }";
}
