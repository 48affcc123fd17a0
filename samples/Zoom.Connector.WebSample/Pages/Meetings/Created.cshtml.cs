using Microsoft.AspNetCore.Mvc;
using Zoom.Connector.Authentication;
using Zoom.Connector.Http;
using Zoom.Connector.Clients;
using Zoom.Connector.Scheduling;
using Zoom.Connector.WebSample.Hosting;

namespace Zoom.Connector.WebSample.Pages.Meetings;

/// <summary>The success page after creating: one page for a one-time meeting, another shape for a recurring one.</summary>
public sealed class CreatedModel(SignedInPerson person, IZoomUserClientFactory userClients, IZoomMeetingSchedulerFactory schedulers)
    : PersonPageModel(person, userClients, schedulers)
{
    /// <summary>The meeting as Zoom now has it.</summary>
    public ScheduledMeeting Meeting { get; private set; } = null!;

    /// <summary>Reads the meeting as the person.</summary>
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        try
        {
            Meeting = await Scheduler().GetAsync(id, cancellationToken);
        }
        catch (ZoomReauthorizationRequiredException ex)
        {
            return SignInAgain(ex);
        }
        catch (ZoomApiException ex) when (ex.StatusCode is System.Net.HttpStatusCode.NotFound)
        {
            return NotFound();
        }

        return Meeting.HostId == Person.ZoomUserId ? Page() : Forbid();
    }
}
