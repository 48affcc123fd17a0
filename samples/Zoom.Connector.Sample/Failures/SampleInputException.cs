namespace Zoom.Connector.Sample.Failures;

/// <summary>
/// Input the app or the scheduler refused before anything was sent: printed as the option (or configuration key) and
/// the rule it broke, exit code 2.
/// </summary>
internal sealed class SampleInputException(string option, string rule, Exception? innerException = null, string kind = SampleFailure.Kinds.Input)
    : Exception($"{option}: {rule}", innerException)
{
    /// <summary>What the person changes: a CLI option (<c>--weekdays</c>), a configuration key or a file.</summary>
    public string Option { get; } = option;

    /// <summary>The rule it broke, in the person's terms.</summary>
    public string Rule { get; } = rule;

    /// <summary>The failure kind (<see cref="SampleFailure.Kinds"/>).</summary>
    public string Kind { get; } = kind;
}
