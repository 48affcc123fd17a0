using System.Net;
using System.Web;
using Zoom.Connector.Authentication;
using Zoom.Connector.Sample.Failures;
using Zoom.Connector.Testing;

namespace Zoom.Connector.Sample.Hosting;

/// <summary>
/// Signs a person in against the emulator the way a browser would: the connector's authorize URL (state + PKCE
/// challenge) goes to the emulator's <c>/oauth/authorize</c> with <c>login_hint</c> naming the person, the emulator
/// redirects with a code, and the connector exchanges it (<see cref="IZoomAuthorizationFlow.CompleteAuthorizationAsync"/>).
/// </summary>
internal static class EmulatorSignIn
{
    public static async Task SignInAsync(ZoomEmulator emulator, IZoomAuthorizationFlow flow, string person, CancellationToken cancellationToken)
    {
        var started = flow.CreateAuthorizationRequest(person);
        var authorize = new UriBuilder(started.AuthorizationUri);
        authorize.Query = authorize.Query.TrimStart('?') + "&login_hint=" + Uri.EscapeDataString(person);

        // The "browser": straight to the emulator, redirects not followed (the redirect URI is the app's callback).
        using var browser = new HttpClient(emulator.CreateHandler());
        using var response = await browser.GetAsync(authorize.Uri, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Found || response.Headers.Location is not { } callback)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw new SampleInputException("--as", $"the emulator refused to sign in '{person}' (HTTP {(int)response.StatusCode}: {body}); it must be an active user of the account.");
        }

        var query = HttpUtility.ParseQueryString(callback.Query);
        var code = query["code"];
        var state = query["state"];
        if (string.IsNullOrEmpty(code) || string.IsNullOrEmpty(state))
        {
            throw new SampleInputException("--as", $"the emulator's sign-in redirect for '{person}' carried no code or state.");
        }

        await flow.CompleteAuthorizationAsync(state, code, person, cancellationToken).ConfigureAwait(false);
    }
}
