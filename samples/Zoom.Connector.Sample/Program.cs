using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zoom.Connector.Api;

// The sample's commands arrive with the emulator (issue 5); for now it checks its configuration and says what it would use.
var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
var services = new ServiceCollection();
services.AddZoomConnector(configuration.GetSection("Zoom"));
using var provider = services.BuildServiceProvider();
_ = provider.GetRequiredService<IZoomUsersApi>();
Console.WriteLine("Zoom.Connector sample: configuration is valid.");
return 0;
