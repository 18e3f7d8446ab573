using CapRural.BuildingBlocks.Contracts;

namespace CapRural.Selection.Contracts;

/// <summary>
/// The published selection offers this person a place in the working group. Ids only: the person's
/// details travel once they confirm (<see cref="ParticipantConfirmed"/>).
/// </summary>
[EventName("selection.candidate-accepted.v2")]
public sealed record CandidateAccepted(Guid CandidateId, Guid ApplicationId, Guid CallId) : IntegrationEvent
{
    public override Guid SubjectId => ApplicationId;
}

/// <summary>The published selection puts this person on the waiting list, at this position.</summary>
[EventName("selection.candidate-waitlisted.v1")]
public sealed record CandidateWaitlisted(Guid CandidateId, Guid ApplicationId, Guid CallId, int Position) : IntegrationEvent
{
    public override Guid SubjectId => ApplicationId;
}

/// <summary>The published selection does not retain this person.</summary>
[EventName("selection.candidate-declined.v1")]
public sealed record CandidateDeclined(Guid CandidateId, Guid ApplicationId, Guid CallId) : IntegrationEvent
{
    public override Guid SubjectId => ApplicationId;
}

/// <summary>An accepted person confirmed their place: from now on a member of the working group.</summary>
[EventName("selection.participant-confirmed.v1")]
public sealed record ParticipantConfirmed(Guid CandidateId, Guid ApplicationId, Guid CallId, SelectedPerson Person) : IntegrationEvent
{
    public override Guid SubjectId => ApplicationId;
}

/// <summary>An accepted person gave up their place; the best waitlisted candidate who keeps the balance is named.</summary>
[EventName("selection.participant-declined.v1")]
public sealed record ParticipantDeclined(Guid CandidateId, Guid ApplicationId, Guid CallId, Guid? SuggestedReplacementId) : IntegrationEvent
{
    public override Guid SubjectId => ApplicationId;
}
