using System.Net;
using System.Runtime.CompilerServices;
using Zoom.Connector.Http;
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

    /// <summary>
    /// Enumerates the pages of a listing with their continuation tokens, optionally continuing after a page whose
    /// <see cref="ZoomResumablePage{TItem}.ContinuationToken"/> was saved earlier. When Zoom refuses a continuation token
    /// as expired (tokens live 15 minutes), the listing starts over from its first page, which is yielded with
    /// <see cref="ZoomResumablePage{TItem}.Restarted"/> set. Stops on an empty token or on a token Zoom already returned.
    /// </summary>
    /// <param name="fetchPage">Fetches one page given the token (null for the first page).</param>
    /// <param name="continuationToken">A saved token to continue from; null starts at the first page.</param>
    /// <param name="cancellationToken">Stops the enumeration between and during pages.</param>
    public static async IAsyncEnumerable<ZoomResumablePage<TItem>> ResumePagesAsync<TPage, TItem>(
        Func<string?, CancellationToken, Task<TPage>> fetchPage,
        string? continuationToken = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where TPage : IZoomPage<TItem>
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var token = string.IsNullOrEmpty(continuationToken) ? null : continuationToken;
        var restarted = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            TPage page;
            try
            {
                page = await fetchPage(token, cancellationToken).ConfigureAwait(false);
            }
            catch (ZoomApiException ex) when (token is not null && IsExpiredPageToken(ex))
            {
                // The listing cannot continue from an expired token: start it over (the caller de-duplicates).
                token = null;
                seen.Clear();
                restarted = true;
                continue;
            }

            var next = page.NextPageToken;
            var last = string.IsNullOrEmpty(next) || !seen.Add(next);
            yield return new ZoomResumablePage<TItem>(page.Items, last ? null : next, restarted);
            if (last)
            {
                yield break;
            }

            restarted = false;
            token = next;
        }
    }

    /// <summary>Whether Zoom refused a request because its <c>next_page_token</c> expired or is invalid (HTTP 400, code 300 or a message about the token).</summary>
    /// <param name="exception">The error of a request that sent a page token.</param>
    public static bool IsExpiredPageToken(ZoomApiException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.StatusCode == HttpStatusCode.BadRequest
               && (exception.ZoomCode == 300 || (exception.ZoomMessage?.Contains("token", StringComparison.OrdinalIgnoreCase) ?? false))
               && !exception.IsUnauthorized;
    }
}
