using CapRural.Architecture.Tests.Description;
using CapRural.Architecture.Tests.Rules;

namespace CapRural.Architecture.Tests;

public sealed class IntegrationEventTests
{
    [Fact]
    public void Integration_events_are_sealed_and_declared_in_contracts()
    {
        Violations.AssertNone(IntegrationEventRule.ViolationsOf(Solution.IntegrationEvents));
        Assert.Contains(Solution.IntegrationEvents, e => e.Name == "CapRural.Registration.Contracts.ApplicationSubmitted");
    }

    [Fact]
    public void An_event_declared_inside_a_module_is_reported()
    {
        var violations = IntegrationEventRule.ViolationsOf(
        [
            new EventTypeInfo("CapRural.Registration.Contracts", "CapRural.Registration.Contracts.ApplicationSubmitted", IsSealed: true),
            new EventTypeInfo(Names.Registration, "CapRural.Registration.Features.ApplicationTouched", IsSealed: true),
        ]);

        Assert.StartsWith("CapRural.Registration.Features.ApplicationTouched is declared in CapRural.Registration", Assert.Single(violations), StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_open_to_derivation_is_reported()
    {
        var violations = IntegrationEventRule.ViolationsOf(
        [
            new EventTypeInfo("CapRural.Meetings.Contracts", "CapRural.Meetings.Contracts.MeetingChanged", IsSealed: false),
        ]);

        Assert.Equal(["CapRural.Meetings.Contracts.MeetingChanged in CapRural.Meetings.Contracts is not sealed"], violations);
    }
}
