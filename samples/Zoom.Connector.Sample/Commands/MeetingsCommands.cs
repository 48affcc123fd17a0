using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Zoom.Connector.Api;
using Zoom.Connector.Models;
using Zoom.Connector.Paging;
using Zoom.Connector.Sample.Input;

namespace Zoom.Connector.Sample.Commands;

/// <summary><c>meetings list|create|show|invitation</c>.</summary>
internal static class MeetingsCommands
{
    public static Command Create(SampleRunner runner)
        => new("meetings", "Meetings: list, create, show, invitation.")
        {
            List(runner), MeetingsCreateCommand.Create(runner), Show(runner), MeetingsInvitationCommand.Create(runner),
        };

    /// <summary>The meeting id argument: as Zoom prints it (<c>"898 9936 0132"</c>) or as digits.</summary>
    public static Argument<long> MeetingIdArgument() => new("id")
    {
        Description = "The meeting id, with or without spaces (898 9936 0132 or 89899360132).",
        CustomParser = CliParsers.MeetingId,
    };

    private static Command List(SampleRunner runner)
    {
        var user = new Option<string>("--user") { Description = "User id or email (default: me, the signed-in or service user).", DefaultValueFactory = _ => "me" };
        var type = new Option<MeetingListType>("--type")
        {
            Description = "scheduled (default), upcoming, live or previous_meetings.",
            HelpName = "scheduled|upcoming|live|previous_meetings",
            DefaultValueFactory = _ => MeetingListType.Scheduled,
            CustomParser = CliParsers.ListType,
        };
        var list = new Command("list", "List a user's meetings.") { user, type };
        list.SetAction((parse, ct) => runner.RunAsync(parse, async context =>
        {
            var meetings = new List<MeetingSummary>();
            await foreach (var meeting in context.Services.GetRequiredService<IZoomMeetingsApi>().ListAllMeetingsAsync(parse.GetValue(user)!, parse.GetValue(type), cancellationToken: ct).ConfigureAwait(false))
            {
                meetings.Add(meeting);
            }

            context.Output.Meetings(meetings);
        }, ct));
        return list;
    }

    private static Command Show(SampleRunner runner)
    {
        var id = MeetingIdArgument();
        var show = new Command("show", "Show one meeting (never its start URL or passcode).") { id };
        show.SetAction((parse, ct) => runner.RunAsync(parse, async context =>
        {
            var meeting = await context.Services.GetRequiredService<IZoomMeetingsApi>().GetMeetingAsync(parse.GetValue(id), cancellationToken: ct).ConfigureAwait(false);
            context.Output.Meeting(meeting);
        }, ct));
        return show;
    }
}
