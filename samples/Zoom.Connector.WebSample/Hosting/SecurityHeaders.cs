namespace Zoom.Connector.WebSample.Hosting;

/// <summary>
/// Security headers on every answer: a Content-Security-Policy without inline script (the pages need no script at
/// all), no framing, no MIME sniffing, no referrer (URLs carry meeting ids and, on the OAuth callback, a code), and
/// no caching of pages that show a person's meetings.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, WebSampleEnvironment environment)
{
    // Forms may lead to the sign-in page (real Zoom's authorize origin); browsers apply form-action to redirects too.
    private readonly string _policy =
        "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; frame-ancestors 'none'; "
        + "form-action 'self'" + (environment.UsesEmulator ? string.Empty : " " + environment.AuthorizeUrl.GetLeftPart(UriPartial.Authority));

    /// <summary>Adds the headers, then runs the rest of the pipeline.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = _policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        if (!context.Request.Path.StartsWithSegments("/site.css", StringComparison.Ordinal))
        {
            headers.CacheControl = "no-store";
        }

        return next(context);
    }
}
