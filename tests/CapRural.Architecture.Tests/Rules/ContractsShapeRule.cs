using CapRural.Architecture.Tests.Description;

namespace CapRural.Architecture.Tests.Rules;

/// <summary>What a Contracts assembly exposes is data: sealed or abstract records and enums, and sealed attributes describing them.</summary>
public static class ContractsShapeRule
{
    private static readonly IReadOnlySet<TypeShape> Allowed = new HashSet<TypeShape>
    {
        TypeShape.SealedRecord,
        TypeShape.AbstractRecord,
        TypeShape.Enum,
        TypeShape.SealedAttribute,
    };

    public static IReadOnlyList<string> ViolationsOf(IReadOnlyList<PublicTypeInfo> publicTypes) =>
        publicTypes
            .Where(type => Names.IsContracts(type.Assembly) && !Allowed.Contains(type.Shape))
            .Select(type => $"{type.Name} in {type.Assembly} is a public {Describe(type.Shape)}; Contracts expose only sealed or abstract records, enums and sealed attributes")
            .ToList();

    private static string Describe(TypeShape shape) => shape switch
    {
        TypeShape.OpenRecord => "record that is neither sealed nor abstract",
        _ => shape.ToString().ToLowerInvariant(),
    };
}
