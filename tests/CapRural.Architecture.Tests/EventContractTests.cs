using CapRural.Architecture.Tests.Description;
using CapRural.Architecture.Tests.Rules;

namespace CapRural.Architecture.Tests;

public sealed class EventContractTests
{
    [Fact]
    public void Every_event_has_a_unique_stable_name_of_its_module()
    {
        Violations.AssertNone(EventNameRule.ViolationsOf(Solution.IntegrationEvents));
        Assert.Contains(Solution.IntegrationEvents, e => e.StableName == "registration.application-submitted.v1");
    }

    [Fact]
    public void Every_event_has_a_consumer_or_is_declared_for_outside_subscribers()
    {
        Violations.AssertNone(EventConsumerRule.ViolationsOf(Solution.IntegrationEvents));
        Assert.Contains(Solution.IntegrationEvents, e => e.Name.EndsWith(".ApplicationSubmitted", StringComparison.Ordinal) && e.Consumers!.Count > 0);
    }

    [Fact]
    public void A_missing_misshapen_foreign_or_shared_name_is_reported()
    {
        var violations = EventNameRule.ViolationsOf(
        [
            new EventTypeInfo("CapRural.Meetings.Contracts", "CapRural.Meetings.Contracts.MeetingPlanned", true, null),
            new EventTypeInfo("CapRural.Meetings.Contracts", "CapRural.Meetings.Contracts.MeetingHeld", true, "MeetingHeld"),
            new EventTypeInfo("CapRural.Meetings.Contracts", "CapRural.Meetings.Contracts.MemberJoined", true, "selection.member-joined.v1"),
            new EventTypeInfo("CapRural.Knowledge.Contracts", "CapRural.Knowledge.Contracts.SheetA", true, "knowledge.sheet.v1"),
            new EventTypeInfo("CapRural.Knowledge.Contracts", "CapRural.Knowledge.Contracts.SheetB", true, "knowledge.sheet.v1"),
        ]);

        Assert.Equal(
        [
            "CapRural.Meetings.Contracts.MeetingPlanned declares no [EventName]",
            "CapRural.Meetings.Contracts.MeetingHeld is named \"MeetingHeld\"; stable names look like module.event-name.v1",
            "CapRural.Meetings.Contracts.MemberJoined is named \"selection.member-joined.v1\" but is published by CapRural.Meetings.Contracts",
            "\"knowledge.sheet.v1\" names CapRural.Knowledge.Contracts.SheetA and CapRural.Knowledge.Contracts.SheetB",
        ], violations);
    }

    [Fact]
    public void An_event_nobody_reads_and_a_stale_outside_mark_are_reported()
    {
        var violations = EventConsumerRule.ViolationsOf(
        [
            new EventTypeInfo("CapRural.Selection.Contracts", "CapRural.Selection.Contracts.CandidateAccepted", true, "selection.candidate-accepted.v2", []),
            new EventTypeInfo("CapRural.Meetings.Contracts", "CapRural.Meetings.Contracts.MeetingPlanned", true, "meetings.meeting-planned.v1", ["CapRural.Knowledge.Consumers.Agenda"], ForOutsideSubscribers: true),
            new EventTypeInfo("CapRural.Meetings.Contracts", "CapRural.Meetings.Contracts.MeetingHeld", true, "meetings.meeting-held.v1", ["CapRural.Knowledge.Consumers.MeetingHeldConsumer"]),
        ]);

        Assert.Equal(
        [
            "CapRural.Selection.Contracts.CandidateAccepted has no consumer in any module and is not declared [ForOutsideSubscribers]",
            "CapRural.Meetings.Contracts.MeetingPlanned is declared [ForOutsideSubscribers] but CapRural.Knowledge.Consumers.Agenda consume(s) it",
        ], violations);
    }
}
