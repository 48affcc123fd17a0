using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zoom.Connector.Sync;
using Zoom.Connector.WebSample.Hosting;

namespace Zoom.Connector.WebSample.Pages.Sync;

/// <summary>
/// The sync status: the run in progress, the last runs with their counts, what the store holds, and a vetoed run's
/// figures with a Confirm button for the account's owner and admins (who may also start a run now).
/// </summary>
public sealed class IndexModel(SignedInPerson person, IZoomSyncTrigger trigger, SyncHistory history, InMemoryZoomSyncSink store, WebSampleEnvironment environment) : PageModel
{
    /// <summary>The signed-in person.</summary>
    public SignedInPerson Person => person;

    /// <summary>The run history.</summary>
    public SyncHistory History => history;

    /// <summary>The store.</summary>
    public InMemoryZoomSyncSink Store => store;

    /// <summary>Whether webhooks feed the store.</summary>
    public bool Webhooks => environment.Webhooks;

    /// <summary>Deletions held back by the veto, waiting for a person to confirm.</summary>
    public ZoomSyncVeto? PendingVeto { get; private set; }

    /// <summary>The outcome of a button just pressed.</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>Reads the status.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => PendingVeto = await trigger.GetPendingVetoAsync(cancellationToken);

    /// <summary>Applies a vetoed run's deletions (owner and admins only).</summary>
    public async Task<IActionResult> OnPostConfirmAsync(string runId, CancellationToken cancellationToken)
    {
        if (!person.IsAccountAdministrator)
        {
            return Forbid();
        }

        var pending = await trigger.GetPendingVetoAsync(cancellationToken);
        if (pending is null || pending.RunId != runId)
        {
            Message = "That vetoed run is no longer pending; nothing was deleted.";
            return RedirectToPage();
        }

        var deleted = await trigger.ConfirmVetoedDeletionsAsync(runId, cancellationToken);
        Message = $"Confirmed: {deleted} held-back deletions applied.";
        return RedirectToPage();
    }

    /// <summary>Runs a sync now and waits for it (owner and admins only: a run spends the account's rate budget).</summary>
    public async Task<IActionResult> OnPostRunAsync(string kind, CancellationToken cancellationToken)
    {
        if (!person.IsAccountAdministrator)
        {
            return Forbid();
        }

        var summary = await trigger.RunNowAsync(kind == "full" ? ZoomSyncKind.Full : ZoomSyncKind.Incremental, cancellationToken);
        Message = $"{summary.Kind} sync run {summary.Outcome.ToString().ToLowerInvariant()}: {summary.Requests} requests.";
        return RedirectToPage();
    }
}
