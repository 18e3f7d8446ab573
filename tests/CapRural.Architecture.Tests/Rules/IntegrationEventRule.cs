using CapRural.Architecture.Tests.Description;

namespace CapRural.Architecture.Tests.Rules;

/// <summary>Integration events are published facts: declared in a Contracts assembly, and final.</summary>
public static class IntegrationEventRule
{
    public static IReadOnlyList<string> ViolationsOf(IReadOnlyList<EventTypeInfo> events)
    {
        var violations = new List<string>();
        foreach (var integrationEvent in events)
        {
            if (!Names.IsContracts(integrationEvent.Assembly))
            {
                violations.Add($"{integrationEvent.Name} is declared in {integrationEvent.Assembly}; integration events belong in a Contracts assembly");
            }

            if (!integrationEvent.IsSealed)
            {
                violations.Add($"{integrationEvent.Name} in {integrationEvent.Assembly} is not sealed");
            }
        }

        return violations;
    }
}
