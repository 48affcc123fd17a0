using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Zoom.Connector.Api;
using Zoom.Connector.Authentication;
using Zoom.Connector.Scheduling;
using Zoom.Connector.Testing;
using Zoom.Connector.Clients;

namespace Zoom.Connector.Sample;

public static partial class SampleApp
{
    private sealed partial class App
    {
        /// <summary><c>meetings create</c>: one-time or recurring, through <see cref="IZoomMeetingScheduler"/>.</summary>
        private Command CreateCommand()
        {
            var topic = new Option<string>("--topic") { Description = "The meeting's topic.", Required = true };
            var start = new Option<DateTime>("--start") { Description = "Local start time in the meeting's time zone, e.g. 2026-12-01T09:00.", Required = true, CustomParser = ParseLocalTime };
            var duration = new Option<int>("--duration") { Description = "Length in minutes (1-1440).", Required = true };
            var timezone = new Option<string?>("--timezone") { Description = "IANA (or Windows) time zone, e.g. Europe/London (default: the host's)." };
            var password = new Option<string?>("--password") { Description = "Meeting passcode: 1-10 letters, digits or @ - _ * (default: Zoom generates one)." };
            var host = new Option<string>("--user") { Description = "Host: user id or email (default: me). Not with --as.", DefaultValueFactory = _ => ZoomUserIds.Me };
            var asUser = new Option<string?>("--as") { Description = "Schedule as this person (their action identity; against the emulator: signs them in through its OAuth app)." };
            var recurrence = new Option<string?>("--recurrence") { Description = "Repeat the meeting: daily, weekly or monthly." };
            recurrence.AcceptOnlyFromAmong("daily", "weekly", "monthly");
            var interval = new Option<int?>("--interval") { Description = "Every N days (1-99), weeks (1-50) or months (1-10). Default 1." };
            var weekdays = new Option<DayOfWeek[]?>("--weekdays") { Description = "Weekdays, comma-separated (sun,mon,tue,wed,thu,fri,sat): the days of a weekly meeting, or the one weekday with --month-week.", CustomParser = ParseWeekdays };
            var monthDay = new Option<int?>("--month-day") { Description = "Monthly on this day of the month (1-31)." };
            var monthWeek = new Option<int?>("--month-week") { Description = "Monthly on the Nth weekday: 1-4 or last (the weekday comes from --weekdays).", CustomParser = ParseMonthWeek };
            var endTimes = new Option<int?>("--end-times") { Description = "End after this many occurrences (1-60)." };
            var endDate = new Option<DateOnly?>("--end-date") { Description = "End on this date (yyyy-MM-dd, in the meeting's time zone).", CustomParser = ParseDate };
            var coHosts = new Option<string[]>("--co-host") { Description = "A co-host (alternative host): email or user id of a user of the account. Repeatable.", Arity = ArgumentArity.ZeroOrMore };
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

                if (result.GetResult(monthWeek) is not null && result.GetValue(weekdays) is not { Length: 1 })
                {
                    result.AddError("--month-week needs exactly one weekday in --weekdays (e.g. --month-week 2 --weekdays tue).");
                }

                if (result.GetResult(asUser) is not null && result.GetResult(host) is { Implicit: false })
                {
                    result.AddError("--as and --user exclude each other: with --as the person hosts the meeting.");
                }

                if (result.GetResult(asUser) is not null && string.IsNullOrWhiteSpace(result.GetValue(asUser)))
                {
                    result.AddError("--as needs the person's user key, e.g. their email.");
                }
            });

            create.SetAction((parse, ct) => RunAsync(parse, async (sp, output) =>
            {
                var person = parse.GetValue(asUser);
                var (scheduler, users, hostId) = person is null
                    ? (sp.GetRequiredService<IZoomMeetingScheduler>(), sp.GetRequiredService<IZoomUsersApi>(), parse.GetValue(host)!)
                    : await ActAsAsync(sp, person, ct).ConfigureAwait(false);

                // Without --timezone the host's own zone applies, so the host is read first.
                var explicitZone = parse.GetValue(timezone);
                var hostUser = explicitZone is null ? await users.GetUserAsync(hostId, cancellationToken: ct).ConfigureAwait(false) : null;
                var zone = explicitZone ?? (string.IsNullOrWhiteSpace(hostUser?.Timezone) ? "UTC" : hostUser.Timezone);
                var request = new ScheduleMeetingRequest
                {
                    HostUserId = hostId,
                    Topic = parse.GetValue(topic)!,
                    Start = parse.GetValue(start),
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

                output.Scheduled(meeting, invitation, person ?? hostUser?.Email ?? hostId, person);
            }, ct));
            return create;
        }

