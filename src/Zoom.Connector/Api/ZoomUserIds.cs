namespace Zoom.Connector.Api;

/// <summary>Special values of the <c>userId</c> path parameter of Zoom's API.</summary>
public static class ZoomUserIds
{
    /// <summary>
    /// <c>me</c>: the token's own user. Required with user-level tokens (a person's action identity, whose explicit id
    /// or e-mail answers 404, code 1001); with an account-level token it means the app's owner.
    /// </summary>
    public const string Me = "me";
}
