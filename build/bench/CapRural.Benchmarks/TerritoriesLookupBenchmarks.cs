using BenchmarkDotNet.Attributes;
using CapRural.Territories;

namespace CapRural.Benchmarks;

/// <summary>Look-ups on a loaded table; not sealed because BenchmarkDotNet derives from benchmark classes.</summary>
[MemoryDiagnoser]
public class TerritoriesLookupBenchmarks
{
    private Gazetteer _gazetteer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _gazetteer = Gazetteer.Load();
        _gazetteer.Search("warm up the name index");
    }

    [Benchmark(Description = "TryFindCommune current code")]
    public bool FindByCode() => _gazetteer.TryFindCommune("63113", out _);

    [Benchmark(Description = "TryFindCommune old code")]
    public bool FindByOldCode() => _gazetteer.TryFindCommune("74011", out _);

    [Benchmark(Description = "FindByPostalCode")]
    public int FindByPostalCode() => _gazetteer.FindByPostalCode("63100").Count;

    [Benchmark(Description = "Search \"st etienne\"")]
    public IReadOnlyList<Commune> SearchSaintEtienne() => _gazetteer.Search("st etienne");

    [Benchmark(Description = "Search \"clermont fer\"")]
    public IReadOnlyList<Commune> SearchClermont() => _gazetteer.Search("clermont fer");

    /// <summary>Worst case: a one-letter query matches a quarter of all communes.</summary>
    [Benchmark(Description = "Search \"s\"")]
    public IReadOnlyList<Commune> SearchOneLetter() => _gazetteer.Search("s");
}
