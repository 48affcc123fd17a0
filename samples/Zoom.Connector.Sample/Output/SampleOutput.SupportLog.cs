using System.Globalization;
using System.Text.Json;
using Zoom.Connector.SupportLog;

namespace Zoom.Connector.Sample.Output;

internal sealed partial class SampleOutput
{
    /// <summary>
    /// <c>support-log</c>: the records as a table, or with <c>--json</c> one document whose <c>records</c> are the
    /// support log's export format (the same fields as its JSON lines).
    /// </summary>
    public void SupportLog(IReadOnlyCollection<ZoomSupportLogEntry> records, int matched, string folder)
    {
        if (json)
        {
            WriteJson(w =>
            {
                w.WriteNumber("total_records", matched);
                w.WriteNumber("shown", records.Count);
                w.WriteString("folder", folder);
                w.WritePropertyName("records");
                w.WriteStartArray();
                foreach (var record in records)
                {
                    // The export format itself, so a record reads the same here, in the files and from MapZoomSupportLog.
                    using var line = JsonDocument.Parse(ZoomSupportLogExport.ToJsonLine(record));
                    line.RootElement.WriteTo(w);
                }

                w.WriteEndArray();
            });
            return;
        }

        if (records.Count == 0)
        {
            stdout.WriteLine($"No support-log records match (kept in {folder}).");
            return;
        }

        // Aligned columns, one line per record, never wrapped: the identity key is what --identity takes, whole, and
        // the request (whose path can be long) comes last.
        string[] header = ["Time (UTC)", "Identity", "Operation", "Status", "Try", "Waited (ms)", "Took (ms)", "Request"];
        var rows = records.Select(record => new[]
        {
            record.Timestamp.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            record.IdentityKey ?? record.IdentityKind,
            record.Operation,
            Answer(record),
            record.Attempt.ToString(CultureInfo.InvariantCulture),
            Waited(record),
            record.DurationMs.ToString("0", CultureInfo.InvariantCulture),
            record.Method + " " + record.Path,
        }.Select(Printable).ToArray()).ToList();
        var widths = header.Select((title, column) => Math.Max(title.Length, rows.Max(row => row[column].Length))).ToArray();
        foreach (var row in rows.Prepend(header))
        {
            stdout.WriteLine(string.Join("  ", row.Select((cell, column) => column == row.Length - 1 ? cell : cell.PadRight(widths[column]))).TrimEnd());
        }

        stdout.WriteLine(records.Count == matched
            ? string.Create(CultureInfo.InvariantCulture, $"{matched} record(s), oldest first, kept in {folder}.")
            : string.Create(CultureInfo.InvariantCulture, $"The newest {records.Count} of {matched} record(s), oldest first (narrow with --since, --operation, --status or raise --limit), kept in {folder}."));
    }

    // A record read from a file is printed to a terminal: no control character (an escape sequence) gets through.
    private static string Printable(string text)
        => text.Any(char.IsControl) ? new string([.. text.Select(c => char.IsControl(c) ? '?' : c)]) : text;

    private static string Answer(ZoomSupportLogEntry record)
    {
        if (record.Status is not { } status)
        {
            return record.Error ?? "-";
        }

        var text = status.ToString(CultureInfo.InvariantCulture);
        return record.ZoomCode is { } code ? string.Create(CultureInfo.InvariantCulture, $"{text} (code {code})") : text;
    }

    private static string Waited(ZoomSupportLogEntry record)
    {
        if (record.RetryWaitMs <= 0 && record.LimiterWaitMs <= 0)
        {
            return "-";
        }

        var parts = new List<string>();
        if (record.RetryWaitMs > 0)
        {
            parts.Add("retry " + record.RetryWaitMs.ToString("0", CultureInfo.InvariantCulture));
        }

        if (record.LimiterWaitMs > 0)
        {
            parts.Add("budget " + record.LimiterWaitMs.ToString("0", CultureInfo.InvariantCulture));
        }

        return string.Join(", ", parts);
    }
}
