using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using CapRural.Territories;

namespace CapRural.Benchmarks;

/// <summary>Reading the embedded table; not sealed because BenchmarkDotNet derives from benchmark classes.</summary>
[MemoryDiagnoser]
[SuppressMessage("Performance", "CA1822", Justification = "BenchmarkDotNet calls benchmarks on an instance.")]
public class TerritoriesLoadBenchmarks
{
    [Benchmark(Description = "Gazetteer.Load")]
    public Gazetteer Load() => Gazetteer.Load();

    /// <summary>The name index is built on the first search; this shows its one-off cost.</summary>
    [Benchmark(Description = "Gazetteer.Load + first Search")]
    public IReadOnlyList<Commune> LoadAndFirstSearch() => Gazetteer.Load().Search("st etienne");
}
