namespace Zoom.Connector.Tests.Infrastructure;

/// <summary>Reads JSON payloads kept in the Fixtures folder (shaped like the examples in Zoom's spec).</summary>
public static class Fixtures
{
    public static string Read(string name)
        => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
