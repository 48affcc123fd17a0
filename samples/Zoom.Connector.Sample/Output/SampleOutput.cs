using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;
using Zoom.Connector.Models;
using Zoom.Connector.Sample.Failures;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Sample.Output;

/// <summary>
/// Prints results as text (Spectre.Console tables) or as exactly one JSON document. Never prints a start URL, and
/// passcodes only inside an invitation the person asked for; join URLs lose their embedded <c>pwd</c>.
/// </summary>
internal sealed partial class SampleOutput(TextWriter stdout, bool json)
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private IAnsiConsole Console { get; } = CreateConsole(stdout);

    private static IAnsiConsole CreateConsole(TextWriter writer)
    {
        var terminal = ReferenceEquals(writer, System.Console.Out) && !System.Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (!terminal)
        {
            console.Profile.Width = 120;
        }

        return console;
    }

    public void Users(IReadOnlyList<ZoomUser> users)
    {
        if (json)
        {
            WriteJson(w =>
            {
                w.WriteNumber("total_records", users.Count);
                w.WritePropertyName("users");
                w.WriteStartArray();
                foreach (var user in users)
                {
                    JsonSerializer.Serialize(w, user with { HostKey = null }, ZoomJsonContext.Default.ZoomUser);
                }

                w.WriteEndArray();
            });
            return;
        }

        var table = NewTable("Id", "Email", "Name", "Type", "Status", "Time zone");
        foreach (var user in users)
        {
            Row(table, user.Id ?? "(pending)", user.Email, user.DisplayName, user.Type.ToString(), user.Status?.ToString(), user.Timezone);
        }

        Console.Write(table);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{users.Count} user(s)."));
    }

    public void Meetings(IReadOnlyList<MeetingSummary> meetings)
    {
        if (json)
        {
            WriteJson(w =>
            {
                w.WriteNumber("total_records", meetings.Count);
                w.WritePropertyName("meetings");
                w.WriteStartArray();
                foreach (var meeting in meetings)
                {
                    JsonSerializer.Serialize(w, meeting with { JoinUrl = WithoutPasscode(meeting.JoinUrl) }, ZoomJsonContext.Default.MeetingSummary);
                }

                w.WriteEndArray();
            });
            return;
        }

        var table = NewTable("Id", "Topic", "Type", "Starts (meeting's time zone)", "Minutes");
        foreach (var meeting in meetings)
        {
            Row(table, meeting.Id.ToString(CultureInfo.InvariantCulture), meeting.Topic, TypeName(meeting.Type), When(meeting.StartTime, meeting.Timezone),
                meeting.Duration?.ToString(CultureInfo.InvariantCulture));
        }

        Console.Write(table);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{meetings.Count} meeting(s)."));
    }

    /// <summary><c>reset</c>: which emulator state was deleted.</summary>
    public void Reset(string folder)
    {
        if (json)
        {
            WriteJson(w => w.WriteString("reset", folder));
            return;
        }

        Console.WriteLine($"The built-in emulator's state in {folder} was reset: the next command starts with a fresh account.");
    }

    public void Meeting(Meeting meeting)
    {
        if (json)
        {
            WriteJson(w =>
            {
                w.WritePropertyName("meeting");
                JsonSerializer.Serialize(w, Safe(meeting), ZoomJsonContext.Default.Meeting);
            });
            return;
        }

        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                grid.AddRow(new Text(name), new Text(value));
            }
        }

        Add("Id", meeting.Id.ToString(CultureInfo.InvariantCulture));
        Add("Topic", meeting.Topic);
        Add("Type", TypeName(meeting.Type));
        Add("Status", meeting.Status?.ToString());
        Add("Starts", meeting.StartTime is null ? null : $"{When(meeting.StartTime, meeting.Timezone)} ({meeting.Timezone})");
        Add("Duration", meeting.Duration is { } d ? string.Create(CultureInfo.InvariantCulture, $"{d} minutes") : null);
        Add("Host", meeting.HostEmail ?? meeting.HostId);
        Add("Agenda", meeting.Agenda);
        Add("Join URL", WithoutPasscode(meeting.JoinUrl));
        Add("Alternative hosts", meeting.Settings?.AlternativeHosts);
        Add("Dial-in countries", meeting.Settings?.GlobalDialInCountries is { Count: > 0 } countries ? string.Join(", ", countries) : null);
        Add("Passcode", string.IsNullOrEmpty(meeting.Password) ? "none" : "set (see 'meetings invitation')");
        Console.Write(grid);
        if (meeting.Occurrences is { Count: > 0 } occurrences)
        {
            var table = NewTable("Occurrence", "Starts", "Minutes", "Status");
            foreach (var occurrence in occurrences)
            {
                Row(table, occurrence.OccurrenceId, When(occurrence.StartTime, meeting.Timezone), occurrence.Duration?.ToString(CultureInfo.InvariantCulture), occurrence.Status?.ToString());
            }

            Console.Write(table);
        }
    }

    public void Recordings(DateOnly from, DateOnly to, IReadOnlyList<RecordingMeeting> recordings)
    {
        if (json)
        {
            WriteJson(w =>
            {
                w.WriteString("from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteNumber("total_records", recordings.Count);
                w.WritePropertyName("meetings");
                w.WriteStartArray();
                foreach (var recording in recordings)
                {
                    JsonSerializer.Serialize(w, recording with { Password = null, RecordingPlayPasscode = null, DownloadAccessToken = null }, ZoomJsonContext.Default.RecordingMeeting);
                }

                w.WriteEndArray();
            });
            return;
        }

        var table = NewTable("Started (UTC)", "Meeting id", "Topic", "Minutes", "Files", "Size");
        foreach (var recording in recordings)
        {
            Row(table, recording.StartTime?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), recording.Id.ToString(CultureInfo.InvariantCulture),
                recording.Topic, recording.Duration?.ToString(CultureInfo.InvariantCulture),
                string.Join(", ", (recording.RecordingFiles ?? []).Select(f => f.FileType).Distinct()),
                string.Create(CultureInfo.InvariantCulture, $"{(recording.TotalSize ?? 0) / 1_048_576.0:0.0} MB"));
        }

        Console.Write(table);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{recordings.Count} recording(s) from {from:yyyy-MM-dd} to {to:yyyy-MM-dd}."));
    }

    /// <summary>
    /// A failure as one JSON document, <c>{"error": {"kind", "message", "code", ...}}</c> (the text form goes to stderr
    /// only). <c>code</c> is Zoom's error code when Zoom answered, otherwise null; <c>exit_code</c> is the process's.
    /// </summary>
    public void Failure(SampleFailure failure)
    {
        if (!json)
        {
            return;
        }

        WriteJson(w =>
        {
            w.WritePropertyName("error");
            w.WriteStartObject();
            w.WriteString("kind", failure.Kind);
            w.WriteString("message", failure.Message);
            if (failure.Code is { } code)
            {
                w.WriteNumber("code", code);
            }
            else
            {
                w.WriteNull("code");
            }

            if (failure.Option is { } option)
            {
                w.WriteString("option", option);
            }

            if (failure.Status is { } status)
            {
                w.WriteNumber("status", status);
            }

            w.WriteNumber("exit_code", failure.ExitCode);
            w.WriteEndObject();
        });
    }

    private void WriteInvitation(string invitation) => stdout.Write(invitation.Replace("\r\n", Environment.NewLine, StringComparison.Ordinal));

    private void WriteJson(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Indented))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        stdout.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>The meeting without its host credential (start URL) and passcodes.</summary>
    private static Meeting Safe(Meeting meeting) => meeting with
    {
        StartUrl = null,
        Password = null,
        H323Password = null,
        PstnPassword = null,
        EncryptedPassword = null,
        DynamicHostKey = null,
        JoinUrl = WithoutPasscode(meeting.JoinUrl),
    };

    /// <summary>A join URL without its query string: Zoom puts the encrypted passcode there (<c>?pwd=...</c>).</summary>
    private static string? WithoutPasscode(string? joinUrl)
    {
        if (joinUrl is null)
        {
            return null;
        }

        var query = joinUrl.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? joinUrl : joinUrl[..query];
    }

    private static string When(DateTimeOffset? utc, string? timezone)
    {
        if (utc is not { } value)
        {
            return "-";
        }

        try
        {
            var zone = string.IsNullOrEmpty(timezone) ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(timezone);
            return TimeZoneInfo.ConvertTime(value, zone).ToString("ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        }
        catch (TimeZoneNotFoundException)
        {
            return value.UtcDateTime.ToString("ddd yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        }
    }

    private static string TypeName(MeetingType type) => type switch
    {
        MeetingType.Instant => "instant",
        MeetingType.Scheduled => "one-time",
        MeetingType.RecurringNoFixedTime => "recurring (no fixed time)",
        MeetingType.RecurringFixedTime => "recurring",
        MeetingType.PersonalMeetingRoom => "personal room",
        MeetingType.ScreenShareOnly => "screen share",
        _ => type.ToString(),
    };

    private static Table NewTable(params string[] columns)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column)));
        }

        return table;
    }

    private static void Row(Table table, params string?[] cells)
        => table.AddRow(cells.Select(c => (Spectre.Console.Rendering.IRenderable)new Text(c ?? string.Empty)).ToArray());
}
