namespace Zoom.Connector.Sample.Failures;

/// <summary>The app's exit codes (docs/sample.md "Errors and exit codes" lists them for scripts).</summary>
internal static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Ok = 0;

    /// <summary>Zoom refused the request, or Zoom (or its OAuth server) could not be reached.</summary>
    public const int Refused = 1;

    /// <summary>Refused before anything was sent: a bad option, bad configuration, a local file, or the scheduler's rules.</summary>
    public const int Usage = 2;

    /// <summary><c>sync</c> completed, but the veto held its deletions back.</summary>
    public const int Vetoed = 3;

    /// <summary>Stopped by Ctrl+C (a sync keeps its checkpoint).</summary>
    public const int Cancelled = 130;
}
