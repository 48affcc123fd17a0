using System.CommandLine;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Zoom.Connector.Api;
using Zoom.Connector.Authentication;
using Zoom.Connector.Sample.Failures;
using Zoom.Connector.Sample.Hosting;
using Zoom.Connector.Sample.Input;
using Zoom.Connector.Scheduling;
using Zoom.Connector.Testing;
using Zoom.Connector.Clients;

namespace Zoom.Connector.Sample.Commands;

/// <summary><c>meetings create</c>: one-time or recurring, through <see cref="IZoomMeetingScheduler"/>.</summary>
internal static partial class MeetingsCreateCommand
{
    /// <summary>The host meant when no --user is given: the identity's own user.</summary>
    private const string Me = "me";

    public static Command Create(SampleRunner runner)
    {
        var topic = new Option<string>("--topic") { Description = "The meeting's topic.", Required = true };
        var start = new Option<StartTime?>("--start") { Description = "Start, as a wall-clock time in the meeting's time zone: " + StartTime.Forms + ".", Required = true, CustomParser = CliParsers.Start };
        var duration = new Option<int>("--duration") { Description = "Length in whole minutes (1-1440).", Required = true, CustomParser = CliParsers.WholeNumber("minutes (1-1440)") };
        var timezone = new Option<string?>("--timezone") { Description = "IANA (or Windows) time zone, any letter case, e.g. Europe/London (default: the host's). Abbreviations such as EST are refused.", CustomParser = CliParsers.TimeZone };
        var password = new Option<string?>("--password") { Description = "Meeting passcode: 1-10 letters, digits or @ - _ * (default: Zoom generates one)." };
        var host = new Option<string>("--user") { Description = "Host: user id or email (default: me). Not with --as.", DefaultValueFactory = _ => Me };
        var asUser = new Option<string?>("--as") { Description = "Schedule as this person (their action identity; against the emulator: signs them in through its OAuth app)." };
        var recurrence = new Option<string?>("--recurrence") { Description = "Repeat the meeting: daily, weekly or monthly." };
        recurrence.AcceptOnlyFromAmong("daily", "weekly", "monthly");
        var interval = new Option<int?>("--interval") { Description = "Every N days (1-99), weeks (1-50) or months (1-10). Default 1.", CustomParser = CliParsers.OptionalWholeNumber("days, weeks or months") };
        var weekdays = new Option<DayOfWeek[]?>("--weekdays") { Description = "Weekdays, comma-separated (sun,mon,tue,wed,thu,fri,sat): the days of a weekly meeting, or the one weekday with --month-week.", CustomParser = CliParsers.Weekdays };
        var monthDay = new Option<int?>("--month-day") { Description = "Monthly on this day of the month (1-31).", CustomParser = CliParsers.OptionalWholeNumber("the day of the month (1-31)") };
        var monthWeek = new Option<int?>("--month-week") { Description = "Monthly on the Nth weekday: 1-4 or last (the weekday comes from --weekdays).", CustomParser = CliParsers.MonthWeek };
        var endTimes = new Option<int?>("--end-times") { Description = "End after this many occurrences (1-60).", CustomParser = CliParsers.OptionalWholeNumber("occurrences (1-60)") };
        var endDate = new Option<DateOnly?>("--end-date") { Description = "End on this date (yyyy-MM-dd, in the meeting's time zone).", CustomParser = CliParsers.Date };
        var coHosts = new Option<string[]>("--co-host") { Description = "A co-host (alternative host): email or user id of an active user of the account (not the host). Repeatable.", Arity = ArgumentArity.ZeroOrMore };
        var dialIns = new Option<string[]>("--dial-in") { Description = "A country whose dial-in numbers the invitation lists (two-letter code, e.g. US). Repeatable.", Arity = ArgumentArity.ZeroOrMore };

        var create = new Command("create", "Schedule a one-time or recurring meeting and print its invitation.")
        {
            topic, start, duration, timezone, password, host, asUser, recurrence, interval, weekdays, monthDay, monthWeek, endTimes, endDate, coHosts, dialIns,
        };
        Option[] recurrenceOptions = [interval, weekdays, monthDay, monthWeek, endTimes, endDate];
        create.Validators.Add(result =>
        {
            if (result.GetResult(recurrence) is null)
            {
                foreach (var option in recurrenceOptions.Where(o => result.GetResult(o) is not null))
                {
                    result.AddError($"{option.Name} needs --recurrence daily, weekly or monthly.");
                }
            }

            if (result.GetResult(monthWeek) is not null && (result.GetResult(weekdays) is null || result.ValueOrDefault(weekdays) is { Length: not 1 }))
            {
                result.AddError("--month-week needs exactly one weekday in --weekdays (e.g. --month-week 2 --weekdays tue).");
            }

            if (result.GetResult(asUser) is not null && result.GetResult(host) is { Implicit: false })
            {
                result.AddError("--as and --user exclude each other: with --as the person hosts the meeting.");
            }

            if (result.GetResult(asUser) is not null && string.IsNullOrWhiteSpace(result.ValueOrDefault(asUser)))
            {
                result.AddError("--as needs the person's user key, e.g. their email.");
            }
        });

        create.SetAction((parse, ct) => runner.RunAsync(parse, async context =>
        {
            var person = parse.GetValue(asUser);
            var (scheduler, users, hostId) = person is null
                ? (context.Services.GetRequiredService<IZoomMeetingScheduler>(), context.Services.GetRequiredService<IZoomUsersApi>(), parse.GetValue(host)!)
                : await ActAsAsync(context, person, ct).ConfigureAwait(false);

            // Without --timezone the host's own zone applies, so the host is read first.
            var explicitZone = parse.GetValue(timezone);
            var hostUser = explicitZone is null ? await users.GetUserAsync(hostId, cancellationToken: ct).ConfigureAwait(false) : null;
            var zone = explicitZone ?? (string.IsNullOrWhiteSpace(hostUser?.Timezone) ? "UTC" : hostUser.Timezone);
            var request = new ScheduleMeetingRequest
            {
                HostUserId = hostId,
                Topic = parse.GetValue(topic)!,
                // A relative start (tomorrow@09:00) counts days in the meeting's own zone.
                Start = parse.GetValue(start)!.Resolve(TimeZoneInput.Find(zone), context.Services.GetRequiredService<TimeProvider>().GetUtcNow()),
                TimeZone = zone,
                Duration = TimeSpan.FromMinutes(parse.GetValue(duration)),
                Password = parse.GetValue(password),
                CoHosts = parse.GetValue(coHosts) ?? [],
                DialInCountries = parse.GetValue(dialIns) ?? [],
                Recurrence = parse.GetValue(recurrence) is { } frequency
                    ? BuildRecurrence(frequency, parse.GetValue(interval), parse.GetValue(weekdays), parse.GetValue(monthDay), parse.GetValue(monthWeek), parse.GetValue(endTimes), parse.GetValue(endDate))
                    : null,
            };

            // The scheduler's rules first (nothing is sent), then the host's email for the success page, read before
            // anything is created so that a failure there leaves nothing behind, then the meeting itself.
            Refusals(() => scheduler.PreviewOccurrences(request));
            if (person is null && hostUser is null)
            {
                hostUser = await users.GetUserAsync(hostId, cancellationToken: ct).ConfigureAwait(false);
            }

            var meeting = await Refusals(() => scheduler.ScheduleAsync(request, ct)).ConfigureAwait(false);
            var invitation = await scheduler.GetInvitationAsync(meeting.Id, ct).ConfigureAwait(false);

            context.Output.Scheduled(meeting, invitation, person ?? hostUser?.Email ?? hostId, person);
        }, ct));
        return create;
    }

