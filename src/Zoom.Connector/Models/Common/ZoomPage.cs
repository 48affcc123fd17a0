namespace Zoom.Connector.Models;

/// <summary>
/// One page of a Zoom list response that is continued with <c>next_page_token</c>.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public interface IZoomPage<out T>
{
    /// <summary>The token that asks for the next page; empty or <see langword="null"/> on the last page. Expires after 15 minutes.</summary>
    string? NextPageToken { get; }

    /// <summary>The items of this page (never <see langword="null"/>).</summary>
    IReadOnlyList<T> Items { get; }
}
