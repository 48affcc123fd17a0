using System.Reflection;
using System.Text.RegularExpressions;
using NUnit.Framework;
using Zoom.Connector.Downloads;
using Zoom.Connector.Health;
using Zoom.Connector.Http;
using Zoom.Connector.Http.Pipeline;
using Zoom.Connector.RateLimiting;
using Zoom.Connector.Redis;
using Zoom.Connector.SupportLog;
using Zoom.Connector.Sync;
using Zoom.Connector.Webhooks;

namespace Zoom.Connector.Docs.Tests;

/// <summary>
/// Every configuration key the packages bind is documented: README.md's "Configuration keys" table names it, or a row
/// of that table covers its section (<c>Zoom:Sync:*</c>, <c>Zoom:Webhooks:SecretToken</c>, ..., "more in") and the page
/// that row links to names the key's last segment in backticks. A key added to an options class without a line of
/// documentation fails here.
/// </summary>
[TestFixture]
public sealed partial class ConfigurationKeysDocTests
{
    private static readonly (Type Options, string Section)[] Bound =
    [
        (typeof(ZoomConnectorOptions), "Zoom"),
        (typeof(ZoomRateLimitOptions), "Zoom:RateLimit"),
        (typeof(ZoomResilienceOptions), "Zoom:Resilience"),
        (typeof(ZoomSyncOptions), "Zoom:Sync"),
        (typeof(ZoomWebhookOptions), "Zoom:Webhooks"),
        (typeof(ZoomRecordingDownloadOptions), "Zoom:Downloads"),
        (typeof(ZoomSupportLogOptions), "Zoom:SupportLog"),
        (typeof(ZoomHealthCheckOptions), "Zoom:Health"),
        (typeof(ZoomRedisOptions), "Zoom:Redis"),
    ];

    [Test]
    public void ReadmeKeysTable_DocumentsEveryBoundKey()
    {
        var rows = KeyRows();
        var undocumented = new List<string>();
        foreach (var (options, section) in Bound)
        {
            foreach (var key in Keys(options, section))
            {
                if (rows.Any(r => r.Keys.Contains(key, StringComparer.OrdinalIgnoreCase)))
                {
                    continue;
                }

                // A row covering the key's section (or a parent of it) documents it through the page it links to.
                var covering = rows.Where(r => r.Sections.Any(s => key.StartsWith(s + ":", StringComparison.OrdinalIgnoreCase))).ToList();
                var name = key.Split(':')[^1];
                if (!covering.Any(r => r.Page is { } page && Names(File.ReadAllText(Path.Combine(Markdown.RepositoryRoot(), page)), name)))
                {
                    undocumented.Add(key + (covering.Count == 0 ? " (no row covers its section)" : $" (not named in {string.Join(", ", covering.Select(r => r.Page ?? "a row without a link"))})"));
                }
            }
        }

        Assert.That(undocumented, Is.Empty, "configuration keys the packages bind that README.md's table and its linked pages do not name:" + Environment.NewLine + string.Join(Environment.NewLine, undocumented));
    }

    /// <summary>The page names the key: <c>`Name</c> as a setting, or <c>:Name`</c> / <c>:Name:</c> inside a full key.</summary>
    private static bool Names(string page, string name)
        => page.Contains($"`{name}", StringComparison.Ordinal) || page.Contains($":{name}`", StringComparison.Ordinal) || page.Contains($":{name}:", StringComparison.Ordinal);

    private sealed record KeyRow(IReadOnlyList<string> Keys, IReadOnlyList<string> Sections, string? Page);

    /// <summary>
    /// The table's rows: <c>`Zoom:A:B` / `C`</c> is Zoom:A:B and Zoom:A:C; a row whose keys end in <c>*</c>, list
    /// <c>...</c>, or whose text says "more in" covers the keys' sections, documented on the row's first linked page.
    /// </summary>
    private static List<KeyRow> KeyRows()
    {
        var lines = File.ReadAllLines(Path.Combine(Markdown.RepositoryRoot(), "README.md"));
        var start = Array.FindIndex(lines, l => l.StartsWith("## Configuration keys", StringComparison.Ordinal));
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "README.md has a Configuration keys section");
        var rows = new List<KeyRow>();
        foreach (var line in lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)).Where(l => l.StartsWith("| `Zoom:", StringComparison.Ordinal)))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            var keys = new List<string>();
            var sections = new List<string>();
            foreach (var group in cells[1].Split(',', StringSplitOptions.TrimEntries))
            {
                string? parent = null;
                foreach (Match code in Code().Matches(group))
                {
                    var key = code.Groups[1].Value;
                    var full = key.StartsWith("Zoom:", StringComparison.Ordinal) ? key : parent + ":" + key;
                    parent = full[..full.LastIndexOf(':')];
                    if (full.EndsWith(":*", StringComparison.Ordinal))
                    {
                        sections.Add(full[..^2]);
                    }
                    else
                    {
                        keys.Add(full);
                    }
                }
            }

            var page = Link().Match(line) is { Success: true } link ? link.Groups[1].Value : null;
            if (cells[1].Contains("...", StringComparison.Ordinal) || line.Contains("more in", StringComparison.Ordinal))
            {
                sections.AddRange(keys.Select(k => k[..k.LastIndexOf(':')]).Distinct());
            }

            rows.Add(new KeyRow(keys, sections, page));
        }

        Assert.That(rows, Has.Count.GreaterThan(10), "the keys table was read");
        return rows;
    }

    /// <summary>The configuration keys an options class binds under <paramref name="section"/>, nested classes expanded.</summary>
    private static IEnumerable<string> Keys(Type options, string section)
    {
        foreach (var property in options.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
        {
            var key = $"{section}:{property.Name}";
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (type.IsClass && type != typeof(string) && !typeof(System.Collections.IEnumerable).IsAssignableFrom(type))
            {
                foreach (var nested in Keys(type, key))
                {
                    yield return nested;
                }
            }
            else
            {
                yield return key;
            }
        }
    }

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex Code();

    [GeneratedRegex(@"\]\((docs/[a-z-]+\.md)")]
    private static partial Regex Link();
}
