using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NUnit.Framework;
using Microsoft.AspNetCore.Builder;

namespace Zoom.Connector.Docs.Tests;

/// <summary>
/// docs/logging.md's event-id table against the <c>[LoggerMessage]</c> methods of the packages: a host filters and
/// alerts on these ids, so each must mean one thing and be documented with its level.
/// </summary>
[TestFixture]
public sealed partial class LoggingDocTests
{
    private static readonly Assembly[] Packages =
    [
        typeof(ZoomServiceCollectionExtensions).Assembly,
        typeof(ZoomEndpointRouteBuilderExtensions).Assembly,
        typeof(ZoomRedisConnectorBuilderExtensions).Assembly,
    ];

    [Test]
    public void EventIds_InThePackages_AreEachUsedOnce()
    {
        Assert.That(LoggerMessages().Where(m => m.Id <= 0).Select(m => m.Method), Is.Empty, "every entry has an event id to filter on");
        var duplicates = LoggerMessages()
            .GroupBy(m => m.Id)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(m => m.Method))}")
            .ToList();

        Assert.That(duplicates, Is.Empty, "one event id, one meaning");
    }

    [Test]
    public void LoggingDoc_EventIdTable_IsTheIdsAndLevelsTheCodeLogs()
    {
        var documented = DocumentedIds();
        var logged = LoggerMessages().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(logged.Select(m => m.Id).Except(documented.Keys).Order(), Is.Empty, "ids the code logs that docs/logging.md does not list");
            Assert.That(documented.Keys.Except(logged.Select(m => m.Id)).Order(), Is.Empty, "ids docs/logging.md lists that no code logs");
            foreach (var message in logged.Where(m => documented.ContainsKey(m.Id)))
            {
                Assert.That(documented[message.Id], Does.Contain(message.Level.ToString()), $"level of event {message.Id} ({message.Method})");
            }
        });
    }

    private sealed record LoggedEvent(int Id, LogLevel Level, string Method);

    private static IEnumerable<LoggedEvent> LoggerMessages() =>
        from assembly in Packages
        from type in assembly.GetTypes()
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        let attribute = method.GetCustomAttribute<LoggerMessageAttribute>()
        where attribute is not null
        select new LoggedEvent(attribute.EventId, attribute.Level, $"{type.FullName}.{method.Name}");

    /// <summary>Each id of the table's first column (<c>1001</c>, <c>1131-1135</c>, <c>7001, 7002, 7010</c>) with its row's level cell.</summary>
    private static Dictionary<int, string> DocumentedIds()
    {
        var ids = new Dictionary<int, string>();
        foreach (var line in File.ReadLines(Path.Combine(Markdown.RepositoryRoot(), "docs", "logging.md")))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (cells.Length < 4 || !IdCell().IsMatch(cells[1]))
            {
                continue;
            }

            foreach (var part in cells[1].Split(',', StringSplitOptions.TrimEntries))
            {
                var bounds = part.Split('-');
                var first = int.Parse(bounds[0], System.Globalization.CultureInfo.InvariantCulture);
                var last = bounds.Length == 2 ? int.Parse(bounds[1], System.Globalization.CultureInfo.InvariantCulture) : first;
                for (var id = first; id <= last; id++)
                {
                    Assert.That(ids.TryAdd(id, cells[2]), Is.True, $"docs/logging.md lists event {id} twice");
                }
            }
        }

        Assert.That(ids, Is.Not.Empty, "docs/logging.md's event-id table was not found");
        return ids;
    }

    [GeneratedRegex(@"^\d{4}(-\d{4})?(, \d{4}(-\d{4})?)*$")]
    private static partial Regex IdCell();
}
