namespace Zoom.Connector.Http;

/// <summary>The configuration path the options were bound from, so messages name the real key.</summary>
/// <param name="Prefix">The section path, e.g. <c>Zoom</c>.</param>
internal sealed record ZoomConfigurationPath(string Prefix)
{
    public string Key(string name) => string.IsNullOrEmpty(Prefix) ? name : $"{Prefix}:{name}";
}
