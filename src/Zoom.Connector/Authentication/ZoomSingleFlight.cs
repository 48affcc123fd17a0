namespace Zoom.Connector.Authentication;

/// <summary>
/// Runs at most one operation per key at a time: callers that arrive while one runs share its result. The shared
/// work is never cancelled by one caller; each caller may stop waiting with its own cancellation token.
/// </summary>
/// <typeparam name="T">The result type.</typeparam>
internal sealed class ZoomSingleFlight<T>
{
    private readonly Dictionary<string, Task<T>> _running = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Starts <paramref name="work"/> for <paramref name="key"/>, or joins the run already going.</summary>
    public Task<T> RunAsync(string key, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        TaskCompletionSource<T> completion;
        lock (_gate)
        {
            if (_running.TryGetValue(key, out var running))
            {
                return running.WaitAsync(cancellationToken);
            }

            completion = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
            _running[key] = completion.Task;
        }

        _ = ExecuteAsync(key, work, completion);
        return completion.Task.WaitAsync(cancellationToken);
    }

    private async Task ExecuteAsync(string key, Func<Task<T>> work, TaskCompletionSource<T> completion)
    {
        try
        {
            var result = await work().ConfigureAwait(false);
            Finish(key);
            completion.SetResult(result);
        }
        catch (Exception ex)
        {
            // Every waiter sees the failure; the next caller starts afresh.
            Finish(key);
            completion.SetException(ex);
        }
    }

    private void Finish(string key)
    {
        lock (_gate)
        {
            _running.Remove(key);
        }
    }
}
