using NUnit.Framework;
using Zoom.Connector.Scheduling;

namespace Zoom.Connector.Tests.Scheduling;

/// <summary>Every rule is checked before anything is sent: the host answers no request, so any request fails the test.</summary>
public sealed class ScheduleValidationTests
{
    private static readonly ScheduleMeetingRequest Valid = new()
    {
        Topic = "Design review",
        Start = new DateTime(2026, 10, 21, 9, 0, 0),
        TimeZone = "Europe/Paris",
        Duration = TimeSpan.FromMinutes(45),
        Recurrence = ScheduleRecurrence.Weekly(1, DayOfWeek.Monday).EndingAfter(4),
    };

    private static ScheduleMeetingRequest WithRecurrence(ScheduleRecurrence recurrence) => Valid with { Recurrence = recurrence };

    private static IEnumerable<TestCaseData> Violations()
    {
        TestCaseData Case(string name, ScheduleMeetingRequest request, string field, string message)
            => new TestCaseData(request, field, message).SetName("ScheduleAsync_" + name + "_ThrowsNamingField");

        yield return Case("BlankTopic", Valid with { Topic = " " }, "Topic", "Topic is required.");
        yield return Case("Topic201", Valid with { Topic = new string('t', 201) }, "Topic", "Topic must be at most 200 characters; it has 201.");
        yield return Case("Agenda2001", Valid with { Agenda = new string('a', 2001) }, "Agenda", "Agenda must be at most 2000 characters; it has 2001.");
        yield return Case("BlankHost", Valid with { HostUserId = "" }, "HostUserId", "HostUserId is required");
        yield return Case("PasswordTooLong", Valid with { Password = "abcdefghijk" }, "Password", "Password must be 1-10 characters; it has 11.");
        yield return Case("PasswordEmpty", Valid with { Password = "" }, "Password", "Password must be 1-10 characters; it has 0.");
        yield return Case("PasswordBadCharacter", Valid with { Password = "pa ss!" }, "Password", "Password may contain only letters, digits and @ - _ *.");
        yield return Case("UnknownTimeZone", Valid with { TimeZone = "Mars/Olympus_Mons" }, "TimeZone", "TimeZone 'Mars/Olympus_Mons' is not a known IANA or Windows time zone id.");
        yield return Case("MissingTimeZone", Valid with { TimeZone = "" }, "TimeZone", "TimeZone is required");
        yield return Case("UtcStart", Valid with { Start = new DateTime(2026, 10, 21, 7, 0, 0, DateTimeKind.Utc) }, "Start", "Start must be a wall-clock time in TimeZone (DateTimeKind.Unspecified), not a Utc time");
        yield return Case("StartInPast", Valid with { Start = new DateTime(2026, 10, 1, 1, 59, 0) }, "Start", "Start 2026-10-01 01:59 Europe/Paris (2026-09-30 23:59Z) is in the past; now is 2026-10-01 00:00Z.");
        yield return Case("StartInDstGap", Valid with { Start = new DateTime(2027, 3, 28, 2, 30, 0), Recurrence = null }, "Start", "Start 2027-03-28 02:30 does not exist in Europe/Paris");
        yield return Case("DurationZero", Valid with { Duration = TimeSpan.Zero }, "Duration", "Duration must be 1-1440 minutes; got 0.");
        yield return Case("Duration1441", Valid with { Duration = TimeSpan.FromMinutes(1441) }, "Duration", "Duration must be 1-1440 minutes; got 1441.");
        yield return Case("DurationSeconds", Valid with { Duration = TimeSpan.FromSeconds(90) }, "Duration", "Duration must be whole minutes");
        yield return Case("JoinBeforeHostWithWaitingRoom", Valid with { WaitingRoom = true, JoinBeforeHost = true }, "JoinBeforeHost", "JoinBeforeHost cannot be combined with WaitingRoom");
        yield return Case("CoHostWithSemicolon", Valid with { CoHosts = ["a@example.com;b@example.com"] }, "CoHosts", "CoHosts entry 'a@example.com;b@example.com' must be one email or user id");
        yield return Case("CoHostBlank", Valid with { CoHosts = [" "] }, "CoHosts", "CoHosts must not contain an empty entry.");
        yield return Case("DialInCountryName", Valid with { DialInCountries = ["Germany"] }, "DialInCountries", "DialInCountries entry 'Germany' must be a two-letter country code");
        yield return Case("DailyInterval0", WithRecurrence(ScheduleRecurrence.Daily(0).EndingAfter(2)), "Recurrence.Interval", "Recurrence.Interval of a daily recurrence must be 1-99; got 0.");
        yield return Case("DailyInterval100", WithRecurrence(ScheduleRecurrence.Daily(100).EndingAfter(2)), "Recurrence.Interval", "Recurrence.Interval of a daily recurrence must be 1-99; got 100.");
        yield return Case("WeeklyInterval51", WithRecurrence(ScheduleRecurrence.Weekly(51, DayOfWeek.Monday).EndingAfter(2)), "Recurrence.Interval", "Recurrence.Interval of a weekly recurrence must be 1-50; got 51.");
        yield return Case("MonthlyInterval11", WithRecurrence(ScheduleRecurrence.MonthlyOnDay(11, 1).EndingAfter(2)), "Recurrence.Interval", "Recurrence.Interval of a monthly recurrence must be 1-10; got 11.");
        yield return Case("WeeklyWithoutDays", WithRecurrence(ScheduleRecurrence.Weekly(1).EndingAfter(2)), "Recurrence.WeeklyDays", "Recurrence.WeeklyDays of a weekly recurrence must name at least one weekday.");
        yield return Case("DailyWithDays", WithRecurrence(ScheduleRecurrence.Daily(1).EndingAfter(2) with { WeeklyDays = [DayOfWeek.Monday] }), "Recurrence.WeeklyDays", "Recurrence.WeeklyDays applies only to weekly recurrences, not daily ones.");
        yield return Case("MonthlyDay0", WithRecurrence(ScheduleRecurrence.MonthlyOnDay(1, 0).EndingAfter(2)), "Recurrence.MonthlyDay", "Recurrence.MonthlyDay must be 1-31; got 0.");
        yield return Case("MonthlyDay32", WithRecurrence(ScheduleRecurrence.MonthlyOnDay(1, 32).EndingAfter(2)), "Recurrence.MonthlyDay", "Recurrence.MonthlyDay must be 1-31; got 32.");
        yield return Case("MonthlyWeek5", WithRecurrence(ScheduleRecurrence.MonthlyOnWeekday(1, 5, DayOfWeek.Monday).EndingAfter(2)), "Recurrence.MonthlyWeek", "Recurrence.MonthlyWeek must be 1-4 or -1 (last); got 5.");
        yield return Case("MonthlyDayAndWeekday", WithRecurrence(ScheduleRecurrence.MonthlyOnDay(1, 3).EndingAfter(2) with { MonthlyWeek = 1, MonthlyWeekDay = DayOfWeek.Monday }), "Recurrence.MonthlyDay", "A monthly recurrence needs either MonthlyDay, or MonthlyWeek with MonthlyWeekDay (exactly one of the two).");
        yield return Case("MonthlyWeekWithoutDay", WithRecurrence(new ScheduleRecurrence { Frequency = RecurrenceFrequency.Monthly, MonthlyWeek = 2, EndAfterOccurrences = 2 }), "Recurrence.MonthlyWeekDay", "Recurrence.MonthlyWeekDay must be a day from Sunday to Saturday when MonthlyWeek is set.");
        yield return Case("NoFrequency", WithRecurrence(new ScheduleRecurrence { EndAfterOccurrences = 2 }), "Recurrence.Frequency", "Recurrence.Frequency must be Daily, Weekly or Monthly; got None.");
        yield return Case("EndTimes0", WithRecurrence(ScheduleRecurrence.Daily(1).EndingAfter(0)), "Recurrence.EndAfterOccurrences", "Recurrence.EndAfterOccurrences must be 1-60; got 0.");
        yield return Case("EndTimes61", WithRecurrence(ScheduleRecurrence.Daily(1).EndingAfter(61)), "Recurrence.EndAfterOccurrences", "Recurrence.EndAfterOccurrences must be 1-60; got 61.");
        yield return Case("BothEnds", WithRecurrence(ScheduleRecurrence.Daily(1) with { EndAfterOccurrences = 3, EndDate = new DateOnly(2026, 12, 1) }), "Recurrence.EndDate", "Recurrence must end either after EndAfterOccurrences or on EndDate, not both");
        yield return Case("NoEnd", WithRecurrence(ScheduleRecurrence.Daily(1)), "Recurrence.EndAfterOccurrences", "Recurrence needs an end: EndAfterOccurrences (1-60) or EndDate.");
        yield return Case("EndDateBeforeStart", WithRecurrence(ScheduleRecurrence.Daily(1).EndingOn(new DateOnly(2026, 10, 20))), "Recurrence.EndDate", "Recurrence.EndDate 2026-10-20 is before the start date 2026-10-21.");
    }

