// Models derived field by field from the Zoom API specs (see docs/api-coverage.md).

namespace Zoom.Connector.Models;

/// <summary>The people allowed to schedule meetings on a user's behalf (the user's scheduling assistants).</summary>
public sealed record UserAssistantList
{
    /// <summary>List of the user's assistants.</summary>
    public IReadOnlyList<UserReference>? Assistants { get; init; }
}

/// <summary>Adds scheduling assistants to a user: the body of <c>POST /users/{userId}/assistants</c>.</summary>
public sealed record UserAssistantsAddRequest
{
    /// <summary>List of user's assistants.</summary>
    public IReadOnlyList<UserReference>? Assistants { get; init; }
}

/// <summary>The response of <c>POST /users/{userId}/assistants</c> (userAssistantCreate).</summary>
public sealed record UserAssistantsAdded
{
    /// <summary>When the assistants were added.</summary>
    public DateTimeOffset? AddAt { get; init; }

    /// <summary>User ID.</summary>
    public string? Ids { get; init; }
}
