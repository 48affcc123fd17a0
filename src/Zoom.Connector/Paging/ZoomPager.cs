using System.Runtime.CompilerServices;
using Zoom.Connector.Models;

namespace Zoom.Connector.Paging;

/// <summary>
/// Follows Zoom's <c>next_page_token</c>: asks for the next page with every other parameter unchanged, and stops on
/// an empty token or on a token Zoom already returned (which would otherwise loop forever).
/// </summary>
public static class ZoomPager
{
    /// <summary>Zoom's largest page size.</summary>
    public const int MaxPageSize = 300;

    /// <summary>Clamps a requested page size to Zoom's 1..300 (null means Zoom's default, 30).</summary>
    public static int? ClampPageSize(int? pageSize) => pageSize is null ? null : Math.Clamp(pageSize.Value, 1, MaxPageSize);

    /// <summary>Enumerates every item of every page.</summary>
    /// <param name="fetchPage">Fetches one page given the token (null for the first page).</param>
    /// <param name="cancellationToken">Stops the enumeration between and during pages.</param>
    public static async IAsyncEnumerable<TItem> EnumerateAsync<TPage, TItem>(
        Func<string?, CancellationToken, Task<TPage>> fetchPage,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where TPage : IZoomPage<TItem>
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        await foreach (var page in EnumeratePagesAsync<TPage, TItem>(fetchPage, cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Items)
            {
                yield return item;
            }
        }
    }

    /// <summary>Enumerates the pages themselves (for callers that checkpoint per page).</summary>
    /// <param name="fetchPage">Fetches one page given the token (null for the first page).</param>
    /// <param name="cancellationToken">Stops the enumeration between and during pages.</param>
    public static async IAsyncEnumerable<TPage> EnumeratePagesAsync<TPage, TItem>(
        Func<string?, CancellationToken, Task<TPage>> fetchPage,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where TPage : IZoomPage<TItem>
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? token = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await fetchPage(token, cancellationToken).ConfigureAwait(false);
            yield return page;

            token = page.NextPageToken;
            if (string.IsNullOrEmpty(token) || !seen.Add(token))
            {
                yield break;
            }
        }
    }
}
