using System.Text;
using Zoom.Connector.Authentication;
using Zoom.Connector.Clients;
using Zoom.Connector.Http;
using Zoom.Connector.Scheduling;

namespace Zoom.Connector.WebSample.Hosting;

/// <summary>
/// <c>GET /meetings/{id}/calendar.ics</c>: the meeting's iCalendar file from the scheduler, for its host only (the
/// file's description carries the passcode). Never holds <c>start_url</c>: the calendar is built without it.
/// </summary>
internal static class CalendarDownload
{
    public static async Task<IResult> HandleAsync(
        long id, SignedInPerson person, IZoomUserClientFactory userClients, IZoomMeetingSchedulerFactory schedulers, CancellationToken cancellationToken)
    {
        MeetingInvitationDetails invitation;
        try
        {
            invitation = await schedulers.ForUser(userClients.ForUser(person.IdentityKey!)).GetInvitationAsync(id, cancellationToken).ConfigureAwait(false);
        }
        catch (ZoomReauthorizationRequiredException)
        {
            return Results.Redirect("/signin?expired=true");
        }
        catch (ZoomApiException ex) when (ex.StatusCode is System.Net.HttpStatusCode.NotFound)
        {
            return Results.NotFound();
        }

        if (invitation.Meeting.HostId != person.ZoomUserId)
        {
            return Results.Forbid();
        }

        if (invitation.ICalendar is not { } calendar)
        {
            return Results.Text("This meeting has no fixed time, so there is nothing to put in a calendar.", "text/plain", Encoding.UTF8, StatusCodes.Status404NotFound);
        }

        return Results.File(Encoding.UTF8.GetBytes(calendar), "text/calendar; charset=utf-8", $"meeting-{invitation.Meeting.Id}.ics");
    }
}
