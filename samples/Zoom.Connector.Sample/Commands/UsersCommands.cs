using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Zoom.Connector.Api;
using Zoom.Connector.Models;
using Zoom.Connector.Paging;
using Zoom.Connector.Sample.Input;

namespace Zoom.Connector.Sample.Commands;

/// <summary><c>users list [--status active|inactive|pending]</c>.</summary>
internal static class UsersCommands
{
    public static Command Create(SampleRunner runner)
    {
        // Only the statuses Zoom's list accepts: UserStatus.Unknown exists for values Zoom adds later, not as a filter.
        var status = new Option<UserStatus>("--status")
        {
            Description = "Which users: active (default), inactive or pending.",
            HelpName = "active|inactive|pending",
            DefaultValueFactory = _ => UserStatus.Active,
            CustomParser = CliParsers.UserStatus,
        };
        status.CompletionSources.Add("active", "inactive", "pending");
        var list = new Command("list", "List the account's users.") { status };
        list.SetAction((parse, ct) => runner.RunAsync(parse, async context =>
        {
            var users = new List<ZoomUser>();
            await foreach (var user in context.Services.GetRequiredService<IZoomUsersApi>().ListAllUsersAsync(parse.GetValue(status), cancellationToken: ct).ConfigureAwait(false))
            {
                users.Add(user);
            }

            context.Output.Users(users);
        }, ct));
        return new Command("users", "Users of the Zoom account.") { list };
    }
}
