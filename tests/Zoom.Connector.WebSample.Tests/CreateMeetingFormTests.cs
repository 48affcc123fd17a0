using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zoom.Connector.Scheduling;
using Zoom.Connector.WebSample.Forms;
using NUnit.Framework;

namespace Zoom.Connector.WebSample.Tests;

/// <summary>The create form's server-side validation: the scheduler's rules, each message filed under its field, all at once.</summary>
[TestFixture]
public sealed class CreateMeetingFormTests
{
    private ServiceProvider _provider = null!;
    private IZoomMeetingScheduler _scheduler = null!;

    [OneTimeSetUp]
    public void SetUp()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddZoomConnector(new ConfigurationBuilder().Build().GetSection("Zoom")).UseZoomEmulator();
        _provider = services.BuildServiceProvider();
        _scheduler = _provider.GetRequiredService<IZoomMeetingScheduler>();
    }

    [OneTimeTearDown]
    public void TearDown() => _provider.Dispose();

    private static string InDays(int days) => DateTime.UtcNow.Date.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static CreateMeetingForm ValidWeekly() => new()
    {
        Topic = "Design review",
        Repeat = "weekly",
        StartDate = InDays(7),
        StartTime = "09:00",
        TimeZone = "Europe/Paris",
        DurationMinutes = "45",
        Password = "Pa55-w_rd",
        CoHosts = "a@example.com, b@example.com",
        DialInCountries = "us de",
        Interval = "1",
        WeeklyDays = ["Monday", "Wednesday"],
        EndBy = "after",
        EndAfter = "4",
    };

    [Test]
    public void ValidWeeklyForm_BecomesTheSchedulerRequest()
    {
        var request = ValidWeekly().Validate(_scheduler, out var errors);

        Assert.That(errors, Is.Empty);
        Assert.That(request, Is.Not.Null);
        Assert.That(request!.Start, Is.EqualTo(DateTime.UtcNow.Date.AddDays(7).AddHours(9)));
        Assert.That(request.Start.Kind, Is.EqualTo(DateTimeKind.Unspecified), "a wall-clock time in the chosen zone");
        Assert.That(request.Duration, Is.EqualTo(TimeSpan.FromMinutes(45)));
        Assert.That(request.CoHosts, Is.EqualTo(new[] { "a@example.com", "b@example.com" }));
        Assert.That(request.DialInCountries, Is.EqualTo(new[] { "us", "de" }));
        var recurrence = request.Recurrence!;
        Assert.That(recurrence.Frequency, Is.EqualTo(RecurrenceFrequency.Weekly));
        Assert.That(recurrence.Interval, Is.EqualTo(1));
        Assert.That(recurrence.WeeklyDays, Is.EqualTo(new[] { DayOfWeek.Monday, DayOfWeek.Wednesday }));
        Assert.That(recurrence.EndAfterOccurrences, Is.EqualTo(4));
        Assert.That(recurrence.EndDate, Is.Null);
    }

    [Test]
    public void OneTimeForm_HasNoRecurrence_EvenWithPatternFieldsFilled()
    {
        var form = ValidWeekly();
        form.Repeat = "once";

        var request = form.Validate(_scheduler, out var errors);

        Assert.That(errors, Is.Empty);
        Assert.That(request!.Recurrence, Is.Null);
    }

    [Test]
    public void InvalidPassword_IsFiledUnderPassword_WithTheSchedulersRuleInZoomsWordPasscode()
    {
        var form = ValidWeekly();
        form.Password = "no spaces!";

        var request = form.Validate(_scheduler, out var errors);

        Assert.That(request, Is.Null);
        Assert.That(errors, Is.EqualTo(new Dictionary<string, string> { [CreateMeetingForm.Fields.Password] = "Passcode may contain only letters, digits and @ - _ *." }));
        Assert.That(errors.Values.Single(), Does.Not.Contain("no spaces!"), "a passcode is never echoed");
    }

    [Test]
    public void SeveralBadFields_AreAllReportedAtOnce_EachUnderItsField()
    {
        var form = ValidWeekly();
        form.Topic = "  ";
        form.TimeZone = "Mars/Olympus";
        form.DurationMinutes = "2000";
        form.Password = "far-too-long-passcode";
        form.CoHosts = "a@example.com b@example.com";
        form.DialInCountries = "USA";
        form.Interval = "51";
        form.WeeklyDays = [];
        form.EndAfter = "61";

        form.Validate(_scheduler, out var errors);

        Assert.That(errors.Keys, Is.EquivalentTo(new[]
        {
            CreateMeetingForm.Fields.Topic, CreateMeetingForm.Fields.TimeZone, CreateMeetingForm.Fields.Duration, CreateMeetingForm.Fields.Password,
            CreateMeetingForm.Fields.CoHosts, CreateMeetingForm.Fields.DialInCountries, CreateMeetingForm.Fields.Interval,
            CreateMeetingForm.Fields.WeeklyDays, CreateMeetingForm.Fields.End,
        }));
        Assert.That(errors[CreateMeetingForm.Fields.TimeZone], Is.EqualTo("Time zone 'Mars/Olympus' is not a known time zone: use a time zone id such as Europe/Paris or America/New_York."));
        Assert.That(errors[CreateMeetingForm.Fields.Password], Is.EqualTo("Passcode must be 1-10 characters; it has 21."), "Zoom's word, not the API field's");
        Assert.That(errors[CreateMeetingForm.Fields.Interval], Is.EqualTo("Repeat every must be 1-50 for weekly meetings; got 51."));
        Assert.That(errors[CreateMeetingForm.Fields.WeeklyDays], Does.Contain("at least one weekday"));
        Assert.That(errors[CreateMeetingForm.Fields.End], Does.Contain("1-60"));
        Assert.That(errors.Values, Has.None.Contain("(Parameter '"), "messages read as sentences");
    }

    [Test]
    public void StartInThePast_IsFiledUnderStart()
    {
        var form = ValidWeekly();
        form.StartDate = InDays(-2);

        form.Validate(_scheduler, out var errors);

        Assert.That(errors.Keys, Is.EqualTo(new[] { CreateMeetingForm.Fields.Start }));
        Assert.That(errors[CreateMeetingForm.Fields.Start], Does.Contain("past").IgnoreCase);
    }

    [Test]
    public void UnreadableDateAndNumbers_GetTheirOwnMessages()
    {
        var form = ValidWeekly();
        form.StartDate = "next tuesday";
        form.DurationMinutes = "an hour";
        form.EndBy = "on";
        form.EndDate = "";

        form.Validate(_scheduler, out var errors);

        Assert.That(errors.Keys, Is.EquivalentTo(new[] { CreateMeetingForm.Fields.Start, CreateMeetingForm.Fields.Duration, CreateMeetingForm.Fields.End }));
        Assert.That(errors[CreateMeetingForm.Fields.Start], Does.StartWith("Start date is required"));
    }

    [Test]
    public void MonthlyOnTheLastFriday_UntilADate_IsAccepted_AndADayOutOfRangeIsNot()
    {
        var form = ValidWeekly();
        form.Repeat = "monthly";
        form.WeeklyDays = [];
        form.MonthlyBy = "weekday";
        form.MonthlyWeek = "-1";
        form.MonthlyWeekDay = "Friday";
        form.EndBy = "on";
        form.EndDate = InDays(200);

        var request = form.Validate(_scheduler, out var errors);
        Assert.That(errors, Is.Empty);
        var recurrence = request!.Recurrence!;
        Assert.That(recurrence.Frequency, Is.EqualTo(RecurrenceFrequency.Monthly));
        Assert.That((recurrence.MonthlyWeek, recurrence.MonthlyWeekDay, recurrence.MonthlyDay), Is.EqualTo((ScheduleRecurrence.LastWeek, (DayOfWeek?)DayOfWeek.Friday, (int?)null)));
        Assert.That(recurrence.EndDate, Is.EqualTo(DateOnly.FromDateTime(DateTime.UtcNow.Date.AddDays(200))));

        form.MonthlyBy = "day";
        form.MonthlyDay = "32";
        form.Validate(_scheduler, out errors);
        Assert.That(errors.Keys, Is.EqualTo(new[] { CreateMeetingForm.Fields.Monthly }));
        Assert.That(errors[CreateMeetingForm.Fields.Monthly], Is.EqualTo("Day of the month must be 1-31; got 32."));
    }

    /// <summary>Library field names and property paths a page must never show (case-sensitive: "start" and "recurrence" are English).</summary>
    private static readonly Regex LibraryNames = new(
        @"\b(?:Recurrence\.\w+|Recurrence|TimeZone|WeeklyDays|MonthlyDay|MonthlyWeek|MonthlyWeekDay|EndAfterOccurrences|EndDate|Interval|Frequency|CoHosts|DialInCountries|Password|HostUserId|DateTimeKind)\b",
        RegexOptions.CultureInvariant);

    /// <summary>Every rule the scheduler (and the form's own reading of the fields) checks, with the bad input that breaks it.</summary>
    private static IEnumerable<TestCaseData> EveryRule()
    {
        TestCaseData Case(string name, Action<CreateMeetingForm> breakIt, string field, string expected)
            => new TestCaseData(breakIt, field, expected).SetName("BadInput_NamesTheFieldByItsLabel_" + name);

        yield return Case("TopicBlank", f => f.Topic = " ", CreateMeetingForm.Fields.Topic, "Topic is required.");
        yield return Case("TopicTooLong", f => f.Topic = new string('t', 201), CreateMeetingForm.Fields.Topic, "Topic must be at most 200 characters; it has 201.");
        yield return Case("StartDateUnreadable", f => f.StartDate = "next tuesday", CreateMeetingForm.Fields.Start, "Start date is required (year-month-day).");
        yield return Case("StartTimeUnreadable", f => f.StartTime = "9am", CreateMeetingForm.Fields.Start, "Start time is required");
        yield return Case("StartInThePast", f => f.StartDate = InDays(-2), CreateMeetingForm.Fields.Start, "is in the past");
        yield return Case("StartSkippedByDaylightSaving", f => { f.Repeat = "once"; f.StartDate = NextSpringForwardInParis(); f.StartTime = "02:30"; },
            CreateMeetingForm.Fields.Start, "does not exist in Europe/Paris");
        yield return Case("TimeZoneEmpty", f => f.TimeZone = "", CreateMeetingForm.Fields.TimeZone, "Time zone is required");
        yield return Case("TimeZoneUnknown", f => f.TimeZone = "Mars/Olympus", CreateMeetingForm.Fields.TimeZone, "Time zone 'Mars/Olympus' is not a known time zone");
        yield return Case("TimeZoneAbbreviation", f => f.TimeZone = "EST", CreateMeetingForm.Fields.TimeZone, "use America/New_York");
        yield return Case("TimeZoneMisspelt", f => f.TimeZone = "europe/pari", CreateMeetingForm.Fields.TimeZone, "did you mean Europe/Paris?");
        yield return Case("DurationZero", f => f.DurationMinutes = "0", CreateMeetingForm.Fields.Duration, "Duration must be 1-1440 minutes; got 0.");
        yield return Case("DurationTooLong", f => f.DurationMinutes = "1441", CreateMeetingForm.Fields.Duration, "Duration must be 1-1440 minutes; got 1441.");
        yield return Case("DurationUnreadable", f => f.DurationMinutes = "an hour", CreateMeetingForm.Fields.Duration, "Duration must be a whole number of minutes");
        yield return Case("PasscodeTooLong", f => f.Password = "eleven-long", CreateMeetingForm.Fields.Password, "Passcode must be 1-10 characters; it has 11.");
        yield return Case("PasscodeCharacters", f => f.Password = "a b", CreateMeetingForm.Fields.Password, "Passcode may contain only letters");
        yield return Case("CoHostsNotOneEmail", f => f.CoHosts = "a@example.com b@example.com", CreateMeetingForm.Fields.CoHosts, "Co-hosts entry 'a@example.com b@example.com' must be one email");
        yield return Case("DialInCountryNotTwoLetters", f => f.DialInCountries = "USA", CreateMeetingForm.Fields.DialInCountries, "Dial-in countries entry 'USA' must be a two-letter country code");
        yield return Case("HowOftenUnknown", f => f.Repeat = "yearly", CreateMeetingForm.Fields.Frequency, "How often must be once, daily, weekly or monthly.");
        yield return Case("RepeatEveryUnreadable", f => f.Interval = "x", CreateMeetingForm.Fields.Interval, "Repeat every must be a whole number.");
        yield return Case("RepeatEveryZero", f => f.Interval = "0", CreateMeetingForm.Fields.Interval, "Repeat every must be 1-50 for weekly meetings; got 0.");
        yield return Case("RepeatEveryDailyTooLarge", f => { f.Repeat = "daily"; f.WeeklyDays = []; f.Interval = "100"; },
            CreateMeetingForm.Fields.Interval, "Repeat every must be 1-99 for daily meetings; got 100.");
        yield return Case("RepeatEveryMonthlyTooLarge", f => { f.Repeat = "monthly"; f.WeeklyDays = []; f.MonthlyDay = "1"; f.Interval = "11"; },
            CreateMeetingForm.Fields.Interval, "Repeat every must be 1-10 for monthly meetings; got 11.");
        yield return Case("NoDayTicked", f => f.WeeklyDays = [], CreateMeetingForm.Fields.WeeklyDays, "On these days must name at least one weekday for weekly meetings.");
        yield return Case("DayOfTheMonthOutOfRange", f => { f.Repeat = "monthly"; f.WeeklyDays = []; f.MonthlyDay = "0"; },
            CreateMeetingForm.Fields.Monthly, "Day of the month must be 1-31; got 0.");
        yield return Case("DayOfTheMonthUnreadable", f => { f.Repeat = "monthly"; f.WeeklyDays = []; f.MonthlyDay = ""; },
            CreateMeetingForm.Fields.Monthly, "Day of the month must be a whole number, 1-31.");
        yield return Case("WeekOfTheMonthOutOfRange", f => { f.Repeat = "monthly"; f.WeeklyDays = []; f.MonthlyBy = "weekday"; f.MonthlyWeek = "5"; },
            CreateMeetingForm.Fields.Monthly, "Week of the month must be 1-4 or -1 (last); got 5.");
        yield return Case("OccurrencesTooMany", f => f.EndAfter = "61", CreateMeetingForm.Fields.End, "Number of occurrences must be 1-60; got 61.");
        yield return Case("OccurrencesZero", f => f.EndAfter = "0", CreateMeetingForm.Fields.End, "Number of occurrences must be 1-60; got 0.");
        yield return Case("OccurrencesUnreadable", f => f.EndAfter = "ten", CreateMeetingForm.Fields.End, "Number of occurrences must be a whole number, 1-60.");
        yield return Case("EndDateMissing", f => { f.EndBy = "on"; f.EndDate = ""; }, CreateMeetingForm.Fields.End, "End date is required");
        yield return Case("EndDateBeforeStart", f => { f.EndBy = "on"; f.EndDate = InDays(3); }, CreateMeetingForm.Fields.End,
            $"End date {InDays(3)} is before the start date {InDays(7)}.");
    }

    [TestCaseSource(nameof(EveryRule))]
    public void BadInput_IsFiledUnderItsField_InTheFormsWords(Action<CreateMeetingForm> breakIt, string field, string expected)
    {
        var form = ValidWeekly();
        breakIt(form);

        var request = form.Validate(_scheduler, out var errors);

        Assert.That(request, Is.Null);
        Assert.That(errors.Keys, Is.EqualTo(new[] { field }), "only the broken field is refused");
        var message = errors[field];
        Assert.That(message, Does.Contain(expected));
        Assert.That(message, Does.Not.Match(LibraryNames), "the form's label, never a library property");
        Assert.That(message, Does.Not.Contain("(Parameter '"));
    }

    [Test]
    public void CoHostOutsideTheAccount_RefusedWhenScheduling_NamesCoHosts()
    {
        var form = ValidWeekly();
        form.CoHosts = "nobody-" + Guid.NewGuid().ToString("N")[..8] + "@example.com";
        var request = form.Validate(_scheduler, out var errors);
        Assert.That(errors, Is.Empty, "the account lookup happens only when scheduling");

        var refusal = Assert.ThrowsAsync<ArgumentException>(() => _scheduler.ScheduleAsync(request!));

        Assert.That(CreateMeetingForm.FieldOf(refusal!.ParamName), Is.EqualTo(CreateMeetingForm.Fields.CoHosts));
        var message = CreateMeetingForm.Message(refusal);
        Assert.That(message, Does.StartWith($"Co-hosts entry '{form.CoHosts}' is not a user of this Zoom account"));
        Assert.That(message, Does.Not.Match(LibraryNames));
    }

    [TestCase("europe/paris", "Europe/Paris")]
    [TestCase("  AMERICA/NEW_YORK ", "America/New_York")]
    [TestCase("utc", "UTC")]
    [TestCase("Romance Standard Time", "Europe/Paris")]
    public void TimeZone_InAnyLetterCaseOrAsAWindowsId_BecomesTheCanonicalId(string typed, string canonical)
    {
        var form = ValidWeekly();
        form.TimeZone = typed;

        var request = form.Validate(_scheduler, out var errors);

        Assert.That(errors, Is.Empty);
        Assert.That(request!.TimeZone, Is.EqualTo(canonical));
        Assert.That(form.TimeZone, Is.EqualTo(typed), "what was typed stays in the form");
    }

    [Test]
    public void ScheduleValidatorMessages_ForEveryFormField_ReadAsTheFormsLabels()
    {
        // Messages the form cannot provoke today (it never builds such a request) but the scheduler has: their field names still become labels.
        var cases = new Dictionary<string, string>
        {
            ["Recurrence.WeeklyDays applies only to weekly recurrences, not daily ones."] = "On these days applies only to weekly recurrences, not daily ones.",
            ["A monthly recurrence needs either MonthlyDay, or MonthlyWeek with MonthlyWeekDay (exactly one of the two)."]
                = "A monthly recurrence needs either day of the month, or week of the month with weekday (exactly one of the two).",
            ["TimeZone is required: an IANA id such as Europe/Paris or a Windows id such as Romance Standard Time."]
                = "Time zone is required: an IANA id such as Europe/Paris or a Windows id such as Romance Standard Time.",
            ["Recurrence.EndAfterOccurrences must be 1-60; got 61."] = "Number of occurrences must be 1-60; got 61.",
        };
        foreach (var (library, form) in cases)
        {
            Assert.That(CreateMeetingForm.Message(new ArgumentException(library, "Recurrence")), Is.EqualTo(form));
        }
    }

    /// <summary>The next last Sunday of March (Europe/Paris skips 02:00-03:00) at least two days from now.</summary>
    private static string NextSpringForwardInParis()
    {
        for (var year = DateTime.UtcNow.Year; ; year++)
        {
            var day = new DateTime(year, 3, 31);
            while (day.DayOfWeek != DayOfWeek.Sunday)
            {
                day = day.AddDays(-1);
            }

            if (day > DateTime.UtcNow.Date.AddDays(2))
            {
                return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
        }
    }
}
