using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using NUnit.Framework;
using Zoom.Connector.Sample;

namespace Zoom.Connector.Docs.Tests;

/// <summary>
/// Every <c>dotnet run --project samples/Zoom.Connector.Sample -- ...</c> command of docs/sample.md, read from the
/// Markdown and run in doc order through the sample's in-process entry point (<see cref="SampleApp.RunAsync(string[], TextWriter, TextWriter, Action{Microsoft.Extensions.DependencyInjection.IServiceCollection}?, IConfiguration?)"/>)
/// against its built-in emulator, in one temporary folder (relative <c>--out</c> / <c>--ics</c> files go there).
/// <para>What is compared, for the blocks shown right after a command (directly, or after a paragraph naming stdout or
/// stderr): the exit code (0, or the code in a "(exit N...):" ending the sentence before the command, or the <c>"exit_code"</c> of a shown JSON
/// error); for JSON output, every <c>"key":</c> shown appears in the output; for text, every shown line appears in the
/// output once both are reduced to their shape: words with a digit (ids, numbers, random tokens) become <c>#</c>, weekday and month names <c>~</c>, absolute
/// paths <c>&lt;path&gt;</c>, whitespace runs one space. Lines the doc shortens (with "...") are not compared.</para>
/// <para>Changed to keep the suite fast: the rate budget is raised (<c>Zoom:RateLimit:PermitsPerWindow</c>) and a
/// documented <c>Zoom__Sync__IncrementalEvery</c> is shortened to one second. Commands for real Zoom (an
/// <c>export</c> of placeholder credentials) are not run.</para>
/// </summary>
[TestFixture]
public sealed partial class SampleDocCommandTests
{
    private const string Prefix = "dotnet run --project samples/Zoom.Connector.Sample --";

    private sealed record DocCommand(FencedBlock Block, string Line, IReadOnlyDictionary<string, string> Environment, int ExpectedExit, IReadOnlyList<(bool Stderr, FencedBlock Block)> Outputs);

