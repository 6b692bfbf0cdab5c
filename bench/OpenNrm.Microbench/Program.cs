using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/OpenNrm.Microbench -- --filter '*'` runs every benchmark; BenchmarkDotNet's
// own options follow (`--job Dry --inProcess` is the smoke run's: one pass of each, no figure to read).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
