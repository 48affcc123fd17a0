using System.Text.Json;
using Microsoft.Extensions.Configuration;
using NUnit.Framework;
using Zoom.Connector.Sample;

namespace Zoom.Connector.Docs.Tests;

/// <summary>
/// The commands README.md and docs/*.md show outside docs/sample.md (which <see cref="SampleDocCommandTests"/> runs in
/// full), read from the Markdown: every project a command names exists; the sample's commands run in-process and
/// succeed; the standalone emulator's commands are parsed by the server itself and started (on a free port instead of
/// the shown one, with its data folder in a temp folder) and answer <c>/__emulator/health</c> with the options shown.
/// The web sample's commands are only checked for their project: tests/Zoom.Connector.WebSample.Tests runs that app,
/// also against the standalone server as docs/websample.md shows. Benchmark commands are checked for their project
/// only (they run for minutes by design).
/// </summary>
[TestFixture]
public sealed partial class DocCommandTests
{
    private const string SampleProject = "samples/Zoom.Connector.Sample";
    private const string EmulatorProject = "src/Zoom.Connector.Emulator";

    public sealed record DocLine(string File, int Line, string Command)
    {
        public override string ToString() => $"{File}:{Line}";
    }

    public static IEnumerable<DocLine> Commands()
    {
        foreach (var file in Markdown.DocumentFiles().Where(f => f != "docs/sample.md"))
        {
            foreach (var block in Markdown.Blocks(file).Where(b => b.Language is "bash" or "" or "sh"))
            {
                var lines = block.Code.Split('\n');
                for (var i = 0; i < lines.Length; i++)
                {
                    // A trailing comment, a redirect to a log file and a background '&' are the shell's, not the command's.
                    var line = lines[i].Split(" #")[0].Split(" > ")[0].Trim().TrimEnd('&').Trim();
                    foreach (var command in line.Split(" && "))
                    {
                        // Environment assignments before a command (WEBSAMPLE_SCREENSHOTS=1 dotnet test ...) are the shell's too.
                        var words = EnvironmentPrefix().Replace(command.Trim(), string.Empty);
                        if (words.StartsWith("dotnet run ", StringComparison.Ordinal) || words.StartsWith("dotnet test ", StringComparison.Ordinal)
                            || words.StartsWith("zoom-emulator ", StringComparison.Ordinal) || words.StartsWith("dotnet pack ", StringComparison.Ordinal))
                        {
                            yield return new DocLine(file, block.Line + 1 + i, words);
                        }
                    }
                }
            }
        }
    }

    [Test]
    public void Commands_AreFound() => Assert.That(Commands().Count(), Is.GreaterThanOrEqualTo(10), "the docs' commands were read");

    [TestCaseSource(nameof(Commands))]
    public async Task DocCommand_AsShown_Works(DocLine doc)
    {
        var words = SampleDocCommandTests.ShellWords(doc.Command);
        var separator = words.IndexOf("--");
        var dotnetArgs = separator < 0 ? words : words[..separator];
        var programArgs = separator < 0 ? [] : words[(separator + 1)..];
        var project = words[0] == "zoom-emulator" ? EmulatorProject : ProjectOf(dotnetArgs);
        if (project is not null)
        {
            Assert.That(Directory.GetFiles(Path.Combine(Markdown.RepositoryRoot(), project), "*.csproj"), Is.Not.Empty, $"{doc}: the project {project} exists");
        }

        if (project == SampleProject && words[1] == "run")
        {
            await RunSampleAsync(doc, programArgs);
        }
        else if (project == EmulatorProject && (words[0] == "zoom-emulator" || words[1] == "run"))
        {
            await StartEmulatorAsync(doc, words[0] == "zoom-emulator" ? words[1..] : programArgs);
        }
    }

    /// <summary>The path after <c>--project</c>, or the first path-like word (<c>dotnet test tests/X</c>, <c>dotnet pack src/X</c>).</summary>
    private static string? ProjectOf(List<string> dotnetArgs)
    {
        var index = dotnetArgs.IndexOf("--project");
        if (index >= 0)
        {
            return dotnetArgs[index + 1].TrimEnd('/');
        }

        return dotnetArgs.Skip(2).FirstOrDefault(w => !w.StartsWith('-') && (w.StartsWith("src/", StringComparison.Ordinal) || w.StartsWith("tests/", StringComparison.Ordinal) || w.StartsWith("samples/", StringComparison.Ordinal)))?.TrimEnd('/');
    }

    private static async Task RunSampleAsync(DocLine doc, List<string> args)
    {
        var folder = Directory.CreateTempSubdirectory("zoom-doc-command-").FullName;
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Zoom:Emulator:DataPath"] = Path.Combine(folder, ".zoom-emulator"),
                ["Zoom:SupportLog:Directory"] = Path.Combine(folder, ".zoom-support-log"),
            }).Build();
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var exit = await SampleApp.RunAsync([.. args], stdout, stderr, configure: null, configuration, timeout.Token);

            Assert.That(exit, Is.Zero, $"{doc} `{doc.Command}`:{Environment.NewLine}{stderr}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task StartEmulatorAsync(DocLine doc, List<string> args)
    {
        var folder = Directory.CreateTempSubdirectory("zoom-doc-emulator-").FullName;
        try
        {
            // The shown port may be taken on this machine and the shown data folder is relative to where a person
            // stands: both are replaced; every other option is the doc's, parsed and applied by the server.
            var shown = new List<string>();
            for (var i = 0; i < args.Count; i++)
            {
                if (args[i] is "--port" or "--data")
                {
                    i++;
                    continue;
                }

                shown.Add(args[i]);
            }

            await using var server = await RunningEmulatorServer.StartAsync([.. shown, "--data", folder]);
            using var client = server.Client();
            using var health = JsonDocument.Parse(await client.GetStringAsync(new Uri("/__emulator/health", UriKind.Relative)));

            Assert.That(health.RootElement.GetProperty("status").GetString(), Is.EqualTo("ok"), $"{doc} `{doc.Command}`");
            var redirect = shown.IndexOf("--redirect-uri");
            if (redirect >= 0)
            {
                Assert.That(server.EnvironmentLines, Does.Contain("Zoom__Actions__RedirectUri=" + shown[redirect + 1]), $"{doc}: the shown --redirect-uri is the one printed");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^([A-Z][A-Z0-9_]*=\S*\s+)+")]
    private static partial System.Text.RegularExpressions.Regex EnvironmentPrefix();
}
