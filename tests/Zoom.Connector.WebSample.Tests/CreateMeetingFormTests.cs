using System.Globalization;
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
        Assert.That(errors[CreateMeetingForm.Fields.TimeZone], Is.EqualTo("TimeZone 'Mars/Olympus' is not a known IANA or Windows time zone id."));
        Assert.That(errors[CreateMeetingForm.Fields.Password], Is.EqualTo("Passcode must be 1-10 characters; it has 21."), "Zoom's word, not the API field's");
        Assert.That(errors[CreateMeetingForm.Fields.Interval], Is.EqualTo("Recurrence.Interval of a weekly recurrence must be 1-50; got 51."));
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
        Assert.That(errors[CreateMeetingForm.Fields.Monthly], Is.EqualTo("Recurrence.MonthlyDay must be 1-31; got 32."));
    }
}
