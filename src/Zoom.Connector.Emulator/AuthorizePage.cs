using System.Text;
using System.Text.Encodings.Web;
using Zoom.Connector.Models;
using Zoom.Connector.Testing;

namespace Zoom.Connector.Emulator;

/// <summary>
/// The page a browser sees at <c>/oauth/authorize</c>: the app's request and the account's active users, one button
/// each. Choosing one repeats the request with <c>login_hint</c>, which the emulator answers with the redirect carrying
/// <c>code</c> and <c>state</c>. Everything taken from the request or the account is HTML-encoded.
/// </summary>
internal static class AuthorizePage
{
    public static async Task WriteAsync(HttpContext context, ZoomEmulator emulator)
    {
        var html = HtmlEncoder.Default;
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Zoom emulator: sign in</title>")
            .Append("<style>body{font-family:sans-serif;max-width:40em;margin:2em auto}button{display:block;width:100%;margin:.3em 0;padding:.6em;text-align:left}</style>")
            .Append("</head><body><h1>Sign in to the Zoom emulator</h1>")
            .Append("<p>App <code>").Append(html.Encode(context.Request.Query["client_id"].ToString())).Append("</code> asks to act for you")
            .Append(" and will get you back at <code>").Append(html.Encode(context.Request.Query["redirect_uri"].ToString())).Append("</code>.</p>")
            .Append("<p>Choose the user to sign in as:</p><form method=\"get\" action=\"/oauth/authorize\">");
        foreach (var (name, values) in context.Request.Query)
        {
            foreach (var value in values)
            {
                page.Append("<input type=\"hidden\" name=\"").Append(html.Encode(name)).Append("\" value=\"").Append(html.Encode(value ?? string.Empty)).Append("\">");
            }
        }

        foreach (var user in emulator.Users.Where(u => u.Status == UserStatus.Active && u.Id is not null).Take(200))
        {
            page.Append("<button type=\"submit\" name=\"login_hint\" value=\"").Append(html.Encode(user.Email ?? user.Id!)).Append("\">")
                .Append(html.Encode(user.DisplayName ?? string.Empty)).Append(" &lt;").Append(html.Encode(user.Email ?? string.Empty)).Append("&gt;")
                .Append(user.Id == emulator.AdminUserId ? " (account owner)" : string.Empty).Append("</button>");
        }

        page.Append("</form></body></html>\n");
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'";
        await context.Response.WriteAsync(page.ToString(), context.RequestAborted).ConfigureAwait(false);
    }
}
