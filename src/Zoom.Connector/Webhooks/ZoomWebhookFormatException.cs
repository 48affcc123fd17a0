namespace Zoom.Connector.Webhooks;

/// <summary>A webhook body cannot be read: not JSON, or a required field is missing or of the wrong type. The message names the field, never its value.</summary>
public sealed class ZoomWebhookFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong (no values).</param>
    /// <param name="field">The field, e.g. <c>event_ts</c> or <c>payload.object</c>.</param>
    /// <param name="innerException">The parser's exception, when there is one.</param>
    public ZoomWebhookFormatException(string message, string field, Exception? innerException = null)
        : base(message, innerException)
    {
        Field = field;
    }

    /// <summary>Creates the exception with a default message.</summary>
    public ZoomWebhookFormatException()
        : this("The webhook body cannot be read.", "body")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong (no values).</param>
    public ZoomWebhookFormatException(string message)
        : this(message, "body")
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">What is wrong (no values).</param>
    /// <param name="innerException">The cause.</param>
    public ZoomWebhookFormatException(string message, Exception innerException)
        : this(message, "body", innerException)
    {
    }

    /// <summary>The field that could not be read, e.g. <c>event</c>, <c>event_ts</c>, <c>payload</c> or <c>body</c>.</summary>
    public string Field { get; }
}
