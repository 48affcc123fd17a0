using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Zoom.Connector.Docs.Tests;

/// <summary>A fenced code block of a Markdown file, with the prose and the harness marker just before it.</summary>
/// <param name="File">The file, relative to the repository root.</param>
/// <param name="Line">The 1-based line of the opening fence.</param>
/// <param name="Language">The fence's info string (<c>csharp</c>, <c>bash</c>, or empty).</param>
/// <param name="Code">The block's text.</param>
/// <param name="Before">The paragraph of prose just before the block (empty when the block follows another block).</param>
/// <param name="Marker">The text of a <c>&lt;!-- snippet: ... --&gt;</c> comment just before the block, if any.</param>
public sealed record FencedBlock(string File, int Line, string Language, string Code, string Before, string? Marker)
{
    /// <summary>Shown in test names.</summary>
    public override string ToString() => $"{File}:{Line}";
}

/// <summary>Reads the repository's Markdown at test time, so the tests always see the docs as they are.</summary>
public static partial class Markdown
{
    /// <summary>README.md and every docs/*.md (relative paths, sorted).</summary>
    public static IReadOnlyList<string> DocumentFiles()
    {
        var root = RepositoryRoot();
        return
        [
            "README.md",
            .. Directory.GetFiles(Path.Combine(root, "docs"), "*.md")
                .Select(f => "docs/" + Path.GetFileName(f))
                .Order(StringComparer.Ordinal),
        ];
    }

    /// <summary>Every fenced block of <paramref name="relativePath"/>.</summary>
    public static IReadOnlyList<FencedBlock> Blocks(string relativePath)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), relativePath));
        var blocks = new List<FencedBlock>();
        var prose = new List<string>();
        string? marker = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (trimmed.StartsWith("```", StringComparison.Ordinal))
            {
                var language = trimmed[3..].Trim();
                var start = i;
                var code = new List<string>();
                for (i++; i < lines.Length && !lines[i].Trim().StartsWith("```", StringComparison.Ordinal); i++)
                {
                    code.Add(lines[i]);
                }

                Assert.That(i, Is.LessThan(lines.Length), $"{relativePath}:{start + 1}: the code fence is never closed");
                blocks.Add(new FencedBlock(relativePath, start + 1, language, string.Join('\n', code), string.Join(' ', prose).Trim(), marker));
                prose.Clear();
                marker = null;
                continue;
            }

            var match = MarkerPattern().Match(trimmed);
            if (match.Success)
            {
                marker = match.Groups[1].Value.Trim();
            }
            else if (trimmed.Length == 0)
            {
                // A blank line ends a paragraph; keep only the last paragraph before a block.
                if (prose.Count > 0 && i + 1 < lines.Length && lines[i + 1].Trim().Length > 0 && !lines[i + 1].Trim().StartsWith("```", StringComparison.Ordinal)
                    && !MarkerPattern().IsMatch(lines[i + 1].Trim()))
                {
                    prose.Clear();
                }
            }
            else
            {
                prose.Add(trimmed);
            }
        }

        return blocks;
    }

    /// <summary>The folder that holds Zoom.Connector.sln and README.md.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Zoom.Connector.sln")) && File.Exists(Path.Combine(directory.FullName, "README.md")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Zoom.Connector.sln) was not found above the test directory.");
    }

    [GeneratedRegex(@"^<!--\s*snippet:(.*?)-->$")]
    private static partial Regex MarkerPattern();
}
