using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zoom.Connector.Authentication;
using Zoom.Connector.Clients;
using Zoom.Connector.Scheduling;
using Zoom.Connector.WebSample.Hosting;

namespace Zoom.Connector.WebSample.Pages;

/// <summary>A page that acts as the signed-in person: their scheduler, and a way back to sign-in when Zoom no longer accepts them.</summary>
public abstract class PersonPageModel(SignedInPerson person, IZoomUserClientFactory userClients, IZoomMeetingSchedulerFactory schedulers) : PageModel
{
    /// <summary>The signed-in person.</summary>
    public SignedInPerson Person => person;

    /// <summary>A scheduler acting as the person (their own token; co-hosts checked with the service identity).</summary>
    protected IZoomMeetingScheduler Scheduler()
        => schedulers.ForUser(userClients.ForUser(person.IdentityKey ?? throw new InvalidOperationException("No Zoom sign-in in this session.")));

    /// <summary>Zoom refused the person's authorization (revoked, expired): sign in again, then come back.</summary>
    protected IActionResult SignInAgain(ZoomReauthorizationRequiredException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Redirect("/signin?expired=true&returnUrl=" + Uri.EscapeDataString(Request.Path + Request.QueryString));
    }
}