        /// <summary><c>meetings invitation &lt;id&gt; [--ics file]</c>.</summary>
        private Command InvitationCommand()
        {
            var id = new Argument<long>("id") { Description = "The meeting id." };
            var ics = new Option<FileInfo?>("--ics") { Description = "Also write the invitation as an iCalendar (.ics) file." };
            var invite = new Command("invitation", "Print a meeting's invitation (it contains the passcode and dial-in numbers); --ics also writes it as a calendar file.") { id, ics };
            invite.SetAction((parse, ct) => RunAsync(parse, async (sp, output) =>
            {
                var invitation = await sp.GetRequiredService<IZoomMeetingScheduler>().GetInvitationAsync(parse.GetValue(id), ct).ConfigureAwait(false);
                string? written = null;
                if (parse.GetValue(ics) is { } file)
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
                        throw new SampleInputException("--ics", $"could not write {file.FullName}: {exception.Message}", exception);
                    }

                    written = file.FullName;
                    await stderr.WriteLineAsync($"Wrote {file.FullName}".AsMemory(), ct).ConfigureAwait(false);
                }

                output.Invitation(invitation, written);
            }, ct));
            return invite;
        }

        /// <summary>
        /// The scheduler, users client and host of a person's action identity. Against the emulator the person signs in
        /// first through the emulator's OAuth app; against Zoom they must have signed in already (a console app cannot
        /// receive the OAuth redirect).
        /// </summary>
        private async Task<(IZoomMeetingScheduler Scheduler, IZoomUsersApi Users, string Host)> ActAsAsync(IServiceProvider services, string person, CancellationToken cancellationToken)
        {
            var environment = services.GetRequiredService<SampleEnvironment>();
            if (!environment.UserActions)
            {
                throw new SampleInputException("--as", "acting as a person needs the OAuth app people sign in to: set Zoom:Actions:ClientId, ClientSecret and RedirectUri.");
            }

            if (environment.UsesEmulator)
            {
                await EmulatorSignIn.SignInAsync(services.GetRequiredService<ZoomEmulator>(), services.GetRequiredService<IZoomAuthorizationFlow>(), person, cancellationToken).ConfigureAwait(false);
                await stderr.WriteLineAsync($"Signed in {person} through the emulator's OAuth app (authorization code with PKCE).".AsMemory(), cancellationToken).ConfigureAwait(false);
            }
            else if (await services.GetRequiredService<IZoomTokenStore>().GetAsync(person, cancellationToken).ConfigureAwait(false) is null)
            {
                throw new SampleInputException("--as",
                    $"{person} has not signed in to the Zoom:Actions app, so no token is stored for them. A console app cannot receive Zoom's OAuth redirect: " +
                    "sign them in through a web host (IZoomAuthorizationFlow) that shares this app's token store (IZoomTokenStore), then run the command again.");
            }

            var clients = services.GetRequiredService<IZoomUserClientFactory>().ForUser(person);
            return (services.GetRequiredService<IZoomMeetingSchedulerFactory>().ForUser(clients), clients.Users, ZoomUserIds.Me);
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
            return new SampleInputException(field, rule, exception);
        }

        private static DayOfWeek[]? ParseWeekdays(ArgumentResult result)
        {
            var days = new List<DayOfWeek>();
            foreach (var part in result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            {
                // Three letters or more of the English name: mon, tues, wednesday.
                var index = part.Length >= 3 ? Array.FindIndex(Enum.GetNames<DayOfWeek>(), name => name.StartsWith(part, StringComparison.OrdinalIgnoreCase)) : -1;
                if (index < 0)
                {
                    result.AddError($"--weekdays takes weekdays such as mon,wed (sun, mon, tue, wed, thu, fri, sat); got '{part}'.");
                    return null;
                }

                days.Add((DayOfWeek)index);
            }

            return [.. days];
        }

        private static int? ParseMonthWeek(ArgumentResult result)
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (string.Equals(text, "last", StringComparison.OrdinalIgnoreCase))
            {
                return ScheduleRecurrence.LastWeek;
            }

            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var week))
            {
                return week;
            }

            result.AddError($"--month-week must be 1-4 or last; got '{text}'.");
            return null;
        }
    }
}

/// <summary>What the app is connected to.</summary>
/// <param name="UsesEmulator">Whether the built-in emulator answers (no Zoom credentials configured).</param>
/// <param name="UserActions">Whether per-user action identities are available (emulator, or <c>Zoom:Actions</c> configured).</param>
internal sealed record SampleEnvironment(bool UsesEmulator, bool UserActions);

/// <summary>Input the app or the scheduler refused before anything was sent: printed as the field and the rule, exit code 2.</summary>
internal sealed class SampleInputException(string field, string rule, Exception? innerException = null)
    : Exception($"{field}: {rule}", innerException)
{
    /// <summary>The option or request field.</summary>
    public string Field { get; } = field;

    /// <summary>The rule it broke.</summary>
    public string Rule { get; } = rule;
}
