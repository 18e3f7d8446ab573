using System.Collections.Concurrent;

namespace CapRural.BuildingBlocks.Persistence;

/// <summary>The modules whose database this process has migrated (or found with every migration applied).</summary>
internal sealed class MigratedDatabases
{
    private readonly ConcurrentDictionary<string, bool> _modules = new();

    internal void Add(string module) => _modules[module] = true;

    public bool Contains(string module) => _modules.ContainsKey(module);
}
