// Models derived field by field from the Zoom API specs (see docs/api-coverage.md).
using System.Text.Json.Serialization;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Models;

/// <summary>The users this user may schedule meetings for (the user is their assistant).</summary>
public sealed record UserSchedulerList
{
    /// <summary>List of users for whom the current user can schedule meetings.</summary>
    public IReadOnlyList<UserScheduler>? Schedulers { get; init; }
}

/// <summary>A user whose meetings this user may schedule as their assistant.</summary>
public sealed record UserScheduler
{
    /// <summary>Email address of the scheduler.</summary>
    public string? Email { get; init; }

    /// <summary>Unique Identifier (User ID) of the Scheduler.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? Id { get; init; }

    /// <summary>PMI of the meeting host in long (int64) format.</summary>
    public long? Pmi { get; init; }
}
