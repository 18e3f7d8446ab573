namespace CapRural.Architecture.Tests.Description;

/// <summary>A type deriving IntegrationEvent: where it lives and whether it can be derived from.</summary>
public sealed record EventTypeInfo(string Assembly, string Name, bool IsSealed);
