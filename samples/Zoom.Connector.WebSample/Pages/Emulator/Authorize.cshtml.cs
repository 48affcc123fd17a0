using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Zoom.Connector.Http;
using Zoom.Connector.Models;
using Zoom.Connector.Testing;

namespace Zoom.Connector.WebSample.Pages.Emulator;

/// <summary>
/// The in-process emulator's sign-in page, as the standalone emulator serves it: the account's active users as
/// buttons. Choosing one asks the emulator's own <c>/oauth/authorize</c> (with <c>login_hint</c>), and its redirect to
/// the registered callback is followed on this app's origin (the callback path of <c>Zoom:Actions:RedirectUri</c>).
/// Only present in emulator mode.
/// </summary>
public sealed class AuthorizeModel(IServiceProvider services, IOptions<ZoomConnectorOptions> connector) : PageModel
{
    /// <summary>One user to choose.</summary>
    public sealed record Choice(string Email, string Name, bool IsOwner);

    /// <summary>The app asking.</summary>
    public string ClientId => Request.Query["client_id"].ToString();

    /// <summary>The authorize request's parameters, carried through the choice.</summary>
    public IReadOnlyList<(string Name, string Value)> Carried { get; private set; } = [];

    /// <summary>The account's active users.</summary>
    public IReadOnlyList<Choice> Users { get; private set; } = [];

    /// <summary>What the emulator refused.</summary>
    public string? Problem { get; private set; }

    /// <summary>Shows the choice, or completes it when a user was chosen.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<ZoomEmulator>() is not { } emulator)
        {
            return NotFound();
        }

        if (Request.Query.ContainsKey("login_hint"))
        {
            // The emulator's handler answers by path, whatever the host.
            var authorize = new UriBuilder("http", "localhost", 80, "/oauth/authorize") { Query = Request.QueryString.Value?.TrimStart('?') ?? string.Empty };
            using var browser = new HttpClient(emulator.CreateHandler(), disposeHandler: true);
            using var answer = await browser.GetAsync(authorize.Uri, cancellationToken);
            var callback = connector.Value.Actions.RedirectUri;
            if (answer.StatusCode == HttpStatusCode.Found && answer.Headers.Location is { } location && callback is not null
                && location.AbsoluteUri.StartsWith(callback + "?", StringComparison.Ordinal))
            {
                // The emulator answered with the registered redirect URI: follow it here, on this app's own origin.
                return Redirect(new Uri(callback).AbsolutePath + location.Query);
            }

            Problem = $"The emulator refused the sign-in (HTTP {(int)answer.StatusCode}). Start again from this app's sign-in page.";
        }

        Carried = [.. Request.Query.Where(p => p.Key != "login_hint").SelectMany(p => p.Value.Select(v => (p.Key, v ?? string.Empty)))];
        Users = [.. emulator.Users
            .Where(u => u.Status == UserStatus.Active && u.Id is not null && u.Email is not null)
            .Take(200)
            .Select(u => new Choice(u.Email!, u.DisplayName ?? u.Email!, u.Id == emulator.AdminUserId))];
        return Page();
    }
}
