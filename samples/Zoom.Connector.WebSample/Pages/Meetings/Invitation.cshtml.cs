using Microsoft.AspNetCore.Mvc;
using Zoom.Connector.Authentication;
using Zoom.Connector.Http;
using Zoom.Connector.Clients;
using Zoom.Connector.Scheduling;
using Zoom.Connector.WebSample.Hosting;

namespace Zoom.Connector.WebSample.Pages.Meetings;

/// <summary>
/// The invitation: topic, start, calendar details, occurrences in the meeting's time zone, join URL, meeting ID and
/// dial-in numbers for anyone signed in who may read the meeting; the passcode (and Zoom's invitation text and the
/// .ics, which carry it) for its host only.
/// </summary>
public sealed class InvitationModel(SignedInPerson person, IZoomUserClientFactory userClients, IZoomMeetingSchedulerFactory schedulers)
    : PersonPageModel(person, userClients, schedulers)
{
    /// <summary>The invitation as Zoom gives it.</summary>
    public MeetingInvitationDetails Invitation { get; private set; } = null!;

    /// <summary>Whether the signed-in person hosts the meeting (and so sees its passcode).</summary>
    public bool IsHost => Invitation.Meeting.HostId == Person.ZoomUserId;

    /// <summary>The join URL this person may see: the host's as Zoom gives it, others' without an embedded passcode.</summary>
    public string? JoinUrl => IsHost ? Invitation.Meeting.JoinUrl : MeetingText.WithoutPasscode(Invitation.Meeting.JoinUrl);

    /// <summary>Reads the invitation as the person.</summary>
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        try
        {
            Invitation = await Scheduler().GetInvitationAsync(id, cancellationToken);
            return Page();
        }
        catch (ZoomReauthorizationRequiredException ex)
        {
            return SignInAgain(ex);
        }
        catch (ZoomApiException ex) when (ex.StatusCode is System.Net.HttpStatusCode.NotFound)
        {
            return NotFound();
        }
    }
}
