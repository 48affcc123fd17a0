// Models derived field by field from the Zoom API specs (see docs/api-coverage.md).

namespace Zoom.Connector.Models;

/// <summary>The response of <c>GET /users/{userId}/permissions</c> (userPermission).</summary>
public sealed record UserPermissions
{
    /// <summary>List of user permissions.</summary>
    public IReadOnlyList<string>? Permissions { get; init; }
}
