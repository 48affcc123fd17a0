namespace Zoom.Connector.Models;

/// <summary>Zoom's error body: <c>{"code": 300, "message": "Validation Failed.", "errors": [...]}</c>.</summary>
public sealed record ZoomErrorBody
{
    /// <summary>Zoom's numeric error code (for example 124, 300, 1001, 3001).</summary>
    public int? Code { get; init; }

    /// <summary>Zoom's message.</summary>
    public string? Message { get; init; }

    /// <summary>Field-level validation errors, when Zoom sends them.</summary>
    public IReadOnlyList<ZoomFieldError>? Errors { get; init; }

    /// <summary>OAuth endpoints answer with <c>error</c> instead of <c>code</c>.</summary>
    public string? Error { get; init; }

    /// <summary>OAuth endpoints answer with <c>reason</c> instead of <c>message</c>.</summary>
    public string? Reason { get; init; }
}

/// <summary>One field-level validation error, e.g. <c>{"field": "user_info.email", "message": "Invalid field."}</c>.</summary>
/// <param name="Field">The JSON path of the field Zoom rejected.</param>
/// <param name="Message">Why Zoom rejected it.</param>
public sealed record ZoomFieldError(string? Field, string? Message);
