using Zoom.Connector.WebSample;

var app = WebSampleApp.Build(args);
await app.RunAsync();
