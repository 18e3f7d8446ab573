using BenchmarkDotNet.Running;

// Every [Benchmark] class of this assembly is listed; pick with --filter.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
