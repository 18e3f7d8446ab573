namespace CapRural.BuildingBlocks.Contracts;

/// <summary>
/// Marks an integration event that no module of the platform consumes, published on purpose for
/// subscribers outside it (the website, partners); the reason says who. Every other event must have a
/// consumer: an architecture test enforces it, so an event nobody reads cannot go unnoticed.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ForOutsideSubscribersAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}
