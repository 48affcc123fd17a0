using System.Globalization;
using System.Text;
using Zoom.Connector.Models;

namespace Zoom.Connector.Testing;

/// <summary>Zoom's public dial-in numbers per country, as listed in meeting invitations.</summary>
internal static class DialInNumbers
{
    private static readonly GlobalDialInNumber[] All =
    [
        Toll("US", "US", "New York", "+1 646 558 8656"),
        Toll("US", "US", "San Jose", "+1 669 900 9128"),
        Toll("US", "US", "Chicago", "+1 312 626 6799"),
        Toll("CA", "Canada", "Toronto", "+1 647 558 0588"),
        Toll("GB", "United Kingdom", "London", "+44 203 481 5237"),
        Toll("DE", "Germany", "Frankfurt", "+49 69 3807 9883"),
        Toll("FR", "France", "Paris", "+33 1 7037 2246"),
        Toll("NL", "Netherlands", "Amsterdam", "+31 20 794 7345"),
        Toll("AU", "Australia", "Sydney", "+61 2 8015 6011"),
        Toll("JP", "Japan", "Tokyo", "+81 3 4578 1488"),
        Toll("IN", "India", "Mumbai", "+91 22 48 798 004"),
        Toll("BR", "Brazil", "Sao Paulo", "+55 11 4632 2236"),
    ];

    public static bool IsKnown(string country) => All.Any(n => n.Country == country);

    public static List<GlobalDialInNumber> For(IEnumerable<string> countries)
        => [.. countries.SelectMany(c => All.Where(n => n.Country == c))];

    private static GlobalDialInNumber Toll(string country, string name, string city, string number)
        => new() { Country = country, CountryName = name, City = city, Number = number, Type = DialInNumberType.Toll };
}

/// <summary>Writes the invitation text Zoom returns from <c>GET /meetings/{meetingId}/invitation</c> (CRLF line breaks).</summary>
internal static class InvitationWriter
{
    public static string Write(Meeting meeting, ZoomUser host, TimeZoneInfo zone)
    {
        var culture = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        void Line(string value = "") => text.Append(value).Append("\r\n");
        string Local(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, zone).ToString("MMM d, yyyy hh:mm tt", culture);

        Line($"{host.DisplayName ?? host.Email} is inviting you to a scheduled Zoom meeting.");
        Line();
        Line($"Topic: {meeting.Topic}");
        if (meeting.StartTime is { } start && meeting.Type != MeetingType.RecurringNoFixedTime)
        {
            Line($"Time: {Local(start)} {zone.Id}");
        }
        else
        {
            Line("Time: This is a recurring meeting Meet anytime");
        }

        if (meeting.Recurrence is { } recurrence && meeting.Occurrences is { Count: > 0 } occurrences)
        {
            Line($"        {Describe(recurrence, occurrences.Count)}");
            foreach (var occurrence in occurrences.Where(o => o.Status != OccurrenceStatus.Deleted))
            {
                Line($"        {Local(occurrence.StartTime!.Value)}");
            }

            Line("Please download and import the following iCalendar (.ics) files to your calendar system.");
            Line($"Weekly: https://zoom.us/meeting/{meeting.Id}/ics?icsToken={meeting.EncryptedPassword}");
        }

        var id = FormatId(meeting.Id);
        Line();
        Line("Join Zoom Meeting");
        Line(meeting.JoinUrl ?? string.Empty);
        Line();
        Line($"Meeting ID: {id}");
        if (!string.IsNullOrEmpty(meeting.Password))
        {
            Line($"Passcode: {meeting.Password}");
        }

        var numbers = meeting.Settings?.GlobalDialInNumbers ?? [];
        if (numbers.Count > 0)
        {
            Line();
            Line("---");
            Line();
            Line("One tap mobile");
            foreach (var number in numbers.Take(2))
            {
                var digits = new string(number.Number!.Where(c => c == '+' || char.IsDigit(c)).ToArray());
                var pin = string.IsNullOrEmpty(meeting.PstnPassword) ? string.Empty : $",,,,*{meeting.PstnPassword}#";
                Line(string.Create(culture, $"{digits},,{meeting.Id}#{pin} {number.Country} ({number.City})"));
            }

            Line();
            Line("---");
            Line();
            Line("Dial by your location");
            foreach (var number in numbers)
            {
                Line($"• {number.Number} {number.Country} ({number.City})");
            }

            Line();
            Line($"Meeting ID: {id}");
            if (!string.IsNullOrEmpty(meeting.PstnPassword))
            {
                Line($"Passcode: {meeting.PstnPassword}");
            }

            Line();
            Line($"Find your local number: https://zoom.us/u/a{meeting.Id:x}");
        }

        return text.ToString();
    }

    /// <summary>Groups a meeting id the way Zoom prints it: 3-3-4 for 10 digits, 3-4-4 for 11.</summary>
    public static string FormatId(long id)
    {
        var digits = id.ToString(CultureInfo.InvariantCulture);
        return digits.Length switch
        {
            10 => $"{digits[..3]} {digits[3..6]} {digits[6..]}",
            11 => $"{digits[..3]} {digits[3..7]} {digits[7..]}",
            _ => digits,
        };
    }

    private static string Describe(MeetingRecurrence recurrence, int count)
    {
        var interval = recurrence.RepeatInterval ?? 1;
        var every = recurrence.Type switch
        {
            RecurrenceType.Daily => interval == 1 ? "Every day" : $"Every {interval} days",
            RecurrenceType.Weekly => (interval == 1 ? "Every week" : $"Every {interval} weeks") + " on " +
                string.Join(", ", ZoomWeekdays.Parse(recurrence.WeeklyDays).Select(d => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedDayName(d))),
            RecurrenceType.Monthly when recurrence.MonthlyDay is { } day => (interval == 1 ? "Every month" : $"Every {interval} months") + $" on the {day} day",
            RecurrenceType.Monthly => (interval == 1 ? "Every month" : $"Every {interval} months") + " on the " +
                (recurrence.MonthlyWeek == -1 ? "last" : Ordinal(recurrence.MonthlyWeek ?? 1)) + " " +
                CultureInfo.InvariantCulture.DateTimeFormat.GetDayName(ZoomWeekdays.FromZoom(recurrence.MonthlyWeekDay ?? 1)),
            _ => "Recurring",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{every}, {count} occurrence(s)");
    }

    private static string Ordinal(int n) => n switch { 1 => "first", 2 => "second", 3 => "third", _ => "fourth" };
}
