using BenchmarkDotNet.Running;

// Every benchmark class in this assembly is selectable: dotnet run -c Release --project tests/Ingest.Benchmarks -- --filter '*Html*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
