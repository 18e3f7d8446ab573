using CapRural.Architecture.Tests.Description;

namespace CapRural.Architecture.Tests.Rules;

/// <summary>
/// Every context starts on a compiled model, and that model is the one its code describes: a stale
/// compiled model would map yesterday's columns while the migrations build today's.
/// </summary>
public static class CompiledModelRule
{
    public const string Fix = "run build/ef/optimize.sh and commit what it generates";

    public static IReadOnlyList<string> ViolationsOf(IReadOnlyList<CompiledModelInfo> contexts) => contexts
        .SelectMany(context => context switch
        {
            { Exists: false } => [$"{context.Context} has no compiled model: {Fix}"],
            { Differences.Count: > 0 } =>
                new[] { $"{context.Context}'s compiled model differs from its code ({string.Join(", ", context.Differences)}): {Fix}" },
            _ => [],
        })
        .ToList();
}
