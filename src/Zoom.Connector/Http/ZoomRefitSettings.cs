using Refit;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Http;

/// <summary>Refit settings shared by every Zoom client: source-generated JSON and the one exception factory.</summary>
internal static class ZoomRefitSettings
{
    public static RefitSettings Create()
    {
        var settings = RefitSettings.ForJsonContext(ZoomJsonContext.Default);
        settings.UrlParameterFormatter = new ZoomUrlParameterFormatter();
        // The path guard (first handler of the pipeline) checks path arguments by name: it needs them on the request.
        settings.CaptureMethodArguments = true;
        settings.ExceptionFactory = response => new ValueTask<Exception?>(ZoomErrorMapper.CreateAsync(response));
        settings.DeserializationExceptionFactory = static (response, exception) =>
            new ValueTask<Exception?>(ZoomErrorMapper.CreateUnreadableResponse(response, exception));
        // The connector's own exceptions (auth, rate budget) and transport errors reach the caller as they are.
        settings.TransportExceptionFactory = static (_, exception, _) => exception;
        return settings;
    }
}
