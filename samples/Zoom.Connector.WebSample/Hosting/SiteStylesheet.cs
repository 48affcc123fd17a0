namespace Zoom.Connector.WebSample.Hosting;

/// <summary>Serves the one stylesheet from the assembly (so the CSP can stay <c>style-src 'self'</c> without inline styles).</summary>
internal static class SiteStylesheet
{
    private static readonly Lazy<byte[]> Content = new(() =>
    {
        using var stream = typeof(SiteStylesheet).Assembly.GetManifestResourceStream("site.css")
            ?? throw new InvalidOperationException("The embedded resource site.css is missing from the web sample's assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static IResult Serve(HttpContext context)
    {
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Bytes(Content.Value, "text/css; charset=utf-8");
    }
}
