namespace Zoom.Connector.Testing;

/// <summary>
/// The emulator's data folder cannot be used: its state file is corrupt, was written by a newer version, holds an
/// account generated with other options, or stays locked by another process. The message names the file and how to
/// start over; the file itself is left untouched.
/// </summary>
public sealed class ZoomEmulatorStateException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="statePath">The state file concerned.</param>
    /// <param name="message">What is wrong and how to reset.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public ZoomEmulatorStateException(string statePath, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        StatePath = statePath;
    }

    /// <summary>Creates the exception without a file (for serializers and analyzers).</summary>
    public ZoomEmulatorStateException()
        : this(string.Empty, "The emulator's data folder cannot be used.")
    {
    }

    /// <summary>Creates the exception without a file.</summary>
    /// <param name="message">What is wrong.</param>
    public ZoomEmulatorStateException(string message)
        : this(string.Empty, message)
    {
    }

    /// <summary>Creates the exception without a file.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The underlying error.</param>
    public ZoomEmulatorStateException(string message, Exception innerException)
        : this(string.Empty, message, innerException)
    {
    }

    /// <summary>The full path of the state file concerned.</summary>
    public string StatePath { get; }
}
