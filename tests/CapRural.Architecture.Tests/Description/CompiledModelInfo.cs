namespace CapRural.Architecture.Tests.Description;

/// <summary>
/// A DbContext, whether a compiled model is generated for it, and how that compiled model differs
/// from the model its code builds (migration operations, empty when they agree).
/// </summary>
public sealed record CompiledModelInfo(string Context, bool Exists, IReadOnlyList<string> Differences);
