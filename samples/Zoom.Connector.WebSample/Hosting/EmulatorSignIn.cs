namespace Zoom.Connector.WebSample.Hosting;

/// <summary>
/// The sign-in page of the in-process emulator, served by this app: the in-process emulator has no address a browser
/// could reach, so <c>Zoom:AuthorizeUrl</c> is a placeholder that <see cref="RedirectRewriter"/> turns into this app's
/// <see cref="LocalPath"/> (Pages/Emulator/Authorize), whatever host and port the app is served on.
/// </summary>
public static class EmulatorSignIn
{
    /// <summary>The configured authorize URL in emulator mode; never reached by a browser.</summary>
    public const string PlaceholderAuthorizeUrl = "http://localhost/__emulator-signin/oauth/authorize";

    /// <summary>Where this app serves the emulator's sign-in page.</summary>
    public const string LocalPath = "/emulator/oauth/authorize";

    /// <summary>
    /// Rewrites a redirect to <see cref="PlaceholderAuthorizeUrl"/> (the one <c>MapZoomSignIn</c> answers with) into
    /// the same request on this app's <see cref="LocalPath"/>.
    /// </summary>
    public sealed class RedirectRewriter(RequestDelegate next)
    {
        /// <summary>Runs the rest of the pipeline, rewriting the redirect as the response starts.</summary>
        public Task InvokeAsync(HttpContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            context.Response.OnStarting(static state =>
            {
                var response = (HttpResponse)state;
                var location = response.Headers.Location.ToString();
                if (location.StartsWith(PlaceholderAuthorizeUrl + "?", StringComparison.Ordinal))
                {
                    response.Headers.Location = LocalPath + location[PlaceholderAuthorizeUrl.Length..];
                }

                return Task.CompletedTask;
            }, context.Response);
            return next(context);
        }
    }
}
