using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Zoom.Connector.Api;
using Zoom.Connector.Models;
using Zoom.Connector.Paging;
using Zoom.Connector.Sample.Input;

namespace Zoom.Connector.Sample.Commands;

/// <summary><c>recordings list [--user] [--from yyyy-MM-dd] [--to yyyy-MM-dd]</c>.</summary>
internal static class RecordingsCommands
{
    public static Command Create(SampleRunner runner)
    {
        var user = new Option<string>("--user") { Description = "User id or email (default: me).", DefaultValueFactory = _ => "me" };
        var from = new Option<DateOnly?>("--from") { Description = "First day (yyyy-MM-dd, UTC). Default: one month before --to.", CustomParser = CliParsers.Date };
        var to = new Option<DateOnly?>("--to") { Description = "Last day (yyyy-MM-dd, UTC). Default: today. Any range: it is read in Zoom's one-month windows.", CustomParser = CliParsers.Date };
        var list = new Command("list", "List a user's cloud recordings in a date range.") { user, from, to };
        list.SetAction((parse, ct) => runner.RunAsync(parse, async context =>
        {
            var today = DateOnly.FromDateTime(context.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
            var last = parse.GetValue(to) ?? today;
            var first = parse.GetValue(from) ?? last.AddMonths(-1);
            var recordings = new List<RecordingMeeting>();
            await foreach (var recording in context.Services.GetRequiredService<IZoomRecordingsApi>().ListAllRecordingsAsync(parse.GetValue(user)!, first, last, cancellationToken: ct).ConfigureAwait(false))
            {
                recordings.Add(recording);
            }

            context.Output.Recordings(first, last, recordings);
        }, ct));
        return new Command("recordings", "Cloud recordings.") { list };
    }
}
