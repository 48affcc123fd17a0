using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Zoom.Connector.Api;

namespace Zoom.Connector.Tests.DependencyInjection;

/// <summary>
/// The library's folders are layers (docs/ARCHITECTURE.md): these rules are checked on the compiled assembly, so a
/// new file that reaches the wrong way fails here, naming the type that does.
/// </summary>
public sealed class FolderGraphTests
{
    private static readonly Lazy<FolderGraph> Graph = new(() => FolderGraph.Load(typeof(IZoomUsersApi).Assembly.Location));

    /// <summary>Folder pairs that must never be used in that direction, with the reason.</summary>
    private static readonly (string From, string To, string Why)[] Forbidden =
    [
        ("Scheduling", "Sync", "Scheduling raises IMeetingChangeListener (its own contract); Sync implements it"),
        ("RateLimiting", "Authentication", "budgets count requests, never look at tokens"),
        ("Http/Pipeline", "Authentication", "the pipeline places the auth handler it is given; the daily cap reads the stamped identity, never a token"),
        ("Http", "Http/Pipeline", "Http is below its pipeline"),
        ("Sync", "Webhooks", "sibling services: SyncFromWebhooks/ glues them"),
        ("Webhooks", "Sync", "sibling services: the receiver raises IZoomWebhookHandler, SyncFromWebhooks/ implements it"),
    ];

    public static IEnumerable<TestCaseData> ForbiddenCases()
        => Forbidden.Select(f => new TestCaseData(f.From, f.To, f.Why).SetName($"Folder_{f.From.Replace('/', '_')}_DoesNotUse_{f.To.Replace('/', '_')}"));

    [Test]
    public void Folders_NoLoops()
    {
        var loops = FolderGraph.Loops(Graph.Value.Edges);

        Assert.That(loops.Select(loop => string.Join(" <-> ", loop) + ": " + Describe(loop)), Is.Empty);
    }

    [Test]
    public void DependencyInjection_UsedByNoOtherFolder()
    {
        var users = Graph.Value.Edges
            .Where(e => e.Value.ContainsKey("DependencyInjection"))
            .Select(e => e.Value["DependencyInjection"]);

        Assert.That(users, Is.Empty, "DependencyInjection is the top floor: it uses every feature, nothing inside the library uses it");
    }

    [TestCaseSource(nameof(ForbiddenCases))]
    public void Folder_DoesNotUse(string from, string to, string why)
    {
        var example = Graph.Value.Edges.TryGetValue(from, out var used) && used.TryGetValue(to, out var e) ? e : null;

        Assert.That(example, Is.Null, why);
    }

    [Test]
    public void Load_SeesUsesInSignaturesBodiesAndRegistrationClasses()
    {
        var graph = Graph.Value;

        // Sync implements Scheduling's listener (an interface implementation).
        Assert.That(graph.Uses("Sync", "Scheduling"), Is.True);
        // The glue above both services: its handler implements Webhooks' contract and calls Sync's refresher.
        Assert.That(graph.Uses("SyncFromWebhooks", "Sync") && graph.Uses("SyncFromWebhooks", "Webhooks"), Is.True);
        // The pipeline news up the budget handler over the limiter (method bodies and constructor signatures).
        Assert.That(graph.Uses("Http/Pipeline", "RateLimiting"), Is.True);
        // AddZoomConnector calls ZoomHttpPipeline.Add (a call in a method body of a DI extension class).
        Assert.That(graph.Uses("DependencyInjection", "Http/Pipeline"), Is.True);
        // DI extension classes count in their source folder, not in Microsoft.Extensions.DependencyInjection.
        Assert.That(graph.TypeFolders[typeof(ZoomSyncServiceCollectionExtensions).FullName!], Is.EqualTo("Sync"));
        Assert.That(graph.TypeFolders[typeof(ZoomServiceCollectionExtensions).FullName!], Is.EqualTo("DependencyInjection"));
    }