    /// <summary>
    /// The scheduler, users client and host of a person's action identity. Against the emulator the person signs in
    /// first through the emulator's OAuth app; against Zoom they must have signed in already (a console app cannot
    /// receive the OAuth redirect).
    /// </summary>
    private static async Task<(IZoomMeetingScheduler Scheduler, IZoomUsersApi Users, string Host)> ActAsAsync(CommandContext context, string person, CancellationToken cancellationToken)
    {
        var services = context.Services;
        var environment = services.GetRequiredService<SampleEnvironment>();
        if (!environment.UserActions)
        {
            throw new SampleInputException("--as", "acting as a person needs the OAuth app people sign in to: set Zoom:Actions:ClientId, ClientSecret and RedirectUri.");
        }

        if (environment.UsesEmulator)
        {
            // Signed in on an earlier run: the local store kept the person's tokens (the connector refreshes them).
            if (await services.GetRequiredService<IZoomTokenStore>().GetAsync(person, cancellationToken).ConfigureAwait(false) is not null)
            {
                await context.Stderr.WriteLineAsync($"{person} is still signed in (tokens kept encrypted in {environment.SignInPath}).".AsMemory(), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await EmulatorSignIn.SignInAsync(services.GetRequiredService<ZoomEmulator>(), services.GetRequiredService<IZoomAuthorizationFlow>(), person, cancellationToken).ConfigureAwait(false);
                var kept = environment.SignInPath is { } path ? $"; they stay signed in for later runs (tokens kept encrypted in {path})" : string.Empty;
                await context.Stderr.WriteLineAsync($"Signed in {person} through the emulator's OAuth app (authorization code with PKCE){kept}.".AsMemory(), cancellationToken).ConfigureAwait(false);
            }
        }
        else if (await services.GetRequiredService<IZoomTokenStore>().GetAsync(person, cancellationToken).ConfigureAwait(false) is null)
        {
            throw new SampleInputException("--as",
                $"{person} has not signed in to the Zoom:Actions app, so no token is stored for them. A console app cannot receive Zoom's OAuth redirect: " +
                "sign them in through a web host (IZoomAuthorizationFlow) that shares this app's token store (IZoomTokenStore), then run the command again.");
        }

        var clients = services.GetRequiredService<IZoomUserClientFactory>().ForUser(person);
        return (services.GetRequiredService<IZoomMeetingSchedulerFactory>().ForUser(clients), clients.Users, Me);
    }

    private static ScheduleRecurrence BuildRecurrence(string frequency, int? interval, DayOfWeek[]? weekdays, int? monthDay, int? monthWeek, int? endTimes, DateOnly? endDate)
    {
        var onNthWeekday = monthWeek is not null;
        return new ScheduleRecurrence
        {
            Frequency = frequency switch
            {
                "daily" => RecurrenceFrequency.Daily,
                "weekly" => RecurrenceFrequency.Weekly,
                _ => RecurrenceFrequency.Monthly,
            },
            Interval = interval ?? 1,

            // Passed on as given: the scheduler's rules say which combinations are valid, and name the field when not.
            WeeklyDays = onNthWeekday ? [] : weekdays ?? [],
            MonthlyDay = monthDay,
            MonthlyWeek = monthWeek,
            MonthlyWeekDay = onNthWeekday ? weekdays![0] : null,
            EndAfterOccurrences = endTimes,
            EndDate = endDate,
        };
    }

    /// <summary>Turns the scheduler's <see cref="ArgumentException"/> (field + rule, nothing sent) into an input error.</summary>
    private static async Task<T> Refusals<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (ArgumentException exception) when (IsRuleViolation(exception))
        {
            throw ToInputError(exception);
        }
    }

