namespace CapRural.Architecture.Tests.Description;

/// <summary>A public type of a Contracts assembly, reduced to the shape the rules care about.</summary>
public sealed record PublicTypeInfo(string Assembly, string Name, TypeShape Shape);

public enum TypeShape
{
    SealedRecord,
    AbstractRecord,
    OpenRecord,
    Enum,
    SealedAttribute,
    Class,
    Interface,
    Struct,
    Delegate,
}
