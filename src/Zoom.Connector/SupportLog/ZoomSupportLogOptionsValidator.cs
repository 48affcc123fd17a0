using Microsoft.Extensions.Options;

namespace Zoom.Connector.SupportLog;

/// <summary>Checks <see cref="ZoomSupportLogOptions"/>, naming the full key of each problem (never its value).</summary>
internal sealed class ZoomSupportLogOptionsValidator : IValidateOptions<ZoomSupportLogOptions>
{
    private const string Prefix = "Zoom:" + ZoomSupportLogOptions.SectionName + ":";

    public ValidateOptionsResult Validate(string? name, ZoomSupportLogOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Retention <= TimeSpan.Zero || options.Retention > TimeSpan.FromDays(366))
        {
            failures.Add(Prefix + "Retention must be more than zero and at most 366 days.");
        }

        if (options.MaxEntries < 1 || options.MaxEntries > 10_000_000)
        {
            failures.Add(Prefix + "MaxEntries must be between 1 and 10,000,000.");
        }

        if (!Enum.IsDefined(options.Store))
        {
            failures.Add(Prefix + "Store must be Memory or File.");
        }

        if (options.Store == ZoomSupportLogStoreKind.File)
        {
            if (string.IsNullOrWhiteSpace(options.Directory))
            {
                failures.Add(Prefix + "Directory is required when Zoom:SupportLog:Store is File.");
            }
            else if (options.Directory.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            {
                failures.Add(Prefix + "Directory contains characters that are not allowed in a path.");
            }
        }

        if (options.IdentityHashKey is { } key && key.Length < 16)
        {
            failures.Add(Prefix + "IdentityHashKey must be at least 16 characters when set.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
