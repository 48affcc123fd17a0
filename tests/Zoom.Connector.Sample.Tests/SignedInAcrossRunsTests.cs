using System.Diagnostics;
using NUnit.Framework;

namespace Zoom.Connector.Sample.Tests;

/// <summary>
/// <c>--as</c> keeps a person signed in across runs: two processes of the sample in sequence over one data folder
/// (the built-in emulator's state and the local token store in it); the second signs nobody in.
/// </summary>
[TestFixture]
public sealed class SignedInAcrossRunsTests
{
    private const string Person = "henrik.kowalski1@example.com";   // an active user of the emulator's generated account

    private string _folder = null!;

    [SetUp]
    public void SetUp() => _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "zoom-sample-tests", Guid.NewGuid().ToString("N"))).FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task MeetingsCreateAs_SecondProcessForTheSamePerson_UsesTheStoredSignIn()
    {
        var first = await RunProcessAsync("meetings", "create", "--topic", "First as Henrik", "--start", "tomorrow@09:00", "--duration", "30", "--as", Person);
        var second = await RunProcessAsync("meetings", "create", "--topic", "Second as Henrik", "--start", "tomorrow@10:00", "--duration", "30", "--as", Person);
        var signedIn = Path.Combine(_folder, "state", "signed-in");
        var files = Directory.GetFiles(signedIn);

        Assert.That(first.Exit, Is.Zero, first.Stderr);
        Assert.That(first.Stderr, Does.Contain($"Signed in {Person} through the emulator's OAuth app").And.Contain("stay signed in for later runs"));
        Assert.That(second.Exit, Is.Zero, second.Stderr);
        Assert.That(second.Stderr, Does.Contain($"{Person} is still signed in (tokens kept encrypted in {signedIn})"));
        Assert.That(second.Stderr, Does.Not.Contain("Signed in " + Person), "no second sign-in");
        Assert.That(second.Stdout, Does.Contain("Host:       " + Person));
        Assert.That(files, Has.Some.EndsWith(".token"));
        Assert.That(string.Join('\n', files.Select(f => Path.GetFileName(f) + File.ReadAllText(f))), Does.Not.Contain("henrik"), "names are hashes, contents encrypted");
        if (!OperatingSystem.IsWindows())
        {
            Assert.That(File.GetUnixFileMode(signedIn), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
        }
    }

    private async Task<(int Exit, string Stdout, string Stderr)> RunProcessAsync(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = _folder,
        };
        info.ArgumentList.Add(typeof(SampleApp).Assembly.Location);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["Zoom__Emulator__DataPath"] = Path.Combine(_folder, "state");
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
