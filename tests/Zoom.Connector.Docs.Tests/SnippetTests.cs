using NUnit.Framework;

namespace Zoom.Connector.Docs.Tests;

/// <summary>
/// Every ```csharp block of README.md and docs/*.md, read from the Markdown at test time, compiled with Roslyn and run
/// against the Zoom emulator (see <see cref="SnippetProgram"/> and <see cref="DocHarness"/>). A block may carry one
/// marker in the line before it: <c>&lt;!-- snippet: usings --&gt;</c> (the using lines every snippet gets, from
/// docs/namespaces.md), <c>&lt;!-- snippet: compile-only REASON --&gt;</c> or <c>&lt;!-- snippet: skip REASON --&gt;</c>.
/// </summary>
[TestFixture]
[NonParallelizable]   // snippets write relative files, so each runs in its own current folder
public sealed class SnippetTests
{
    /// <summary>Usings the harness's own declarations need; the docs' using lines come on top.</summary>
    private static readonly string[] HarnessUsings =
    [
        "using System;", "using System.Collections.Generic;", "using System.IO;", "using System.Linq;", "using System.Net.Http;",
        "using System.Threading;", "using System.Threading.Tasks;",
        "using Microsoft.AspNetCore.Builder;", "using Microsoft.Extensions.Configuration;", "using Zoom.Connector.Docs.Tests.HostTypes;",
    ];

    public static IEnumerable<TestCaseData> Snippets()
        => Markdown.DocumentFiles()
            .SelectMany(Markdown.Blocks)
            .Where(static b => b.Language is "csharp" or "cs")
            .Select(static b => new TestCaseData(b).SetArgDisplayNames(b.ToString()));

    [Test]
    public void Snippets_InReadmeAndDocs_AreFound()
    {
        var blocks = Snippets().Select(static d => (FencedBlock)d.Arguments[0]!).ToList();
        Assert.That(blocks.Select(static b => b.File), Has.Member("README.md").And.Member("docs/scheduling.md").And.Member("docs/namespaces.md"));
        Assert.That(blocks.Count(static b => b.Marker is null), Is.GreaterThan(15), "most snippets run without a marker");
        Assert.That(
            blocks.Where(static b => b.Marker is { } m && (m.StartsWith("skip", StringComparison.Ordinal) || m.StartsWith("compile-only", StringComparison.Ordinal))),
            Has.All.Matches<FencedBlock>(static b => b.Marker!.Split(' ', 2).Length == 2 && b.Marker.Split(' ', 2)[1].Trim().Length > 10),
            "every skip or compile-only marker gives its reason");
    }

    [TestCaseSource(nameof(Snippets))]
    public async Task Snippet_CompiledAndRunAgainstTheEmulator_Succeeds(FencedBlock block)
    {
        var marker = block.Marker ?? string.Empty;
        if (marker.StartsWith("skip", StringComparison.Ordinal))
        {
            Assert.Ignore($"{block}: {marker}");
        }

        var source = SnippetProgram.Generate(block, [.. HarnessUsings, .. DocUsings()]);
        var assembly = SnippetProgram.Compile(block, source);
        if (marker.StartsWith("usings", StringComparison.Ordinal) || marker.StartsWith("compile-only", StringComparison.Ordinal))
        {
            Assert.That(assembly.GetType("DocSnippetProgram"), Is.Not.Null, source);
            return;
        }

        var folder = Directory.CreateTempSubdirectory("zoom-docs-snippet-").FullName;
        var previous = Environment.CurrentDirectory;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            Environment.CurrentDirectory = folder;
            await using var harness = new DocHarness(folder, timeout.Token);
            var called = await SnippetProgram.RunAsync(assembly, harness);
            TestContext.Out.WriteLine($"{block}: ran; methods called: {string.Join(", ", called)}; endpoints requested: {harness.EndpointsProbed}");
        }
        finally
        {
            Environment.CurrentDirectory = previous;
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The using lines docs/namespaces.md lists (its blocks marked <c>usings</c>).</summary>
    private static IEnumerable<string> DocUsings()
        => Markdown.Blocks("docs/namespaces.md")
            .Where(static b => b.Marker?.StartsWith("usings", StringComparison.Ordinal) == true)
            .SelectMany(static b => b.Code.Split('\n'))
            .Select(static l => l.Trim())
            .Where(static l => l.StartsWith("using ", StringComparison.Ordinal));
}
