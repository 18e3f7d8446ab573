namespace CapRural.BuildingBlocks.Contracts;

/// <summary>
/// The stable name of an integration event (<c>module.event-name.vN</c>): outbox rows store it instead
/// of a CLR type name, so a contract type can be moved or renamed without stranding pending messages.
/// A change of shape that old consumers cannot read takes a new version.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EventNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
