using System.Text.RegularExpressions;
using CapRural.Architecture.Tests.Description;

namespace CapRural.Architecture.Tests.Rules;

/// <summary>
/// Every event is stored under a stable name of the form <c>module.event-name.vN</c>, unique, and
/// prefixed by the module that publishes it: a renamed class then never strands a pending message.
/// </summary>
public static partial class EventNameRule
{
    public static IReadOnlyList<string> ViolationsOf(IReadOnlyList<EventTypeInfo> events)
    {
        var violations = new List<string>();
        foreach (var integrationEvent in events.Where(e => e.IsSealed))
        {
            if (integrationEvent.StableName is not { } name)
            {
                violations.Add($"{integrationEvent.Name} declares no [EventName]");
                continue;
            }

            if (!Shape().IsMatch(name))
            {
                violations.Add($"{integrationEvent.Name} is named \"{name}\"; stable names look like module.event-name.v1");
            }
            else if (!name.StartsWith(ModuleOf(integrationEvent.Assembly) + ".", StringComparison.Ordinal))
            {
                violations.Add($"{integrationEvent.Name} is named \"{name}\" but is published by {integrationEvent.Assembly}");
            }
        }

        violations.AddRange(events
            .Where(e => e.StableName is not null)
            .GroupBy(e => e.StableName!, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => $"\"{group.Key}\" names {string.Join(" and ", group.Select(e => e.Name))}"));
        return violations;
    }

    /// <summary>CapRural.Meetings.Contracts → meetings.</summary>
    private static string ModuleOf(string contractsAssembly) =>
        contractsAssembly[Names.Prefix.Length..^".Contracts".Length].ToLowerInvariant();

    [GeneratedRegex("^[a-z]+\\.[a-z]+(-[a-z]+)*\\.v[1-9][0-9]*$")]
    private static partial Regex Shape();
}
