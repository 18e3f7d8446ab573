using CapRural.Knowledge.Domain;

namespace CapRural.Knowledge.Features;

internal static class SheetLimits
{
    /// <summary>The longest body in UTF-8 (up to 4 bytes a character), plus room for the other fields.</summary>
    public const long RequestBytes = (SheetRules.BodyMax * 4L) + 64_000;
}
