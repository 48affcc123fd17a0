using Microsoft.AspNetCore.Mvc;
using Zoom.Connector.Authentication;
using Zoom.Connector.Clients;
using Zoom.Connector.Http;
using Zoom.Connector.Scheduling;
using Zoom.Connector.WebSample.Forms;
using Zoom.Connector.WebSample.Hosting;

namespace Zoom.Connector.WebSample.Pages.Meetings;

/// <summary>The "Create meeting" form: checked with the scheduler's rules on the server, then created as the signed-in person.</summary>
public sealed class CreateModel(SignedInPerson person, IZoomUserClientFactory userClients, IZoomMeetingSchedulerFactory schedulers, TimeProvider time)
    : PersonPageModel(person, userClients, schedulers)
{
    private IReadOnlyDictionary<string, string> _errors = new Dictionary<string, string>();

    /// <summary>The form as typed.</summary>
    [BindProperty]
    public CreateMeetingForm Form { get; set; } = new();

    /// <summary>Time zones the field suggests (canonical IANA ids and UTC); others it accepts are resolved by <see cref="TimeZoneField"/>.</summary>
    public static IReadOnlyList<string> TimeZones => TimeZoneField.KnownIds;

    /// <summary>The message for a field, or <see langword="null"/>.</summary>
    public string? Error(string field) => _errors.TryGetValue(field, out var message) ? message : null;

    /// <summary>Whether any field was refused.</summary>
    public bool HasErrors => _errors.Count > 0;

    /// <summary>All messages, for the summary at the top.</summary>
    public IReadOnlyDictionary<string, string> Errors => _errors;

    /// <summary>An empty form: tomorrow at the next full hour, in the person's own time zone.</summary>
    public void OnGet()
    {
        var zone = Person.TimeZone is { } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) ? found : TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone);
        Form.TimeZone = zone.Id;
        Form.StartDate = local.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Form.StartTime = $"{(local.Hour + 1) % 24:00}:00";
    }

    /// <summary>Validates, creates as the person, and goes to the success page; or shows the form again with messages.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var scheduler = Scheduler();
        var request = Form.Validate(scheduler, out _errors);
        Form.Password = null; // a passcode is never sent back to the page
        if (request is null)
        {
            return Page();
        }

        try
        {
            var meeting = await scheduler.ScheduleAsync(request, cancellationToken);
            return Redirect($"/meetings/{meeting.Id}/created");
        }
        catch (ArgumentException ex)
        {
            // The rules that need Zoom: co-hosts must be active users of the account, other than the host.
            _errors = new Dictionary<string, string> { [CreateMeetingForm.FieldOf(ex.ParamName)] = CreateMeetingForm.Message(ex) };
            return Page();
        }
        catch (ZoomReauthorizationRequiredException ex)
        {
            return SignInAgain(ex);
        }
        catch (MeetingWriteThroughException ex)
        {
            // Zoom created the meeting; only the store's write-through failed (the next sync catches up).
            return Redirect($"/meetings/{ex.MeetingId}/created");
        }
        catch (ZoomApiException ex)
        {
            // Zoom's own refusal (e.g. the host's daily limit of meeting writes): its code and message, never a stack trace.
            _errors = new Dictionary<string, string>
            {
                [CreateMeetingForm.Fields.Form] = $"Zoom did not create the meeting ({(int)ex.StatusCode}{(ex.ZoomCode is { } code ? $", code {code}" : "")}): {ex.ZoomMessage ?? "no message"}",
            };
            return Page();
        }
    }
}
