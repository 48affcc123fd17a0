using System.Text;
using Microsoft.Extensions.Configuration;
using NUnit.Framework;

namespace Zoom.Connector.Sample.Tests;

/// <summary>The README's first command, read from README.md (not copied here) and run as written, on today's real clock.</summary>
[TestFixture]
public sealed partial class ReadmeCommandTests
{
    private const string Prefix = "dotnet run --project samples/Zoom.Connector.Sample --";

    [Test]
    public async Task ReadmeFirstCommand_RunAsWritten_Succeeds()
    {
        var command = FirstSampleCommand(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "README.md")));
        Assert.That(command, Does.StartWith(Prefix), "the README's first command runs the sample");
        var args = ShellWords(command[Prefix.Length..]);
        Assert.That(string.Join(' ', args), Does.Not.Match(@"\d{4}-\d{2}-\d{2}"), "no absolute date that can fall into the past");

        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "zoom-sample-tests", Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            // The emulator's state and the support log go to a folder of this test (the sample's defaults are
            // .zoom-emulator/ and .zoom-support-log/ in the current directory).
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Zoom:Emulator:DataPath"] = folder,
                ["Zoom:SupportLog:Directory"] = Path.Combine(folder, ".zoom-support-log"),
            }).Build();
            var (exit, stdout, stderr) = await RunAsync([.. args], configuration);

            Assert.That(exit, Is.Zero, stderr);
            Assert.That(stdout, Does.StartWith("Meeting scheduled:"));

            // Every next step the sample prints works in the next process (a new host over the same data folder).
            var next = NextSteps().Match(stdout);
            Assert.That(next.Success, Is.True, "the sample prints the next steps: " + stdout);
            var ics = Path.Combine(folder, next.Groups["ics"].Value);
            var show = await RunAsync(["meetings", "show", next.Groups["id"].Value], configuration);
            var invitation = await RunAsync(["meetings", "invitation", next.Groups["id2"].Value, "--ics", ics], configuration);

            Assert.That(show.Exit, Is.Zero, show.Stderr);
            Assert.That(invitation.Exit, Is.Zero, invitation.Stderr);
            Assert.That(File.ReadAllText(ics), Does.Contain("BEGIN:VCALENDAR"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string[] args, IConfiguration configuration)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await SampleApp.RunAsync(args, stdout, stderr, configure: null, configuration: configuration);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"meetings show (?<id>\d+)\s+\|\s+calendar file: meetings invitation (?<id2>\d+) --ics (?<ics>\S+)")]
    private static partial System.Text.RegularExpressions.Regex NextSteps();

    /// <summary>The first line starting with <c>dotnet run</c> inside the first fenced code block that has one.</summary>
    private static string FirstSampleCommand(string markdown)
    {
        var inFence = false;
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.TrimEnd('\r').Trim();
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence && line.StartsWith("dotnet run ", StringComparison.Ordinal))
            {
                return line;
            }
        }

        throw new AssertionException("README.md has no `dotnet run` command in a code block.");
    }

    /// <summary>Splits a POSIX shell command line: whitespace separates words; single and double quotes group them.</summary>
    private static List<string> ShellWords(string line)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        var inWord = false;
        char? quote = null;
        foreach (var c in line)
        {
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(current.ToString());
                    current.Clear();
                    inWord = false;
                }
            }
            else
            {
                current.Append(c);
                inWord = true;
            }
        }

        Assert.That(quote, Is.Null, "balanced quotes");
        if (inWord)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Zoom.Connector.sln")) && File.Exists(Path.Combine(directory.FullName, "README.md")))
            {
                return directory.FullName;
            }
        }

        throw new AssertionException("The repository root (Zoom.Connector.sln) was not found above the test directory.");
    }
}
