using NUnit.Framework;

namespace Zoom.Connector.Testing.Tests;

/// <summary>docs/emulator.md's coverage table says exactly which operations the emulator serves, as the emulator answers.</summary>
[TestFixture]
public sealed class CoverageTableTests
{
    private static string RepositoryFile(string relative)
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Zoom.Connector.sln")))
            {
                return Path.Combine(folder.FullName, relative);
            }
        }

        throw new FileNotFoundException("The repository root (Zoom.Connector.sln) was not found above the test folder.");
    }

    /// <summary>Rows of the table under "## Coverage": | family | method | path | operation | served | how |.</summary>
    private static List<(string Method, string Path, string OperationId, bool Served)> TableRows()
    {
        var lines = File.ReadAllLines(RepositoryFile("docs/emulator.md"));
        var start = Array.FindIndex(lines, l => l.StartsWith("## Coverage", StringComparison.Ordinal));
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "docs/emulator.md has no '## Coverage' section.");
        return lines.Skip(start)
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal))
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .Where(c => c.Length >= 7 && c[2] is "GET" or "POST" or "PUT" or "PATCH" or "DELETE")
            .Select(c => (c[2], c[3].Trim('`'), c[4].Trim('`'), c[5] switch
            {
                "yes" => true,
                "no" => false,
                _ => throw new AssertionException($"Served column must be yes or no, got '{c[5]}' for {c[2]} {c[3]}."),
            }))
            .ToList();
    }

    [Test]
    public async Task CoverageTable_EveryOperation_MatchesWhatTheEmulatorServes()
    {
        var probed = (await EmulatorCoverage.ProbeAsync()).Select(o => (o.Method, o.PathTemplate, o.OperationId, o.Served)).ToList();

        var table = TableRows();

        Assert.That(table, Has.Count.EqualTo(101));
        Assert.That(table, Is.EquivalentTo(probed));
    }
}
