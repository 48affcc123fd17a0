namespace Zoom.Connector.Paging;

/// <summary>
/// One page of a Zoom listing as <see cref="ZoomPager.ResumePagesAsync{TPage, TItem}"/> yields it: the items, the token that
/// continues the listing after this page (save it to resume later), and whether the listing had to start over.
/// </summary>
/// <typeparam name="TItem">The listed item.</typeparam>
/// <param name="Items">The items of this page.</param>
/// <param name="ContinuationToken">
/// The token that asks for the page after this one; <see langword="null"/> on the last page. Zoom expires it after 15 minutes.
/// </param>
/// <param name="Restarted">
/// True on the first page of a listing that started over because Zoom refused a continuation token as expired: items
/// yielded before may be yielded again.
/// </param>
public sealed record ZoomResumablePage<TItem>(IReadOnlyList<TItem> Items, string? ContinuationToken, bool Restarted);