    /// <inheritdoc cref="Refusals{T}(Func{Task{T}})"/>
    private static void Refusals<T>(Func<T> call)
    {
        try
        {
            call();
        }
        catch (ArgumentException exception) when (IsRuleViolation(exception))
        {
            throw ToInputError(exception);
        }
    }

    /// <summary>The scheduler's rule violations are plain <see cref="ArgumentException"/>s naming the field.</summary>
    private static bool IsRuleViolation(ArgumentException exception) => exception.ParamName is { Length: > 0 } && exception.GetType() == typeof(ArgumentException);

    private static SampleInputException ToInputError(ArgumentException exception)
    {
        var field = exception.ParamName!;
        var suffix = $" (Parameter '{field}')";
        var rule = exception.Message.EndsWith(suffix, StringComparison.Ordinal) ? exception.Message[..^suffix.Length] : exception.Message;

        // The person typed options, not ScheduleMeetingRequest fields: name the option in the message too.
        var option = OptionFor(field);
        return new SampleInputException(option, FieldNames().Replace(rule, match => OptionFor(match.Value)), exception);
    }

    /// <summary>The CLI option that sets a <see cref="ScheduleMeetingRequest"/> field.</summary>
    private static string OptionFor(string field) => field switch
    {
        "HostUserId" => "--user",
        "Topic" => "--topic",
        "Agenda" => "--agenda",
        "Start" => "--start",
        "TimeZone" => "--timezone",
        "Duration" => "--duration",
        "Password" => "--password",
        "CoHosts" => "--co-host",
        "DialInCountries" => "--dial-in",
        "Recurrence" or "Recurrence.Frequency" or "Frequency" => "--recurrence",
        "Recurrence.Interval" or "Interval" => "--interval",
        "Recurrence.WeeklyDays" or "WeeklyDays" or "Recurrence.MonthlyWeekDay" or "MonthlyWeekDay" => "--weekdays",
        "Recurrence.MonthlyDay" or "MonthlyDay" => "--month-day",
        "Recurrence.MonthlyWeek" or "MonthlyWeek" => "--month-week",
        "Recurrence.EndAfterOccurrences" or "EndAfterOccurrences" => "--end-times",
        "Recurrence.EndDate" or "EndDate" => "--end-date",
        _ => field,
    };

    // Longest first, so "Recurrence.WeeklyDays" wins over "Recurrence"; case-sensitive, so "start" in prose stays.
    [GeneratedRegex(@"\b(?:Recurrence\.(?:Frequency|Interval|WeeklyDays|MonthlyWeekDay|MonthlyDay|MonthlyWeek|EndAfterOccurrences|EndDate)|HostUserId|TimeZone|DialInCountries|CoHosts|MonthlyWeekDay|MonthlyWeek|MonthlyDay|WeeklyDays|EndAfterOccurrences|EndDate|Recurrence|Topic|Start|Duration|Password)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FieldNames();
}
