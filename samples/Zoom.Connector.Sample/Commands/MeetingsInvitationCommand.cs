using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Zoom.Connector.Sample.Failures;
using Zoom.Connector.Scheduling;

namespace Zoom.Connector.Sample.Commands;

/// <summary><c>meetings invitation &lt;id&gt; [--ics file]</c>.</summary>
internal static class MeetingsInvitationCommand
{
    public static Command Create(SampleRunner runner)
    {
        var id = MeetingsCommands.MeetingIdArgument();
        var ics = new Option<FileInfo?>("--ics") { Description = "Also write the invitation as an iCalendar (.ics) file." };
        var invite = new Command("invitation", "Print a meeting's invitation (it contains the passcode and dial-in numbers); --ics also writes it as a calendar file.") { id, ics };
        invite.SetAction((parse, ct) => runner.RunAsync(parse, async context =>
        {
            var file = parse.GetValue(ics);
            if (file is not null && Directory.Exists(file.FullName))
            {
                throw new SampleInputException("--ics", $"{file.FullName} is a folder; give a file name such as meeting.ics.", kind: SampleFailure.Kinds.File);
            }

            var invitation = await context.Services.GetRequiredService<IZoomMeetingScheduler>().GetInvitationAsync(parse.GetValue(id), ct).ConfigureAwait(false);
            string? written = null;
            if (file is not null)
            {
                if (invitation.ICalendar is null)
                {
                    throw new SampleInputException("--ics", "this meeting has no fixed time (recurring with no fixed time, or instant), so there is nothing to put in a calendar.");
                }

                try
                {
                    await File.WriteAllTextAsync(file.FullName, invitation.ICalendar, ct).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    throw new SampleInputException("--ics", $"could not write {file.FullName}: {exception.Message}", exception, SampleFailure.Kinds.File);
                }

                written = file.FullName;
                await context.Stderr.WriteLineAsync($"Wrote {file.FullName}".AsMemory(), ct).ConfigureAwait(false);
            }

            context.Output.Invitation(invitation, written);
        }, ct));
        return invite;
    }
}