    [TestCaseSource(nameof(Violations))]
    public void ScheduleAsync_InvalidRequest_ThrowsBeforeSending(ScheduleMeetingRequest request, string field, string message)
    {
        using var host = SchedulingTestHost.Create();

        var error = Assert.ThrowsAsync<ArgumentException>(() => host.Scheduler.ScheduleAsync(request));

        Assert.That(error!.ParamName, Is.EqualTo(field));
        Assert.That(error.Message, Does.StartWith(message));
        Assert.That(host.Requests, Is.Empty);
        Assert.That(host.Listener.Upserted, Is.Empty);
    }

    [Test]
    public void ScheduleAsync_BadPassword_NeverEchoesThePasscode()
    {
        using var host = SchedulingTestHost.Create();

        var tooLong = Assert.ThrowsAsync<ArgumentException>(() => host.Scheduler.ScheduleAsync(Valid with { Password = "s3cr3t-pass-x" }));
        var badChar = Assert.ThrowsAsync<ArgumentException>(() => host.Scheduler.ScheduleAsync(Valid with { Password = "s3cr3t#" }));

        Assert.That(tooLong!.Message, Does.Not.Contain("s3cr3t"));
        Assert.That(badChar!.Message, Does.Not.Contain("s3cr3t"));
        Assert.That((Valid with { Password = "s3cr3t" }).ToString(), Does.Not.Contain("s3cr3t"));
    }

