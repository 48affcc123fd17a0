using Microsoft.Extensions.Options;
using Zoom.Connector.Http;

namespace Zoom.Connector.Sync;

/// <summary>Validates <c>Zoom:Sync</c>; messages name the key, never the value.</summary>
internal sealed class ZoomSyncOptionsValidator(ZoomConfigurationPath path) : IValidateOptions<ZoomSyncOptions>
{
    internal const int MaxDetailRefreshPerRun = 10_000;

    public ValidateOptionsResult Validate(string? name, ZoomSyncOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var sync = options;
        var failures = new List<string>();
        if (sync.FullEvery <= TimeSpan.Zero)
        {
            failures.Add($"{path.Key("Sync:FullEvery")} must be a positive time span, e.g. 01:00:00.");
        }

        if (sync.IncrementalEvery < TimeSpan.Zero)
        {
            failures.Add($"{path.Key("Sync:IncrementalEvery")} must be zero (off) or a positive time span, e.g. 00:15:00.");
        }

        if (sync.WindowStart.HasValue != sync.WindowEnd.HasValue)
        {
            failures.Add($"{path.Key("Sync:WindowStart")} and {path.Key("Sync:WindowEnd")} must be set together.");
        }

        CheckTimeOfDay(sync.WindowStart, "Sync:WindowStart", failures);
        CheckTimeOfDay(sync.WindowEnd, "Sync:WindowEnd", failures);
        if (sync.MaxDegreeOfParallelism is < 1 or > 256)
        {
            failures.Add($"{path.Key("Sync:MaxDegreeOfParallelism")} must be between 1 and 256.");
        }

        if (sync.PageSize is < 1 or > 300)
        {
            failures.Add($"{path.Key("Sync:PageSize")} must be between 1 and 300.");
        }

        if (double.IsNaN(sync.MaxDeleteShare) || sync.MaxDeleteShare is < 0 or > 1)
        {
            failures.Add($"{path.Key("Sync:MaxDeleteShare")} must be between 0 and 1 (e.g. 0.2 for 20 %).");
        }

        if (sync.DetailRefreshPerRun is < 0 or > MaxDetailRefreshPerRun)
        {
            failures.Add($"{path.Key("Sync:DetailRefreshPerRun")} must be between 0 (off) and {MaxDetailRefreshPerRun:N0} meetings per incremental run.");
        }

        if (sync.RecordingsLookback < TimeSpan.Zero)
        {
            failures.Add($"{path.Key("Sync:RecordingsLookback")} must not be negative.");
        }

        if (sync.UserStatuses == ZoomSyncUserStatuses.None || (sync.UserStatuses & ~ZoomSyncUserStatuses.All) != 0)
        {
            failures.Add($"{path.Key("Sync:UserStatuses")} must name one or more of Active, Inactive, Pending (e.g. \"Active, Inactive, Pending\").");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void CheckTimeOfDay(TimeSpan? value, string key, List<string> failures)
    {
        if (value is { } v && (v < TimeSpan.Zero || v >= TimeSpan.FromDays(1)))
        {
            failures.Add($"{path.Key(key)} must be a time of day between 00:00:00 and 23:59:59.");
        }
    }
}
