// Every test starts its own server on its own free port (or its own emulator), so fixtures can run side by side.
[assembly: NUnit.Framework.Parallelizable(NUnit.Framework.ParallelScope.Fixtures)]
[assembly: NUnit.Framework.LevelOfParallelism(2)]
