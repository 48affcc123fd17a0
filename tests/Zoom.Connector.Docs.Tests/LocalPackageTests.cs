using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NUnit.Framework;

namespace Zoom.Connector.Docs.Tests;

/// <summary>
/// The README's way to use the library before it is on nuget.org, followed as a new user would: pack the repository
/// into a folder, put the README's nuget.config beside a new app, <c>dotnet add package</c> with the README's version,
/// then build and run that app against the emulator. The commands and the nuget.config come from README.md.
/// <para>Two deliberate differences: the pack step is <c>--no-build</c> in the configuration this suite was built in
/// (the suite runs after the build, and must not rebuild the assemblies it is running), and the new app restores into
/// its own packages folder (<c>NUGET_PACKAGES</c>), so a package packed from older code and cached under the same
/// version can never stand in for the one just packed.</para>
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed partial class LocalPackageTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private string _root = null!;
    private string _packages = null!;
    private string _readme = null!;

    /// <summary>Step 1, shared: the README's pack command, into the folder it names, beside where the app will be.</summary>
    [OneTimeSetUp]
    public async Task PackAsTheReadmeSays()
    {
        _root = Directory.CreateTempSubdirectory("zoom-local-package-").FullName;
        _readme = await File.ReadAllTextAsync(Path.Combine(Markdown.RepositoryRoot(), "README.md"));
        var pack = ReadmeCommand(_readme, "dotnet pack ");
        var output = PackOutput().Match(pack);
        Assert.That(output.Success, Is.True, "the README's pack command names its output folder with -o: " + pack);
        _packages = Path.Combine(_root, Path.GetFileName(output.Groups["dir"].Value));
        var packArgs = pack.Replace(output.Value, $" -o {_packages}", StringComparison.Ordinal)
            .Replace("-c Release", $"-c {Configuration}", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..];
        await RunAsync(Markdown.RepositoryRoot(), [.. packArgs, "--no-build"]);
    }

    [OneTimeTearDown]
    public void TearDown() => Directory.Delete(_root, recursive: true);

    [Test]
    public async Task ReadmeLocalPackageSteps_NewConsoleApp_SchedulesAMeetingOnTheEmulator()
    {
        var add = ReadmeCommand(_readme, "dotnet add package Zoom.Connector --version ");
        var nugetConfig = Markdown.Blocks("README.md").Single(b => b.Language == "xml" && b.Code.Contains("<packageSources>", StringComparison.Ordinal)).Code;

        // The README's version is the one the repository packs.
        var version = add.Split(' ')[^1];
        var props = XDocument.Load(Path.Combine(Markdown.RepositoryRoot(), "Directory.Build.props"));
        Assert.That(version, Is.EqualTo(props.Descendants("Version").Single().Value), "README's --version is Directory.Build.props' <Version>");
        Assert.That(Directory.GetFiles(_packages, "*.nupkg").Select(Path.GetFileName), Does.Contain($"Zoom.Connector.{version}.nupkg").And.Contain($"Zoom.Connector.Testing.{version}.nupkg"));

        // 2. A new app beside the packages folder, with the README's nuget.config.
        var app = Directory.CreateDirectory(Path.Combine(_root, "app")).FullName;
        await File.WriteAllTextAsync(Path.Combine(app, "nuget.config"), nugetConfig);
        await File.WriteAllTextAsync(Path.Combine(app, "App.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(Path.Combine(app, "Program.cs"), """
            using Microsoft.Extensions.DependencyInjection;
            using Zoom.Connector.Scheduling;

            var services = new ServiceCollection();
            services.AddZoomConnector(_ => { }).UseZoomEmulator();
            await using var provider = services.BuildServiceProvider();
            var meeting = await provider.GetRequiredService<IZoomMeetingScheduler>().ScheduleAsync(new ScheduleMeetingRequest
            {
                Topic = "From the local package",
                Start = DateOnly.FromDateTime(DateTime.Today).AddDays(2).ToDateTime(new TimeOnly(9, 0)),
                TimeZone = "Europe/Paris",
                Duration = TimeSpan.FromMinutes(30),
            });
            Console.WriteLine($"Scheduled {meeting.Id}: {meeting.Topic}");
            """);

        // 3. The README's add command, and the same for the emulator package ("likewise").
        await RunAsync(app, add.Split(' ')[1..]);
        await RunAsync(app, add.Replace("Zoom.Connector ", "Zoom.Connector.Testing ", StringComparison.Ordinal).Split(' ')[1..]);
        var stdout = await RunAsync(app, ["run"]);

        Assert.That(stdout, Does.Match(@"Scheduled \d+: From the local package"));
    }

    /// <summary>
    /// docs/emulator.md's tool install, with <c>--tool-path</c> for <c>--global</c> (a test leaves the machine's global
    /// tools alone): the installed <c>zoom-emulator</c> starts, prints its settings and answers its health endpoint.
    /// </summary>
    [Test]
    public async Task EmulatorDocToolInstall_FromThePackedFolder_ServesHealth()
    {
        var install = Markdown.Blocks("docs/emulator.md")
            .Where(b => b.Language == "bash")
            .SelectMany(b => b.Code.Split('\n'))
            .Select(l => l.Split('#')[0].Trim())
            .Select(l => l.Split("&&", StringSplitOptions.TrimEntries)[^1])
            .FirstOrDefault(l => l.StartsWith("dotnet tool install ", StringComparison.Ordinal));
        Assert.That(install, Is.Not.Null.And.Contains("--global").And.Contains("--add-source"), "docs/emulator.md shows the tool install");
        var tools = Path.Combine(_root, "tools");
        var args = install!.Replace("--global", $"--tool-path {tools}", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
            .Select(a => a == "./nupkgs" ? _packages : a);
        await RunAsync(_root, [.. args]);

        var info = new ProcessStartInfo(Path.Combine(tools, "zoom-emulator")) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])["--port", "0", "--users", "3"])
        {
            info.ArgumentList.Add(arg);
        }

        using var server = Process.Start(info)!;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            var first = await server.StandardOutput.ReadLineAsync(timeout.Token);
            Assert.That(first, Does.StartWith("Zoom__BaseUrl=http://127.0.0.1:"), "the first line points a connector at the server");
            var baseUrl = new Uri(first!["Zoom__BaseUrl=".Length..]);
            using var http = new HttpClient();
            var health = await http.GetStringAsync(new Uri(baseUrl, "/__emulator/health"), timeout.Token);
            Assert.That(health, Does.Contain("\"status\":\"ok\"").And.Contain("\"users\":3"));
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    /// <summary>The command (comment cut) of the first line in a bash block of the README that starts with <paramref name="start"/>.</summary>
    private static string ReadmeCommand(string readme, string start)
    {
        var line = Markdown.Blocks("README.md")
            .Where(b => b.Language == "bash")
            .SelectMany(b => b.Code.Split('\n'))
            .Select(l => l.Split('#')[0].Trim())
            .FirstOrDefault(l => l.StartsWith(start, StringComparison.Ordinal));
        Assert.That(line, Is.Not.Null, $"README.md has a bash line starting with '{start}'");
        Assert.That(readme, Does.Contain(line));
        return line!;
    }

    private async Task<string> RunAsync(string directory, IReadOnlyList<string> args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = directory,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        if (directory != Markdown.RepositoryRoot())
        {
            // The new app (and the tool) restore into a folder of this test, never the machine's cache.
            info.Environment["NUGET_PACKAGES"] = Path.Combine(_root, "nuget-packages");
        }

        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        // No build server or node outlives the command: one would hold the redirected output open (and the CPU).
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        info.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        info.Environment["UseSharedCompilation"] = "false";

        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet {string.Join(' ', args)} did not finish in 4 minutes");
        }

        Assert.That(process.ExitCode, Is.Zero, $"dotnet {string.Join(' ', args)} in {directory}:\n{await stdout}\n{await stderr}");
        return await stdout;
    }

    [GeneratedRegex(@" -o (?<dir>\S+)")]
    private static partial Regex PackOutput();
}
