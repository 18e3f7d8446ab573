using CapRural.BuildingBlocks.Contracts;

namespace CapRural.Selection.Contracts;

/// <summary>The published selection offers this person a place in the working group.</summary>
public sealed record CandidateAccepted(Guid CandidateId, Guid ApplicationId, Guid CallId, SelectedPerson Person) : IntegrationEvent;

/// <summary>The published selection puts this person on the waiting list, at this position.</summary>
public sealed record CandidateWaitlisted(Guid CandidateId, Guid ApplicationId, Guid CallId, int Position) : IntegrationEvent;

/// <summary>The published selection does not retain this person.</summary>
public sealed record CandidateDeclined(Guid CandidateId, Guid ApplicationId, Guid CallId) : IntegrationEvent;

/// <summary>An accepted person confirmed their place: from now on a member of the working group.</summary>
public sealed record ParticipantConfirmed(Guid CandidateId, Guid ApplicationId, Guid CallId, SelectedPerson Person) : IntegrationEvent;

/// <summary>An accepted person gave up their place; the best waitlisted candidate who keeps the balance is named.</summary>
public sealed record ParticipantDeclined(Guid CandidateId, Guid ApplicationId, Guid CallId, Guid? SuggestedReplacementId) : IntegrationEvent;
