using NUnit.Framework;
using Zoom.Connector.Scheduling;

namespace Zoom.Connector.Tests.Scheduling;

/// <summary>
/// The preview is computed locally; the fixtures' occurrences were computed independently (wall clock in the zone,
/// converted with the tz database) the way Zoom reports them, so agreement checks both.
/// </summary>
public sealed class OccurrencePreviewTests
{
    private static ScheduleMeetingRequest Request(DateTime start, string zone, ScheduleRecurrence? recurrence) => new()
    {
        Topic = "Preview",
        Start = start,
        TimeZone = zone,
        Duration = TimeSpan.FromMinutes(45),
        Recurrence = recurrence,
    };

    private static IEnumerable<TestCaseData> Shapes()
    {
        yield return new TestCaseData("weekly-paris-dst.json", Request(new DateTime(2026, 10, 21, 9, 0, 0), "Europe/Paris", ScheduleRecurrence.Weekly(1, DayOfWeek.Monday, DayOfWeek.Wednesday).EndingAfter(4))).SetName("Weekly Mon/Wed across the EU change");
        yield return new TestCaseData("weekly-sun-sat.json", Request(new DateTime(2026, 10, 3, 8, 0, 0), "Europe/Paris", ScheduleRecurrence.Weekly(1, DayOfWeek.Saturday, DayOfWeek.Sunday).EndingAfter(4))).SetName("Weekly Sat/Sun");
        yield return new TestCaseData("daily-new-york.json", Request(new DateTime(2026, 10, 30, 9, 30, 0), "Eastern Standard Time", ScheduleRecurrence.Daily(2).EndingAfter(5))).SetName("Daily every 2 days across the US change (Windows zone id)");
        yield return new TestCaseData("monthly-day.json", Request(new DateTime(2027, 1, 15, 14, 0, 0), "Europe/Paris", ScheduleRecurrence.MonthlyOnDay(1, 15).EndingAfter(4))).SetName("Monthly on day 15 across the EU change");
        yield return new TestCaseData("monthly-second-tuesday.json", Request(new DateTime(2027, 1, 12, 10, 0, 0), "Europe/Paris", ScheduleRecurrence.MonthlyOnWeekday(2, 2, DayOfWeek.Tuesday).EndingAfter(3))).SetName("Every 2 months on the 2nd Tuesday");
        yield return new TestCaseData("monthly-last-friday.json", Request(new DateTime(2027, 1, 29, 16, 0, 0), "Europe/Paris", ScheduleRecurrence.MonthlyOnWeekday(1, ScheduleRecurrence.LastWeek, DayOfWeek.Friday).EndingOn(new DateOnly(2027, 3, 31)))).SetName("Monthly on the last Friday until a date");
        yield return new TestCaseData("weekly-paris-dst.json", Request(new DateTime(2026, 10, 20, 9, 0, 0), "Europe/Paris", ScheduleRecurrence.Weekly(1, DayOfWeek.Monday, DayOfWeek.Wednesday).EndingAfter(4))).SetName("Weekly Mon/Wed starting on a Tuesday begins on the Wednesday");
        yield return new TestCaseData("monthly-last-friday.json", Request(new DateTime(2027, 1, 2, 16, 0, 0), "Europe/Paris", ScheduleRecurrence.MonthlyOnWeekday(1, ScheduleRecurrence.LastWeek, DayOfWeek.Friday).EndingOn(new DateOnly(2027, 3, 31)))).SetName("Last Friday starting early in the month begins on the last Friday");
    }

    [TestCaseSource(nameof(Shapes))]
    public void PreviewOccurrences_RecurrenceShape_EqualsTheOccurrencesZoomReports(string fixture, ScheduleMeetingRequest request)
    {
        using var host = SchedulingTestHost.Create();

        var preview = host.Scheduler.PreviewOccurrences(request);

        var zoom = SchedulingTestHost.ReadMeeting(fixture).Occurrences!;
        Assert.That(preview.Select(o => o.StartUtc), Is.EqualTo(zoom.Select(o => o.StartTime!.Value)));
        Assert.That(preview.Select(o => o.OccurrenceId), Is.EqualTo(zoom.Select(o => o.OccurrenceId)), "ids are the epoch milliseconds, as Zoom's");
        Assert.That(preview.Select(o => o.Start.TimeOfDay).Distinct(), Is.EqualTo(new[] { request.Start.TimeOfDay }), "the wall-clock time never moves");
        Assert.That(host.Requests, Is.Empty, "a preview sends nothing");
    }

    [Test]
    public void PreviewOccurrences_WeeklyMonWedParisAcrossDst_UtcShiftsFromSevenToEight()
    {
        using var host = SchedulingTestHost.Create();

        var preview = host.Scheduler.PreviewOccurrences(Request(new DateTime(2026, 10, 21, 9, 0, 0), "Europe/Paris", ScheduleRecurrence.Weekly(1, DayOfWeek.Monday, DayOfWeek.Wednesday).EndingAfter(6)));

        Assert.That(preview.Select(o => o.Start.ToString("ddd dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(new[]
        {
            "Wed 21 09:00 +02:00", "Mon 26 09:00 +01:00", "Wed 28 09:00 +01:00", "Mon 02 09:00 +01:00", "Wed 04 09:00 +01:00", "Mon 09 09:00 +01:00",
        }));
        Assert.That(preview.Select(o => o.StartUtc.Hour), Is.EqualTo(new[] { 7, 8, 8, 8, 8, 8 }));
    }

    [Test]
    public void PreviewOccurrences_OneTime_IsTheStartAlone()
    {
        using var host = SchedulingTestHost.Create();

        var preview = host.Scheduler.PreviewOccurrences(Request(new DateTime(2026, 11, 3, 14, 0, 0), "Europe/Paris", null));

        Assert.That(preview.Select(o => o.StartUtc), Is.EqualTo(new[] { new DateTimeOffset(2026, 11, 3, 13, 0, 0, TimeSpan.Zero) }));
    }

    [Test]
    public void PreviewOccurrences_LongSeriesUntilADate_StopsAtSixty()
    {
        using var host = SchedulingTestHost.Create();

        var preview = host.Scheduler.PreviewOccurrences(Request(new DateTime(2026, 10, 5, 9, 0, 0), "Europe/Paris", ScheduleRecurrence.Daily(1).EndingOn(new DateOnly(2027, 12, 31))));

        Assert.That(preview, Has.Count.EqualTo(60));
        Assert.That(preview[^1].Start.Date, Is.EqualTo(new DateTime(2026, 12, 3)));
    }

    [Test]
    public void PreviewOccurrences_InvalidRequest_ThrowsLikeScheduling()
    {
        using var host = SchedulingTestHost.Create();

        var error = Assert.Throws<ArgumentException>(() => host.Scheduler.PreviewOccurrences(Request(new DateTime(2026, 10, 21, 9, 0, 0), "Europe/Paris", ScheduleRecurrence.Weekly(1).EndingAfter(2))));

        Assert.That(error!.ParamName, Is.EqualTo("Recurrence.WeeklyDays"));
    }
}