    [TestCase("a")]
    [TestCase("Ab3@-_*xyZ")]
    public void ScheduleAsync_PasswordAtTheLimits_IsAccepted(string password)
        => Assert.DoesNotThrow(() => ScheduleValidator.ValidatePassword(password));

    [Test]
    public void ScheduleAsync_LimitsThemselves_AreAccepted()
    {
        var now = SchedulingTestHost.Now;
        var edge = Valid with
        {
            Topic = new string('t', 200),
            Agenda = new string('a', 2000),
            Start = new DateTime(2026, 10, 1, 2, 0, 0),
            Duration = TimeSpan.FromMinutes(1440),
            Recurrence = ScheduleRecurrence.MonthlyOnWeekday(10, ScheduleRecurrence.LastWeek, DayOfWeek.Saturday).EndingAfter(60),
        };

        Assert.DoesNotThrow(() => ScheduleValidator.Validate(edge, now), "start exactly now, every maximum");
        Assert.DoesNotThrow(() => ScheduleValidator.Validate(edge with { Recurrence = ScheduleRecurrence.Daily(99).EndingOn(new DateOnly(2026, 10, 1)) }, now));
        Assert.DoesNotThrow(() => ScheduleValidator.Validate(edge with { Recurrence = ScheduleRecurrence.Weekly(50, DayOfWeek.Sunday).EndingAfter(1) }, now));
    }
}
