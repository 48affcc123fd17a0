using Zoom.Connector.Emulator;

return await EmulatorServer.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
