namespace CapRural.Architecture.Tests.Rules;

public static class Violations
{
    /// <summary>Fails with every violation on its own line, untruncated, so the fix is obvious.</summary>
    public static void AssertNone(IReadOnlyList<string> violations)
    {
        if (violations.Count > 0)
        {
            Assert.Fail($"{violations.Count} architecture violation(s):{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
        }
    }
}