    [Test]
    public async Task SampleDocCommands_RunInDocOrder_MatchTheShownOutput()
    {
        var commands = Commands(Markdown.Blocks("docs/sample.md"));
        Assert.That(commands, Has.Count.GreaterThanOrEqualTo(8), "docs/sample.md's commands were found");

        var folder = Directory.CreateTempSubdirectory("zoom-docs-sample-").FullName;
        try
        {
            var failures = new List<string>();
            foreach (var command in commands)
            {
                failures.AddRange(await RunAsync(command, folder));
            }

            Assert.That(failures, Is.Empty, string.Join(Environment.NewLine + Environment.NewLine, failures));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<IEnumerable<string>> RunAsync(DocCommand command, string folder)
    {
        var args = ShellWords(command.Line[Prefix.Length..])
            .Select(a => !Path.IsPathRooted(a) && (a.EndsWith(".jsonl", StringComparison.Ordinal) || a.EndsWith(".ics", StringComparison.Ordinal)) ? Path.Combine(folder, a) : a)
            .ToArray();
        var settings = new Dictionary<string, string?>
        {
            ["Zoom:RateLimit:PermitsPerWindow"] = "10000",
            ["Zoom:Emulator:DataPath"] = Path.Combine(folder, ".zoom-emulator"),   // the emulator's saved state stays in the test folder
        };
        foreach (var (name, value) in command.Environment)
        {
            settings[name.Replace("__", ":", StringComparison.Ordinal)] = name == "Zoom__Sync__IncrementalEvery" ? "00:00:01" : value;
        }

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var exit = await SampleApp.RunAsync(args, stdout, stderr, configure: null, new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), timeout.Token);

        var failures = new List<string>();
        var where = $"{command.Block} `{command.Line}`";
        if (exit != command.ExpectedExit)
        {
            failures.Add($"{where}: exit {exit}, the doc says {command.ExpectedExit}.{Environment.NewLine}{stderr}");
        }

        foreach (var (isStderr, block) in command.Outputs)
        {
            var actual = isStderr ? stderr.ToString() : stdout.ToString();
            var shown = block.Code.Split('\n').Select(static l => l.TrimEnd()).Where(static l => l.Trim().Length > 0).ToList();
            IEnumerable<string> missing = shown.Count > 0 && shown[0].Trim() == "{"
                ? shown.Select(static l => JsonKey().Match(l)).Where(static m => m.Success).Select(static m => m.Value).Where(k => !actual.Contains(k, StringComparison.Ordinal))
                : MissingLines(shown, actual);
            foreach (var line in missing)
            {
                failures.Add($"{where}: the {(isStderr ? "stderr" : "stdout")} shown at {block} has `{line}`, the output has no line of that shape:{Environment.NewLine}{actual}");
            }
        }

        return failures;
    }

    private static IEnumerable<string> MissingLines(IEnumerable<string> shown, string actual)
    {
        var shapes = actual.Split('\n').Select(Shape).ToHashSet(StringComparer.Ordinal);
        return shown.Where(static l => !l.Contains("...", StringComparison.Ordinal)).Where(l => !shapes.Contains(Shape(l)));
    }

    private static string Shape(string line)
    {
        var shape = AbsolutePath().Replace(line.Trim(), "<path>");
        shape = Digits().Replace(shape, "#");
        shape = Names().Replace(shape, "~");
        return Whitespace().Replace(shape, " ");
    }

    private static List<DocCommand> Commands(IReadOnlyList<FencedBlock> blocks)
    {
        var commands = new List<DocCommand>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var lines = blocks[i].Code.Split('\n').Select(static l => l.Trim()).ToList();
            var match = lines.Select(static l => CommandLine().Match(l)).FirstOrDefault(static m => m.Success);
            if (match is null || lines.Any(static l => l.StartsWith("export ", StringComparison.Ordinal)))
            {
                continue;   // not a command, or one for real Zoom with placeholder credentials
            }

            var environment = match.Groups["name"].Captures.Zip(match.Groups["value"].Captures)
                .ToDictionary(static p => p.First.Value, static p => p.Second.Value, StringComparer.Ordinal);
            var outputs = new List<(bool, FencedBlock)>();
            for (var j = i + 1; j < blocks.Count && !blocks[j].Code.Contains(Prefix, StringComparison.Ordinal); j++)
            {
                var before = blocks[j].Before;
                var named = StreamName().IsMatch(before);
                if (before.Length > 0 && !named)
                {
                    break;   // prose about something else: the command's output ended
                }

                var isStderr = before.Contains("stderr", StringComparison.Ordinal) && !before.Contains("stdout", StringComparison.Ordinal)
                    || blocks[j].Code.StartsWith("No Zoom credentials", StringComparison.Ordinal);
                outputs.Add((isStderr, blocks[j]));
            }

            var expected = ExitInProse().Match(blocks[i].Before) is { Success: true } e ? int.Parse(e.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
                : outputs.Select(static o => ExitInJson().Match(o.Item2.Code)).FirstOrDefault(static m => m.Success) is { } j2 ? int.Parse(j2.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
                : 0;
            commands.Add(new DocCommand(blocks[i], match.Groups["command"].Value, environment, expected, outputs));
        }

        return commands;
    }

    /// <summary>Splits a POSIX shell command line: whitespace separates words; single and double quotes group them.</summary>
    internal static List<string> ShellWords(string line)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
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

        Assert.That(quote, Is.Null, $"balanced quotes in `{line}`");
        if (inWord)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    [GeneratedRegex(@"^(?:(?<name>[A-Za-z_][A-Za-z0-9_]*)=(?<value>\S+)\s+)*(?<command>dotnet run --project samples/Zoom\.Connector\.Sample -- .*)$")]
    private static partial Regex CommandLine();

    [GeneratedRegex(@"\b(stdout|stderr)\b")]
    private static partial Regex StreamName();

    [GeneratedRegex(@"\(exit (\d+)[^()]*\):$")]
    private static partial Regex ExitInProse();

    [GeneratedRegex(@"""exit_code"":\s*(\d+)")]
    private static partial Regex ExitInJson();

    [GeneratedRegex(@"""[a-z_]+"":")]
    private static partial Regex JsonKey();

    [GeneratedRegex(@"(?<![\w:/])/[^\s()]+")]
    private static partial Regex AbsolutePath();

    [GeneratedRegex(@"[A-Za-z0-9]*[0-9][A-Za-z0-9]*")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b")]
    private static partial Regex Names();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
