using System.Globalization;

namespace Zoom.Connector.Sync;

/// <summary>
/// The mass-deletion veto: before deletions are applied, each entity type's deletions are compared with what the sink held
/// in the run's scope and what the run saw. A type trips the veto when it would lose more than
/// <see cref="ZoomSyncOptions.MaxDeleteShare"/> of its records, or when the run listed it, saw none and would still delete.
/// Only types the run actually listed can trip the empty-listing rule.
/// </summary>
internal sealed class ZoomSyncVetoPolicy(ZoomSyncOptions options)
{
    /// <summary>Judges the run's deletions.</summary>
    /// <param name="deletions">The deletions the run decided (distinct).</param>
    /// <param name="heldInScope">Records of a type the sink held in the run's scope.</param>
    /// <param name="counts">The run's counts.</param>
    /// <param name="listed">The entity types whose listing this run actually read.</param>
    /// <param name="previous">The veto pending from an earlier run, if any.</param>
    public ZoomSyncVetoDecision Judge(
        IReadOnlyCollection<ZoomSyncPendingDeletion> deletions,
        Func<ZoomSyncEntityType, long> heldInScope,
        ZoomSyncCounters counts,
        IReadOnlySet<ZoomSyncEntityType> listed,
        ZoomSyncVetoState? previous)
    {
        var figures = new List<ZoomSyncVetoFigures>();
        foreach (var type in Enum.GetValues<ZoomSyncEntityType>())
        {
            var toDelete = deletions.Count(d => d.Type == type);
            var held = heldInScope(type);
            var seen = counts[type].Seen;
            var share = held == 0 ? 0 : (double)toDelete / held;
            string? reason = null;
            if (toDelete > 0 && seen == 0 && listed.Contains(type))
            {
                reason = "the listing came back empty where the sink holds records";
            }
            else if (toDelete > 0 && share > options.MaxDeleteShare)
            {
                reason = string.Create(CultureInfo.InvariantCulture, $"share {share:P0} is above the limit {options.MaxDeleteShare:P0}");
            }

            if (toDelete > 0 || held > 0)
            {
                figures.Add(new ZoomSyncVetoFigures(type, held, seen, toDelete, share, reason is not null, reason));
            }
        }

        var vetoed = figures.Any(static f => f.Vetoed);
        var sameAsPending = vetoed && previous is not null && SameDeletions(previous.Deletions, deletions);
        var verdict = !vetoed ? ZoomSyncVetoVerdict.Apply
            : sameAsPending && !options.VetoRequiresConfirmation ? ZoomSyncVetoVerdict.ApplyAgreed
            : sameAsPending ? ZoomSyncVetoVerdict.StillPending
            : ZoomSyncVetoVerdict.Veto;
        return new ZoomSyncVetoDecision(verdict, figures);
    }

    private static bool SameDeletions(List<ZoomSyncPendingDeletion> a, IReadOnlyCollection<ZoomSyncPendingDeletion> b)
        => a.Count == b.Count && new HashSet<ZoomSyncPendingDeletion>(a).SetEquals(b);
}

/// <summary>What the run does with its deletions.</summary>
internal enum ZoomSyncVetoVerdict
{
    /// <summary>No rule tripped: apply them.</summary>
    Apply,

    /// <summary>A rule tripped, but the run agrees with the pending veto and confirmation is not required: apply them.</summary>
    ApplyAgreed,

    /// <summary>A rule tripped and the same deletions already wait for confirmation: keep waiting.</summary>
    StillPending,

    /// <summary>A rule tripped: hold the deletions back until confirmed.</summary>
    Veto,
}

/// <summary>The veto's verdict with the figures per entity type.</summary>
/// <param name="Verdict">What to do.</param>
/// <param name="Figures">Held, seen, to delete, share and reason per type.</param>
internal sealed record ZoomSyncVetoDecision(ZoomSyncVetoVerdict Verdict, IReadOnlyList<ZoomSyncVetoFigures> Figures);
