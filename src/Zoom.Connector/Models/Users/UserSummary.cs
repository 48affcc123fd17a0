// Models derived field by field from the Zoom API specs (see docs/api-coverage.md).

namespace Zoom.Connector.Models;

/// <summary>The response of <c>GET /users/summary</c> (userSummary).</summary>
public sealed record UserSummary
{
    /// <summary>The number of licensed users.</summary>
    public int? LicensedUsersCount { get; init; }

    /// <summary>The number of basic users.</summary>
    public int? BasicUsersCount { get; init; }

    /// <summary>The number of on-prem users.</summary>
    public int? OnPremUsersCount { get; init; }

    /// <summary>The number of Zoom rooms.</summary>
    public int? RoomUsersCount { get; init; }

    /// <summary>The number of users with a pending activation meeting license.</summary>
    public int? PendingUsersCount { get; init; }

    /// <summary>The number of users without licenses.</summary>
    public int? JoinOnlyUsersCount { get; init; }

    /// <summary>The total number of licensed_users_count, basic_users_count, on_prem_users_count, join_only_users_count and room_users_count.</summary>
    public int? TotalUsersCount { get; init; }
}