    [Test]
    public void ArchitectureDoc_FolderTable_IsTheCompiledGraph()
    {
        // docs/ARCHITECTURE.md's "folder graph as it is now" table must say what the assembly does: a new edge (or a
        // removed one) fails here with the line to write, so the doc a newcomer reads first cannot drift.
        var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Zoom.Connector.sln")))
        {
            folder = folder.Parent;
        }

        Assert.That(folder, Is.Not.Null, "Zoom.Connector.sln not found above the test directory");
        var documented = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var table = File.ReadLines(Path.Combine(folder!.FullName, "docs", "ARCHITECTURE.md"))
            .SkipWhile(line => !line.StartsWith("The folder graph as it is now", StringComparison.Ordinal))
            .Skip(1).SkipWhile(line => !line.StartsWith('|')).TakeWhile(line => line.StartsWith('|'));
        foreach (var line in table)
        {
            var match = System.Text.RegularExpressions.Regex.Match(line, @"^\| `(?<folder>[A-Za-z/]+)` \| (?<uses>.*) \|$");
            if (match.Success)
            {
                // "Api (the path guard reads ...), Http" -> Api, Http: the parentheses say why, not what.
                var uses = System.Text.RegularExpressions.Regex.Replace(match.Groups["uses"].Value, @"\([^()]*\)", string.Empty);
                documented[match.Groups["folder"].Value] = uses.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Order(StringComparer.Ordinal).ToArray();
            }
        }

        var compiled = Graph.Value.Edges.Where(e => e.Value.Count > 0).ToDictionary(
            e => e.Key, e => e.Value.Keys.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        var expected = string.Join(Environment.NewLine, compiled.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"| `{e.Key}` | {string.Join(", ", e.Value)} |"));
        Assert.That(documented.Keys.Order(StringComparer.Ordinal).ToArray(), Is.EqualTo(compiled.Keys.Order(StringComparer.Ordinal).ToArray()),
            "folders in docs/ARCHITECTURE.md's table; the compiled graph is:" + Environment.NewLine + expected);
        foreach (var (from, uses) in compiled)
        {
            var why = string.Join("; ", Graph.Value.Edges[from].OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}: {e.Value}"));
            Assert.That(documented[from], Is.EqualTo(uses), $"what `{from}` uses in docs/ARCHITECTURE.md's table ({why}); the compiled graph is:" + Environment.NewLine + expected);
        }
    }

    [Test]
    public void Loops_TwoFoldersUsingEachOther_AreReported()
    {
        var edges = new Dictionary<string, Dictionary<string, string>>
        {
            ["Sync"] = new() { ["Scheduling"] = "Sync.A uses Scheduling.B", ["Http"] = "x" },
            ["Scheduling"] = new() { ["Http"] = "y", ["Sync"] = "Scheduling.C uses Sync.D" },
            ["Http"] = new() { ["Models"] = "z" },
        };

        var loops = FolderGraph.Loops(edges);

        Assert.That(loops, Has.Count.EqualTo(1));
        Assert.That(loops[0], Is.EqualTo(new[] { "Scheduling", "Sync" }));
    }

    [Test]
    public void Loops_Layered_NoneReported()
    {
        var edges = new Dictionary<string, Dictionary<string, string>>
        {
            ["DependencyInjection"] = new() { ["Sync"] = "a", ["Http"] = "b" },
            ["Sync"] = new() { ["Scheduling"] = "c", ["Http"] = "d" },
            ["Scheduling"] = new() { ["Http"] = "e" },
        };

        Assert.That(FolderGraph.Loops(edges), Is.Empty);
    }

    private static string Describe(IReadOnlyList<string> loop)
        => string.Join("; ", loop.SelectMany(from => Graph.Value.Edges.TryGetValue(from, out var used)
            ? used.Where(u => loop.Contains(u.Key)).Select(u => u.Value)
            : []));
}
